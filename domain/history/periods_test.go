package history_test

import (
	"encoding/json"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
)

// rolledOver is d's plan as the next period starts it: a copy in which every element has a
// new id, every reference following (written here through the plan's JSON, not as
// MatchPeriods renames).
func rolledOver(t *testing.T, d *domain.Doc) *domain.Doc {
	t.Helper()
	c := copyOf(t, d)
	b, err := json.Marshal(c.Plan)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, col := range domain.Collections() {
		if col.PlanWideIDs {
			col.EachID(c, func(id *string) { text = strings.ReplaceAll(text, `"`+*id+`"`, `"next-`+*id+`"`) })
		}
	}
	var p domain.Plan
	if err := json.Unmarshal([]byte(text), &p); err != nil {
		t.Fatal(err)
	}
	return &domain.Doc{Account: c.Account, Plan: &p}
}

func TestMatchPeriodsFindsTheSameElementsUnderNewIDs(t *testing.T) {
	prev := historyDoc(t)
	p := prev.Plan
	tests := []struct {
		name  string
		edits func(next *domain.Plan) []domain.Edit
		want  string // the changes, as kind coll field name
	}{
		{"nothing changed", func(*domain.Plan) []domain.Edit { return nil }, ""},
		{"a contact renamed in its place is changed, and who reports to them is not", func(next *domain.Plan) []domain.Edit {
			c := next.Contacts[1]
			c.Name = "Ane Goikoetxea"
			return []domain.Edit{domain.ReplaceItem{Coll: domain.CollContacts, Value: c}}
		}, "changed contacts name Ane Goikoetxea;"},
		{"an item removed and another added", func(next *domain.Plan) []domain.Edit {
			w := next.SWOTs[len(next.SWOTs)-1]
			return []domain.Edit{domain.RemoveItem{Coll: domain.CollSWOTItems, Parent: w.ID, ID: w.Items[0].ID},
				domain.AddItem{Coll: domain.CollSWOTItems, Parent: w.ID, At: len(w.Items) - 1,
					Value: domain.SWOTItem{ID: "new", Quadrant: domain.Threat, Text: "Un competidor nuevo", Impact: 3}}}
		}, "added swot_items  Un competidor nuevo;removed swot_items  " + p.SWOTs[len(p.SWOTs)-1].Items[0].Text + ";"},
		{"a wallet figure", func(*domain.Plan) []domain.Edit {
			return []domain.Edit{domain.SetField{Field: "wallet.potential", Value: p.Wallet.Potential + 100}}
		}, "changed  wallet.potential ;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next := rolledOver(t, prev)
			apply(t, next, tt.edits(next.Plan)...)
			got := ""
			for _, c := range history.Compare(history.MatchPeriods(*prev, *next), *next) {
				got += string(c.Kind) + " " + string(c.Coll) + " " + c.Field + " " + c.Name + ";"
			}
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// Matching never changes the earlier plan itself.
func TestMatchPeriodsLeavesTheEarlierPlanAsItIs(t *testing.T) {
	prev := historyDoc(t)
	before := snapshot(t, prev)
	history.MatchPeriods(*prev, *rolledOver(t, prev))
	if snapshot(t, prev) != before {
		t.Fatal("matching changed the earlier plan")
	}
}
