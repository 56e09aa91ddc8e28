package storage

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// Browsing a portfolio plan by plan keeps only the last few in memory, and a plan the store
// no longer remembers is saved as well as one it does: its edit stored, a stale copy refused.
func TestPlansLookedAtAreForgottenAndStillSaved(t *testing.T) {
	s := tempStore(t)
	var plans []*domain.Plan
	for _, f := range gen.Portfolio(keptPlans + 2) {
		plans = append(plans, importFile(t, s, f))
	}
	for _, p := range plans {
		if _, err := s.LoadPlan(ctx, p.ID); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.saved.rows) > keptPlans || len(s.saved.order) != len(s.saved.rows) {
		t.Fatalf("the store remembers %d plans (%d ids)", len(s.saved.rows), len(s.saved.order))
	}
	first := plans[0]
	if _, kept := s.saved.rows[first.ID]; kept {
		t.Fatal("the plan looked at first is still remembered")
	}
	stale := *first
	first.ValueProposition = "Revisado con el cliente 🤝 — 供应商评审"
	if err := s.SavePlan(ctx, first); err != nil {
		t.Fatal(err)
	}
	back, err := s.LoadPlan(ctx, first.ID)
	if err != nil || back.ValueProposition != first.ValueProposition {
		t.Fatalf("stored value proposition %q (%v)", back.ValueProposition, err)
	}
	stale.ValueProposition = "an older copy"
	if err := s.SavePlan(ctx, &stale); !domain.IsStale(err) {
		t.Fatalf("a stale copy of a forgotten plan: %v", err)
	}
}
