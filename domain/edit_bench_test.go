package domain_test

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// BenchmarkApplyEditLargePlan measures one edit and its undo on a plan of 300 contacts, 500
// actions and 50 KPIs, each validated as Doc.Apply validates an edit of a valid plan (the
// rules that read the contact): what a field's commit costs before its save.
func BenchmarkApplyEditLargePlan(b *testing.B) {
	f := gen.LargePlan()
	d := &domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}
	c := d.Plan.Contacts[150]
	c.Notes = "Nota de la reunión"
	edit := domain.ReplaceItem{Coll: domain.CollContacts, Value: c}
	b.ResetTimer()
	for b.Loop() {
		inv, err := d.Apply(edit)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := d.Apply(inv); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateLargePlan validates the whole plan of 300 contacts, 500 actions and 50
// KPIs once: what the one validation of a committed edit costs when it checks everything.
func BenchmarkValidateLargePlan(b *testing.B) {
	f := gen.LargePlan()
	for b.Loop() {
		if err := f.Plans[0].Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
