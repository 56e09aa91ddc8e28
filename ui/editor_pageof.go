package ui

import (
	"strings"

	"kamplan/domain"
)

// Pages of the editor as (phase, page) — Knowledge: profile, wallet, white space, SWOT,
// stakeholders, relationship map, influence map, team coverage, stage;
// Vision: strategies, portfolio, value, objectives; Commitment: actions, KPIs, sign-off.
var collPages = map[domain.Coll][2]int{
	domain.CollOfferings: {0, 1}, domain.CollCompetitors: {0, 1},
	domain.CollCentres: {0, 2}, domain.CollWhiteSpace: {0, 2},
	domain.CollSWOTs: {0, 3}, domain.CollSWOTItems: {0, 3}, domain.CollContacts: {0, 4},
	domain.CollLinks: {0, 5}, domain.CollCoverage: {0, 7},
	domain.CollStrategies: {1, 0}, domain.CollObjectives: {1, 3},
	domain.CollActions: {2, 0}, domain.CollKPIs: {2, 1}, domain.CollNotes: {2, 2},
}

var fieldPages = []struct {
	prefix string
	page   [2]int
}{
	{"wallet.", [2]int{0, 1}}, {"stage_", [2]int{0, 8}}, {"portfolio.", [2]int{1, 1}},
	{"value_proposition", [2]int{1, 2}}, {"relationship_plan", [2]int{1, 2}},
	{"review_cadence", [2]int{2, 2}}, {"commitment.", [2]int{2, 2}}, {"resources", [2]int{2, 2}}, {"risks", [2]int{2, 2}},
	{"", [2]int{0, 0}}, // the account and the plan's profile
}

// pageOf says on which page of the editor an edit shows.
func pageOf(ed domain.Edit) (phase, page int, ok bool) {
	switch x := ed.(type) {
	case domain.Batch:
		if len(x) > 0 {
			return pageOf(x[0])
		}
	case domain.SetField:
		for _, f := range fieldPages {
			if strings.HasPrefix(x.Field, f.prefix) {
				return f.page[0], f.page[1], true
			}
		}
	case domain.AddItem:
		return collPage(x.Coll)
	case domain.RemoveItem:
		return collPage(x.Coll)
	case domain.ReplaceItem:
		return collPage(x.Coll)
	case domain.MoveItem:
		return collPage(x.Coll)
	}
	return 0, 0, false
}

func collPage(c domain.Coll) (int, int, bool) {
	p, ok := collPages[c]
	return p[0], p[1], ok
}
