package storetest

import (
	"reflect"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// internalOnly marks an action and an opportunity "internal only" through journaled edits:
// the plan loads with them so, and the journal (what the team store's sync replays) holds
// the edits with the switch.
func internalOnly(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	d := docOf(t, s, p.ID)
	a, o := d.Plan.Actions[0], d.Plan.Opportunities[0]
	a.Internal, o.Internal = true, true
	edits := []domain.Edit{domain.ReplaceItem{Coll: domain.CollActions, Value: a}, domain.ReplaceItem{Coll: domain.CollOpportunities, Value: o}}
	for _, e := range edits {
		edit(t, s, d, history.JournalDo, "Ana", e)
	}
	again := docOf(t, s, p.ID).Plan
	if !again.Actions[0].Internal || again.Actions[1].Internal || !again.Opportunities[0].Internal || again.Opportunities[1].Internal {
		t.Fatal("the loaded plan does not have the action and the opportunity, and only them, internal only")
	}
	page, err := s.Journal().Page(ctx, p.ID, history.JournalQuery{Limit: 2})
	if err != nil || len(page.Entries) != 2 {
		t.Fatalf("journal: %+v, %v", page, err)
	}
	for i, en := range page.Entries {
		if want := edits[len(edits)-1-i]; !reflect.DeepEqual(en.Edit, want) {
			t.Errorf("journal entry %d: %+v, want %+v", i, en.Edit, want)
		}
	}
}
