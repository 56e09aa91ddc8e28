package storage

import (
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// ageHistory makes the journal entries up to seq and the snapshots of a plan look made years ago.
func ageHistory(t *testing.T, s *Store, planID string, upTo int64, years int) {
	t.Helper()
	old := timeText(time.Now().AddDate(-years, 0, -1))
	if _, err := s.db.Exec("UPDATE journal SET at = ? WHERE plan_id = ? AND seq <= ?", old, planID, upTo); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("UPDATE snapshots SET at = ? WHERE plan_id = ?", old, planID); err != nil {
		t.Fatal(err)
	}
}

func TestRetentionDropsOldHistoryAndUndoStopsWhereItWent(t *testing.T) {
	for _, tc := range []struct {
		name             string
		aged             int64 // the entries made years ago: 1…aged
		entries, undoTop int   // dropped, and how many undo steps are left
	}{
		{"nothing old", 0, 0, 5},
		{"the oldest two", 2, 2, 3},
		{"everything", 5, 5, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tempStore(t)
			p := importFile(t, s, gen.Portfolio(1)[0])
			d := docOf(t, s, p.ID)
			keepSnapshotOf(t, s, p.ID, history.SnapshotManual, "old")
			for i := range 5 {
				edit(t, s, d, history.JournalDo, "Ana", domain.SetField{Field: domain.FieldRisks, Value: string(rune('a' + i))})
			}
			kept, _ := s.Snapshots().List(ctx, p.ID)
			wantSnaps := 0
			if tc.aged > 0 {
				wantSnaps = len(kept)
				ageHistory(t, s, p.ID, tc.aged, 4)
			}
			dropped, err := s.DropHistoryBefore(ctx, time.Now().AddDate(-3, 0, 0))
			if err != nil || dropped.Entries != tc.entries || dropped.Snapshots != wantSnaps {
				t.Fatalf("dropped %+v (%v)", dropped, err)
			}
			undo := undo0(t, s, p.ID)
			if len(undo) != tc.undoTop {
				t.Fatalf("undo reaches %d entries, want %d", len(undo), tc.undoTop)
			}
			for i := len(undo) - 1; i >= 0; i-- {
				if err := edit(t, s, d, history.JournalUndo, "Ana", undo[i].Inverse); err != nil {
					t.Fatal(err)
				}
			}
			want := p.Risks // undo goes back to before the oldest entry kept
			if tc.undoTop < 5 {
				want = []string{"a", "b", "c", "d", "e"}[4-tc.undoTop]
			}
			if got := storedPlanRisks(t, s, p.ID); got != want {
				t.Errorf("after undoing all that is kept, risks read %q, want %q", got, want)
			}
			if err := edit(t, s, d, history.JournalDo, "Ana", domain.SetField{Field: domain.FieldRisks, Value: "new"}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func storedPlanRisks(t *testing.T, s *Store, planID string) string {
	t.Helper()
	p, err := s.LoadPlan(ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	return p.Risks
}
