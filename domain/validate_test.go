package domain

import (
	"strings"
	"testing"
)

// The problems of a plan say where each one is and what it is, word for word: the editor
// shows each under its field and the command line prints them.
func TestValidationSaysWhereEachProblemIs(t *testing.T) {
	people := func(p *Plan, bosses ...string) {
		names := []string{"Ana", "Bea", "Carlos", "Dora"}
		for i, boss := range bosses {
			k := contact(strings.ToLower(names[i][:1]), names[i], 3, 0)
			k.ReportsTo = boss
			p.Contacts = append(p.Contacts, k)
		}
	}
	tests := []struct {
		name string
		edit func(p *Plan)
		want string
	}{
		{"an id repeated in a nested list", func(p *Plan) {
			p.SWOTs[0].Items = []SWOTItem{{ID: "x", Quadrant: Strength, Text: "a", Impact: 3}}
			p.SWOTs[1].Items = []SWOTItem{{ID: "y", Quadrant: Strength, Text: "b", Impact: 3}, {ID: "x", Quadrant: Weakness, Text: "c", Impact: 3}}
		}, "swots[1].items[1].id: repeats the id of swots[0].items[0]"},
		{"an id repeated across lists", func(p *Plan) {
			people(p, "", "")
			p.Notes = []Note{{ID: "b", Text: "x"}}
		}, "notes[0].id: repeats the id of contacts[1]"},
		{"the plan's own id repeated", func(p *Plan) { p.Notes = []Note{{ID: p.ID, Text: "x"}} }, "notes[0].id: repeats the id of plan"},
		{"an id missing", func(p *Plan) {
			people(p, "", "")
			p.Contacts[1].ID = ""
		}, "contacts[1].id: is required"},
		{"a reports-to cycle", func(p *Plan) { people(p, "b", "c", "b") },
			"contacts[0].reports_to: reports-to forms a cycle: Ana → Bea → Carlos"},
		{"a cycle reached after a chain that ends", func(p *Plan) { people(p, "", "a", "d", "c") },
			"contacts[2].reports_to: reports-to forms a cycle: Carlos → Dora"},
		{"chains that join and end", func(p *Plan) { people(p, "b", "", "b", "c") }, ""},
		{"an unknown boss", func(p *Plan) { people(p, "z") }, `contacts[0].reports_to: no contact with id "z"`},
		{"a pair of the coverage repeated", func(p *Plan) {
			people(p, "", "")
			p.Coverage = []Coverage{{ID: "v1", MemberID: "m", ContactID: "a"}, {ID: "v2", MemberID: "m", ContactID: "b"},
				{ID: "v3", MemberID: "m", ContactID: "a"}}
		}, "coverage[2].member_id: that team member already covers Ana"},
		{"coverage of an unknown contact", func(p *Plan) {
			p.Coverage = []Coverage{{ID: "v1", MemberID: "m", ContactID: "z"}}
		}, `coverage[0].contact_id: no contact with id "z"`},
		{"an action's unknown contact", func(p *Plan) {
			people(p, "")
			p.Objectives = []Objective{{ID: "o", Statement: "Grow"}}
			p.Actions = []Action{{ID: "t", Title: "Call", Status: StatusNotStarted, ObjectiveIDs: []string{"o"}, ContactIDs: []string{"a", "z"}}}
		}, `actions[0].contact_ids[1]: no contact with id "z"`},
		{"a link to an unknown contact", func(p *Plan) {
			people(p, "")
			p.Links = []Link{{ID: "l", Kind: LinkInfluences, From: "a", To: "z"}}
		}, `links[0].to: no contact with id "z"`},
		{"a field of a nested element", func(p *Plan) {
			p.SWOTs[1].Items = []SWOTItem{{ID: "i", Quadrant: Strength, Impact: 3}}
		}, "swots[1].items[0].text: is required"},
		{"a period measured twice, in order", func(p *Plan) { p.KPIs = []KPI{kpiMeasured("2026-01", "2026-02", "2026-02")} },
			`kpis[0].history[2].period: duplicate period "2026-02"`},
		{"a period measured twice, out of order", func(p *Plan) { p.KPIs = []KPI{kpiMeasured("2026-03", "2026-01", "2026-03")} },
			`kpis[0].history[2].period: duplicate period "2026-03"`},
		{"periods measured once each", func(p *Plan) { p.KPIs = []KPI{kpiMeasured("2026-03", "2026-01", "2026-02")} }, ""},
		{"a field of the wallet's list", func(p *Plan) { p.Wallet.Offerings = []Offering{{ID: "f", Revenue: -1, Name: "x"}} },
			"wallet.offerings[0].revenue: must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			tt.edit(p)
			got := ""
			if err := p.Validate(); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("problems:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func kpiMeasured(periods ...string) KPI {
	k := KPI{ID: "k", Name: "Revenue", Direction: HigherIsBetter, GreenPct: 100, AmberPct: 80}
	for _, period := range periods {
		k.History = append(k.History, Measurement{Period: period, Value: 1})
	}
	return k
}
