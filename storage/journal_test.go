package storage

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// docOf loads a plan with its account, as the editor holds them.
func docOf(t testing.TB, s *Store, planID string) *domain.Doc {
	t.Helper()
	p, err := s.LoadPlan(ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Account(ctx, p.AccountID)
	if err != nil {
		t.Fatal(err)
	}
	return &domain.Doc{Account: a, Plan: p}
}

// edit applies e and saves it with its journal entry, as the editor does.
func edit(t testing.TB, s *Store, d *domain.Doc, kind domain.JournalKind, author string, e domain.Edit) error {
	t.Helper()
	inv, err := d.Apply(e)
	if err != nil {
		return err
	}
	entry := domain.JournalEntry{PlanID: d.Plan.ID, Author: author, Kind: kind, Edit: e, Inverse: inv}
	if err := s.SaveEdits(ctx, d.Account, d.Plan, []domain.JournalEntry{entry}); err != nil {
		t.Fatalf("saving %#v: %v", e, err)
	}
	return nil
}

func stateOf(t testing.TB, d *domain.Doc) string {
	t.Helper()
	b, err := json.Marshal([]any{d.Account, d.Plan})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEditsAreJournaledWithTheirSave(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(2)[0])
	d := docOf(t, s, p.ID)
	before := time.Now().Add(-time.Second)
	c := d.Plan.Contacts[0]
	c.RelNow = domain.RelStrong
	edits := []domain.Edit{domain.SetField{Field: "wallet.potential", Value: int64(50_000_000_00)},
		domain.ReplaceItem{Coll: domain.CollContacts, Value: c}, domain.SetField{Field: "account.notes", Value: "Nueva dirección"}}
	var entries []domain.JournalEntry
	for _, e := range edits {
		inv, err := d.Apply(e)
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, domain.JournalEntry{PlanID: p.ID, Author: "Laura Gómez", Kind: domain.JournalDo, Edit: e, Inverse: inv})
	}
	if err := s.SaveEdits(ctx, d.Account, d.Plan, entries); err != nil {
		t.Fatal(err)
	}
	page, err := s.Journal(ctx, p.ID, domain.JournalQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Entries) != 3 || page.More || !reflect.DeepEqual(page.Authors, []string{"Laura Gómez"}) {
		t.Fatalf("journal: %d entries, more %v, authors %v", len(page.Entries), page.More, page.Authors)
	}
	for i, got := range page.Entries {
		want := entries[2-i]
		if got.Seq != int64(3-i) || got.Author != "Laura Gómez" || got.Kind != domain.JournalDo || got.At.Before(before) ||
			!reflect.DeepEqual(got.Edit, want.Edit) || !reflect.DeepEqual(got.Inverse, want.Inverse) {
			t.Errorf("entry %d: %+v", i, got)
		}
	}
	if again := docOf(t, s, p.ID); again.Plan.Wallet.Potential != 50_000_000_00 || again.Account.Notes != "Nueva dirección" {
		t.Error("the edits were journaled but not saved")
	}
}

// A save that another writer made stale writes nothing, its journal entries included.
func TestStaleSaveJournalsNothing(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(2)[0])
	mine, theirs := docOf(t, s, p.ID), docOf(t, s, p.ID)
	if err := edit(t, s, theirs, domain.JournalDo, "B", domain.SetField{Field: "risks", Value: "theirs"}); err != nil {
		t.Fatal(err)
	}
	e := domain.SetField{Field: "risks", Value: "mine"}
	inv, _ := mine.Apply(e)
	err := s.SaveEdits(ctx, mine.Account, mine.Plan, []domain.JournalEntry{{PlanID: p.ID, Author: "A", Kind: domain.JournalDo, Edit: e, Inverse: inv}})
	if !domain.IsStale(err) {
		t.Fatalf("stale save: %v", err)
	}
	page, _ := s.Journal(ctx, p.ID, domain.JournalQuery{})
	if len(page.Entries) != 1 || page.Entries[0].Author != "B" {
		t.Fatalf("after a stale save the journal holds %d entries", len(page.Entries))
	}
}

func TestJournalEntriesOfAnotherPlanAreRefused(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(2)[0])
	d := docOf(t, s, p.ID)
	e := domain.SetField{Field: "risks", Value: "x"}
	inv, _ := d.Apply(e)
	for _, entry := range []domain.JournalEntry{{PlanID: "other", Kind: domain.JournalDo, Edit: e, Inverse: inv},
		{PlanID: p.ID, Kind: "sideways", Edit: e, Inverse: inv}, {PlanID: p.ID, Kind: domain.JournalDo, Edit: e}} {
		if err := s.SaveEdits(ctx, d.Account, d.Plan, []domain.JournalEntry{entry}); domain.CodeOf(err) != domain.CodeInternal {
			t.Errorf("%+v: %v", entry, err)
		}
	}
	if again := docOf(t, s, p.ID); again.Plan.Risks == "x" {
		t.Error("a save with a wrong journal entry was written")
	}
}

