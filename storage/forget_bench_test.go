package storage

import (
	"math/rand/v2"
	"path/filepath"
	"testing"

	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// BenchmarkForgetPersonLargePlan forgets a contact of the largest plan (300 contacts, 500
// actions) after 500 saved edits and 3 snapshots: the whole erasure, compaction included.
func BenchmarkForgetPersonLargePlan(b *testing.B) {
	for range b.N {
		b.StopTimer()
		s, err := OpenNoSeed(filepath.Join(b.TempDir(), "k.db"))
		if err != nil {
			b.Fatal(err)
		}
		p := importFile(b, s, gen.LargePlan())
		d := docOf(b, s, p.ID)
		r := rand.New(rand.NewPCG(1, 2))
		for i := range 500 {
			_ = edit(b, s, d, history.JournalDo, "Ana", gen.RandomEdit(r, d))
			if i%200 == 0 {
				if _, err := s.Snapshots().Create(ctx, p.ID, history.SnapshotManual, "", "Ana"); err != nil {
					b.Fatal(err)
				}
			}
		}
		name := d.Plan.Contacts[0].Name
		b.StartTimer()
		if _, err := s.ForgetPerson(ctx, p.AccountID, name, nil); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}
