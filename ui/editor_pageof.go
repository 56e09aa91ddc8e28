package ui

import (
	"slices"
	"strings"

	"kamplan/domain"
)

// place is a page of the editor: its phase (Knowledge, Vision, Commitment) and its page.
type place struct{ phase, page int }

// Pages of the editor — Knowledge: profile 0, wallet 1, white space 2, SWOT 3, stakeholders 4,
// relationship map 5, influence map 6, team coverage 7, stage 8; Vision: strategies 0,
// portfolio 1, value 2, objectives 3; Commitment: actions 0, KPIs 1, sign-off 2.
// A list edited on several pages names them all, its own page first.
// The pages the home's next steps open.
var (
	pageWallet          = place{0, 1}
	pageWhiteSpace      = place{0, 2}
	pageRelationshipMap = place{0, 5}
	pageStage           = place{0, 8}
	pageCoverage        = place{0, 7}
	pagePortfolio       = place{1, 1}
	pageActions         = place{2, 0}
	pageKPIs            = place{2, 1}
	pageSignOff         = place{2, 2}
)

var collPages = map[domain.Coll][]place{
	domain.CollOfferings: {{0, 1}, {0, 2}}, domain.CollCompetitors: {{0, 1}},
	domain.CollCentres: {{0, 2}}, domain.CollWhiteSpace: {{0, 2}},
	domain.CollSWOTs: {{0, 3}}, domain.CollSWOTItems: {{0, 3}},
	domain.CollContacts: {{0, 4}, {0, 5}, {0, 6}, {0, 7}},
	domain.CollLinks:    {{0, 5}, {0, 4}}, domain.CollCoverage: {{0, 7}},
	domain.CollStrategies: {{1, 0}}, domain.CollObjectives: {{1, 3}, {0, 2}},
	domain.CollActions: {{2, 0}}, domain.CollKPIs: {{2, 1}}, domain.CollNotes: {{2, 2}},
	domain.CollCriteria: {pagePortfolio},
	domain.CollTeam:     {{0, 0}, {0, 7}},
}

var fieldPages = []struct {
	prefix string
	page   place
}{
	{"wallet.", place{0, 1}}, {"stage_", place{0, 8}}, {"portfolio.", place{1, 1}},
	{"value_proposition", place{1, 2}}, {"relationship_plan", place{1, 2}},
	{"review_cadence", place{2, 2}}, {"commitment.", place{2, 2}}, {"resources", place{2, 2}}, {"risks", place{2, 2}},
	{"", place{0, 0}}, // the account and the plan's profile
}

// pagesOf says on which pages of the editor an edit shows, the usual one first.
func pagesOf(ed domain.Edit) []place {
	switch x := ed.(type) {
	case domain.Batch:
		if len(x) > 0 {
			return pagesOf(x[0])
		}
	case domain.SetScore:
		return []place{pagePortfolio}
	case domain.SetField:
		for _, f := range fieldPages {
			if strings.HasPrefix(x.Field, f.prefix) {
				return []place{f.page}
			}
		}
	case domain.AddItem:
		return collPages[x.Coll]
	case domain.RemoveItem:
		return collPages[x.Coll]
	case domain.ReplaceItem:
		return collPages[x.Coll]
	case domain.MoveItem:
		return collPages[x.Coll]
	}
	return nil
}

// pageFor is where an undone or redone edit is shown: the page it was made on when that page
// shows it (a contact dragged on the influence map), else its usual page.
func pageFor(ed domain.Edit, madeOn place) (place, bool) {
	pages := pagesOf(ed)
	if len(pages) == 0 {
		return place{}, false
	}
	if slices.Contains(pages, madeOn) {
		return madeOn, true
	}
	return pages[0], true
}
