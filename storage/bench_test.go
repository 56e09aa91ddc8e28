package storage

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// BenchmarkPortfolio lists a portfolio of 1,000 accounts (aim: under 50 ms).
func BenchmarkPortfolio(b *testing.B) {
	s := tempStore(b)
	for _, f := range gen.Portfolio(1000) {
		data, _ := EncodePlanFile(f)
		if _, err := s.ImportJSON(ctx, data, false); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		rows, err := s.Portfolio(ctx)
		if err != nil || len(rows) != 1000 {
			b.Fatal(len(rows), err)
		}
	}
}

// BenchmarkActionsDue1000 lists what is due in two weeks across a portfolio of 1,000
// accounts, as the home does when it opens.
func BenchmarkActionsDue1000(b *testing.B) {
	s := tempStore(b)
	var ids []string
	for _, f := range gen.Portfolio(1000) {
		ids = append(ids, importFile(b, s, f).ID)
	}
	until := domain.Today().AddDays(14)
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.ActionsDue(ctx, ids, until); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadLargePlan loads a plan of 300 contacts, 500 actions and 50 KPIs × 24 periods (aim: under 30 ms).
func BenchmarkLoadLargePlan(b *testing.B) {
	s := tempStore(b)
	p := importFile(b, s, gen.LargePlan())
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.LoadPlan(ctx, p.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveOneEdit saves one contact of the large plan changed directly, as the command
// line or an importer changes a plan: the store validates the whole plan, encodes it whole
// and writes the one row that differs. The editor's commit is BenchmarkCommitOneEdit.
func BenchmarkSaveOneEdit(b *testing.B) {
	s := tempStore(b)
	p := importFile(b, s, gen.LargePlan())
	b.ResetTimer()
	i := 0
	for b.Loop() {
		i++
		p.Contacts[i%300].Phone = string(rune('0' + i%10))
		if err := s.SavePlan(ctx, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMigrationTeamMemberIDs runs the upgrade to schema version 4 on a portfolio of
// 1,000 accounts and the large plan (rolled back after each run): the time a person waits
// once, on the first start after updating.
func BenchmarkMigrationTeamMemberIDs(b *testing.B) {
	s := tempStore(b)
	for _, f := range gen.Portfolio(1000) {
		data, _ := EncodePlanFile(f)
		if _, err := s.ImportJSON(ctx, data, false); err != nil {
			b.Fatal(err)
		}
	}
	importFile(b, s, gen.LargePlan())
	b.ResetTimer()
	for b.Loop() {
		tx, err := s.db.Begin()
		if err != nil {
			b.Fatal(err)
		}
		if err := teamMemberIDs(tx); err != nil {
			b.Fatal(err)
		}
		tx.Rollback()
	}
}
