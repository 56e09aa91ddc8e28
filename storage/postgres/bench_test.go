package postgres

import (
	"fmt"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// importFile stores a plan file's account and plan, as storetest does.
func importFile(b *testing.B, s *Store, f domain.PlanFile) *domain.Plan {
	b.Helper()
	a := f.Account
	empty, err := s.CreateAccount(ctx, &a, f.Plans[0].Period)
	if err != nil {
		b.Fatal(err)
	}
	p := f.Plans[0].Clone()
	p.ID, p.AccountID, p.Version = empty.ID, a.ID, empty.Version
	if err := s.SavePlan(ctx, p); err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkPortfolio lists a portfolio of 1,000 accounts on the server, each plan placed
// with the settings (aim: under 50 ms on loopback).
func BenchmarkPortfolio(b *testing.B) {
	s := openFresh(b)
	for _, f := range gen.Portfolio(1000) {
		importFile(b, s, f)
	}
	for b.Loop() {
		rows, err := s.Portfolio(ctx)
		if err != nil || len(rows) != 1000 {
			b.Fatal(len(rows), err)
		}
	}
}

// BenchmarkPortfolioAfterNewSettings lists a portfolio of 1,000 accounts for the first time
// after the settings changed: every plan is scored again, and its score kept.
func BenchmarkPortfolioAfterNewSettings(b *testing.B) {
	s := openFresh(b)
	for _, f := range gen.Portfolio(1000) {
		importFile(b, s, f)
	}
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		st, err := s.Settings(ctx)
		st.Coverage = float64(2 + i%2)
		if err == nil {
			err = s.SaveSettings(ctx, &st)
		}
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		rows, err := s.Portfolio(ctx)
		if err != nil || len(rows) != 1000 {
			b.Fatal(len(rows), err)
		}
	}
}

// BenchmarkPortfolioAsAKAM lists the same portfolio as a KAM of the team that owns half of
// it, through row-level security: the policies' price.
func BenchmarkPortfolioAsAKAM(b *testing.B) {
	url := freshSchema(b)
	admin := openAt(b, url)
	for _, team := range []string{"Norte", "Sur"} {
		if err := admin.AddTeam(ctx, team); err != nil {
			b.Fatal(err)
		}
	}
	for i, f := range gen.Portfolio(1000) {
		importFile(b, admin, f)
		if err := admin.MoveAccount(ctx, f.Account.Name, []string{"Norte", "Sur"}[i%2]); err != nil {
			b.Fatal(err)
		}
	}
	kam := openAs(b, addPerson(b, admin, url, "bench", "Norte", false))
	for b.Loop() {
		rows, err := kam.Portfolio(ctx)
		if err != nil || len(rows) != 500 {
			b.Fatal(len(rows), err)
		}
	}
}

// BenchmarkCommitOneEdit saves one edit of a plan with its journal entry, as the editor
// does, on a plan of the generated portfolio and on the large plan (aim: under 10 ms).
func BenchmarkCommitOneEdit(b *testing.B) {
	for _, size := range []string{"typical", "large"} {
		b.Run(size, func(b *testing.B) {
			s := openFresh(b)
			f := gen.Portfolio(1)[0]
			if size == "large" {
				f = gen.LargePlan()
			}
			p := importFile(b, s, f)
			d := &domain.Doc{Plan: p}
			i := 0
			for b.Loop() {
				i++
				c := p.Contacts[i%len(p.Contacts)]
				c.Phone = fmt.Sprint(i % 10)
				e := domain.ReplaceItem{Coll: domain.CollContacts, Value: c}
				inv, err := d.Apply(e)
				if err == nil {
					err = s.SaveEdits(ctx, nil, p, []history.JournalEntry{{PlanID: p.ID, Author: "Laura", Kind: history.JournalDo, Edit: e, Inverse: inv}})
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
