package history_test

import (
	"math/rand/v2"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
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
		if len(history.Compare(a, later)) == 0 {
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
		if _, err := history.Merge(anc, mine, theirs).Result(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatchPeriodsLargePlans matches the large plan to its next period's copy after 200
// random edits, then compares them: what the comparison of two periods costs.
func BenchmarkMatchPeriodsLargePlans(b *testing.B) {
	a, later := largePair(b)
	b.ResetTimer()
	for b.Loop() {
		if len(history.Compare(history.MatchPeriods(a, later), later)) == 0 {
			b.Fatal("no change found")
		}
	}
}

// BenchmarkContentsLargePlan lists what the large plan holds, as a snapshot opened read-only
// reads it.
func BenchmarkContentsLargePlan(b *testing.B) {
	a, _ := largePair(b)
	b.ResetTimer()
	for b.Loop() {
		if len(history.Contents(a)) == 0 {
			b.Fatal("nothing listed")
		}
	}
}