func TestJournalPagesAndFilters(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(2)[0])
	d := docOf(t, s, p.ID)
	for i := range 25 {
		author, e := "Ana", domain.Edit(domain.SetField{Field: "wallet.revenue", Value: int64(i + 1)})
		if i%5 == 0 {
			author, e = "Jon", domain.SetScore{Axis: domain.AxisStrength, Factor: "price", Score: 1 + i%10}
		}
		if err := edit(t, s, d, domain.JournalDo, author, e); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		q     domain.JournalQuery
		seqs  []int64
		more  bool
		label string
	}{
		{domain.JournalQuery{Limit: 3}, []int64{25, 24, 23}, true, "first page"},
		{domain.JournalQuery{Limit: 3, Before: 23}, []int64{22, 21, 20}, true, "next page"},
		{domain.JournalQuery{Limit: 10, Before: 5}, []int64{4, 3, 2, 1}, false, "last page"},
		{domain.JournalQuery{Author: "Jon"}, []int64{21, 16, 11, 6, 1}, false, "by person"},
		{domain.JournalQuery{Section: domain.SectionPortfolio, Limit: 2}, []int64{21, 16}, true, "by section"},
		{domain.JournalQuery{Section: domain.SectionWallet, Author: "Jon"}, nil, false, "nothing matches"},
	}
	for _, tt := range tests {
		page, err := s.Journal(ctx, p.ID, tt.q)
		if err != nil {
			t.Fatal(err)
		}
		var seqs []int64
		for _, e := range page.Entries {
			seqs = append(seqs, e.Seq)
		}
		if !reflect.DeepEqual(seqs, tt.seqs) || page.More != tt.more || !reflect.DeepEqual(page.Authors, []string{"Ana", "Jon"}) {
			t.Errorf("%s: %v more %v authors %v", tt.label, seqs, page.More, page.Authors)
		}
	}
}

// stackModel predicts what undo and redo step through: the states before and after each
// entry on the two stacks.
type stackModel struct{ undo, redo [][2]string }

// step undoes (from = undo) or redoes the top entry the store gives after a restart, checks
// the state the model expects, and saves the step with its journal entry.
func (m *stackModel) step(t *testing.T, s *Store, d *domain.Doc, undo bool) {
	t.Helper()
	u, r, err := s.UndoTail(ctx, d.Plan.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(u) != len(m.undo) || len(r) != len(m.redo) {
		t.Fatalf("the store can undo %d and redo %d steps, the model %d and %d", len(u), len(r), len(m.undo), len(m.redo))
	}
	from, to, kind, want := &m.undo, &m.redo, domain.JournalUndo, 0
	stack := u
	if !undo {
		from, to, kind, want, stack = &m.redo, &m.undo, domain.JournalRedo, 1, r
	}
	if len(stack) == 0 {
		return
	}
	top := (*from)[len(*from)-1]
	if err := edit(t, s, d, kind, "Ana", stack[len(stack)-1].Inverse); err != nil {
		t.Fatalf("%s after a restart: %v", kind, err)
	}
	if stateOf(t, d) != top[want] {
		t.Fatalf("%s did not bring back the state the model expects", kind)
	}
	*from, *to = (*from)[:len(*from)-1], append(*to, top)
}

// Property: random edits, undos and redos, saved with their journal, the store closed and
// opened again every few steps: undo and redo after each restart go through the states in
// turn, and undoing everything at the end gives back the plan as it was imported.
func TestUndoAndRedoAcrossRestarts(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		path := filepath.Join(t.TempDir(), "k.db")
		s, err := OpenNoSeed(path)
		if err != nil {
			t.Fatal(err)
		}
		planID := importFile(t, s, gen.Portfolio(3)[1]).ID
		d := docOf(t, s, planID)
		original := stateOf(t, d)
		r := rand.New(rand.NewPCG(seed, 5))
		var m stackModel
		for i := range 45 {
			if i%7 == 6 { // a restart: a fresh store on the same file
				s.Close()
				if s, err = OpenNoSeed(path); err != nil {
					t.Fatal(err)
				}
				d = docOf(t, s, planID)
			}
			switch x := r.IntN(10); {
			case x < 2:
				m.step(t, s, d, true)
			case x < 3:
				m.step(t, s, d, false)
			default:
				before := stateOf(t, d)
				if edit(t, s, d, domain.JournalDo, "Ana", gen.RandomEdit(r, d)) == nil {
					m.undo, m.redo = append(m.undo, [2]string{before, stateOf(t, d)}), nil
				}
			}
		}
		s.Close()
		if s, err = OpenNoSeed(path); err != nil {
			t.Fatal(err)
		}
		d = docOf(t, s, planID)
		for len(m.undo) > 0 {
			m.step(t, s, d, true)
		}
		if stored := stateOf(t, docOf(t, s, planID)); stored != original || stateOf(t, d) != original {
			t.Fatalf("seed %d: undoing everything does not give back the imported plan", seed)
		}
		s.Close()
	}
}

func TestUndoTailIsBoundedByTheLimit(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(2)[0])
	d := docOf(t, s, p.ID)
	for i := range 30 {
		if err := edit(t, s, d, domain.JournalDo, "Ana", domain.SetField{Field: "wallet.revenue", Value: int64(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	undo, redo, err := s.UndoTail(ctx, p.ID, 10)
	if err != nil || len(undo) != 10 || len(redo) != 0 || undo[0].Seq != 21 || undo[9].Seq != 30 {
		t.Fatalf("%d to undo (%v), %d to redo", len(undo), err, len(redo))
	}
	if all, _, _ := s.UndoTail(ctx, p.ID, 0); len(all) != 30 {
		t.Fatalf("without a limit, %d to undo", len(all))
	}
	if u, r, err := s.UndoTail(ctx, "no-such-plan", 0); err != nil || u != nil || r != nil {
		t.Fatalf("a plan without a journal: %v %v %v", u, r, err)
	}
}

// Deleting a plan deletes its history with it.
func TestDeletingAPlanDeletesItsJournal(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(2)[0])
	d := docOf(t, s, p.ID)
	if err := edit(t, s, d, domain.JournalDo, "Ana", domain.SetField{Field: "risks", Value: "x"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateSnapshot(ctx, p.ID, domain.SnapshotManual, "antes", "Ana"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePlan(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.db.QueryRow("SELECT (SELECT count(*) FROM journal) + (SELECT count(*) FROM snapshots WHERE plan_id = ?)", p.ID).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d rows of history left (%v)", n, err)
	}
}
