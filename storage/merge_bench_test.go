package storage

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// BenchmarkMergeDryRunLargePlan works out the merge of the large plan with a copy of it that
// came back with a change (what File → Merge plan file does before it shows anything; aim:
// well under a second, behind a progress dialog).
func BenchmarkMergeDryRunLargePlan(b *testing.B) {
	s := tempStore(b)
	p := importFile(b, s, gen.LargePlan())
	d := docOf(b, s, p.ID)
	sent, err := s.ExportJSON(ctx, d.Account.Name, "")
	if err != nil {
		b.Fatal(err)
	}
	f, _ := DecodePlanFile(sent)
	f.Plans[0].Risks = "según la consultora"
	back, _ := EncodePlanFile(f)
	if err := edit(b, s, d, history.JournalDo, "Laura", domain.SetField{Field: "risks", Value: "según Laura"}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		r, err := s.MergeJSON(ctx, back, MergeOptions{Prefer: history.Mine, DryRun: true})
		if err != nil || len(r.Plans[0].Conflicts) != 1 {
			b.Fatal(err, r.Plans)
		}
	}
}

// BenchmarkDailyBackupLargePlan copies a database holding the large plan beside itself, as
// the app does once a day when it starts, in the background.
func BenchmarkDailyBackupLargePlan(b *testing.B) {
	s := tempStore(b)
	importFile(b, s, gen.LargePlan())
	path := b.TempDir() + "/copy.db"
	b.ResetTimer()
	for b.Loop() {
		if err := s.Backup(ctx, path); err != nil {
			b.Fatal(err)
		}
	}
}
