package uitest

import (
	"context"
	"math/rand/v2"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
	"kamplan/storage"
)

// RandomJournal gives the plan of d a journal of n random edits of every kind, made on d by
// three people and saved in batches as the editor saves them (the stored plan is left as it
// is), for the benchmarks of a long history.
func RandomJournal(tb testing.TB, db *storage.Store, d domain.Doc, n int) {
	tb.Helper()
	r := rand.New(rand.NewPCG(10, 21))
	var batch []history.JournalEntry
	for done := 0; done < n; {
		ed := gen.RandomEdit(r, &d)
		inv, err := d.Apply(ed)
		if err != nil {
			continue
		}
		done++
		batch = append(batch, history.JournalEntry{PlanID: d.Plan.ID, Author: []string{"Ane Goikoetxea", "Jon Ander", "Laura Pérez"}[done%3],
			Kind: history.JournalDo, Edit: ed, Inverse: inv})
		if len(batch) == 500 || done == n {
			if err := db.SaveEdits(context.Background(), nil, nil, batch); err != nil {
				tb.Fatal(err)
			}
			batch = nil
		}
	}
}
