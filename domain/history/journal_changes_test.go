package history_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// An entry read back from the journal says, from its edit and inverse alone, what Compare
// finds between the plan before and after it: the same changes for a field, a score, an
// element added or changed (a KPI's measurements too) and a batch; the element taken for a
// removal (Compare adds the references it cleaned); the element moved for a move.
func TestEntryChangesAreWhatChanged(t *testing.T) {
	kinds := map[string]int{}
	for seed := uint64(1); seed <= 25; seed++ {
		d := historyDoc(t)
		r := rand.New(rand.NewPCG(seed, 21))
		for range 80 {
			before := copyOf(t, d)
			e := gen.RandomEdit(r, d)
			inv, err := d.Apply(e)
			if err != nil {
				continue
			}
			entry := history.JournalEntry{Kind: history.JournalDo, Edit: roundTrip(t, e), Inverse: roundTrip(t, inv)}
			kind := checkEntryChanges(t, entry, history.Compare(*before, *d), *d)
			kinds[kind]++
		}
	}
	for _, k := range []string{"SetField", "SetScore", "AddItem", "RemoveItem", "ReplaceItem", "MoveItem", "Batch"} {
		if kinds[k] == 0 {
			t.Errorf("no %s among the random edits", k)
		}
	}
}

// checkEntryChanges compares an entry's changes with Compare's, and returns the kind of edit.
func checkEntryChanges(t *testing.T, entry history.JournalEntry, want []history.Change, now domain.Doc) string {
	t.Helper()
	got := entry.Changes(now)
	switch x := entry.Edit.(type) {
	case domain.RemoveItem:
		if len(got) != 1 || got[0].Kind != history.Removed || got[0].ID != x.ID || !strings.Contains(shown(want), shown(got)) {
			t.Errorf("removal %s: %s, compare says %s", x.ID, shown(got), shown(want))
		}
		return "RemoveItem"
	case domain.MoveItem:
		if len(want) == 0 {
			if len(got) != 0 {
				t.Errorf("a move that moved nothing: %s", shown(got))
			}
		} else if len(got) != 1 || got[0].Kind != history.Moved || got[0].ID != x.ID || got[0].Name == "" {
			t.Errorf("move of %s: %s, compare says %s", x.ID, shown(got), shown(want))
		}
		return "MoveItem"
	}
	if shown(got) != shown(want) {
		t.Errorf("%#v:\n got %s\nwant %s", entry.Edit, shown(got), shown(want))
	}
	return kindName(entry.Edit)
}

func kindName(e domain.Edit) string {
	switch e.(type) {
	case domain.SetField:
		return "SetField"
	case domain.SetScore:
		return "SetScore"
	case domain.AddItem:
		return "AddItem"
	case domain.ReplaceItem:
		return "ReplaceItem"
	case domain.Batch:
		return "Batch"
	}
	return "other"
}

// An undo is said as what it did: the value goes back; a restore as every difference it made.
func TestEntryChangesOfAnUndoAndARestore(t *testing.T) {
	d := historyDoc(t)
	was := d.Plan.Wallet.Potential
	inv, err := d.Apply(domain.SetField{Field: domain.FieldWalletPotential, Value: was + 50_000_000})
	if err != nil {
		t.Fatal(err)
	}
	back, err := d.Apply(inv)
	if err != nil {
		t.Fatal(err)
	}
	undo := history.JournalEntry{Kind: history.JournalUndo, Edit: inv, Inverse: back}
	got := undo.Changes(*d)
	if len(got) != 1 || got[0].Field != "wallet.potential" || got[0].Old != was+50_000_000 || got[0].New != was {
		t.Fatalf("the undo says %s", shown(got))
	}
	snap := history.Snapshot{Account: *d.Account, Plan: *d.Plan}
	apply(t, d, domain.SetField{Field: domain.FieldRisks, Value: "Huelga en el puerto"})
	restore := history.RestoreEdit(snap)
	rinv, err := d.Apply(restore)
	if err != nil {
		t.Fatal(err)
	}
	got = history.JournalEntry{Kind: history.JournalDo, Edit: restore, Inverse: rinv}.Changes(*d)
	if len(got) != 1 || got[0].Field != "risks" || got[0].Old != "Huelga en el puerto" {
		t.Fatalf("the restore says %s", shown(got))
	}
}

// A removed element is named from the entry even when the plan no longer holds it; a score
// is named by its factor.
func TestEntryChangesNameWhatIsGone(t *testing.T) {
	d := historyDoc(t)
	k := d.Plan.Contacts[0]
	inv, err := d.Apply(domain.RemoveItem{Coll: domain.CollContacts, ID: k.ID})
	if err != nil {
		t.Fatal(err)
	}
	got := history.JournalEntry{Edit: domain.RemoveItem{Coll: domain.CollContacts, ID: k.ID}, Inverse: inv}.Changes(*d)
	if len(got) != 1 || got[0].Name != k.Name || got[0].Section != history.SectionContacts {
		t.Fatalf("the removal says %s", shown(got))
	}
	f := d.Plan.Portfolio.Attractiveness.Factors[0]
	score := domain.SetScore{Axis: domain.AxisAttractiveness, Factor: f.ID, Score: 7}
	sinv, err := d.Apply(score)
	if err != nil {
		t.Fatal(err)
	}
	got = history.JournalEntry{Edit: score, Inverse: sinv}.Changes(*d)
	if len(got) != 1 || got[0].Name != f.Name || got[0].New != 7 {
		t.Fatalf("the score says %s", shown(got))
	}
}
