package domain_test

import (
	"math/rand/v2"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// largePair is the large plan (300 contacts, 500 actions, 50 KPIs of 24 values) before and
// after 200 random edits.
func largePair(b *testing.B) (domain.Doc, domain.Doc) {
	f := gen.LargePlan()
	a := domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}
	later := a.Copy()
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		_, _ = later.Apply(gen.RandomEdit(r, &later))
	}
	return a, later
}

// BenchmarkCompareLargePlans compares two states of the large plan (aim: under 100 ms).
func BenchmarkCompareLargePlans(b *testing.B) {
	a, later := largePair(b)
	b.ResetTimer()
	for b.Loop() {
		if len(domain.Compare(a, later)) == 0 {
			b.Fatal("no change found")
		}
	}
}

// BenchmarkMergeLargePlans merges two sides of 200 random edits each of the large plan.
func BenchmarkMergeLargePlans(b *testing.B) {
	anc, mine := largePair(b)
	theirs := anc.Copy()
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		_, _ = theirs.Apply(gen.RandomEdit(r, &theirs))
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := domain.Merge(anc, mine, theirs).Result(); err != nil {
			b.Fatal(err)
		}
	}
}
