package storage

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/review"
)

// The sample plan shows two past reviews a month apart, the next one due a month after the last.
func TestSampleHasTwoPastReviews(t *testing.T) {
	s := seededStore(t)
	p, err := s.LoadPlan(ctx, mainPlanID(t, s))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Reviews) != 2 {
		t.Fatalf("%d reviews in the sample, want 2", len(p.Reviews))
	}
	for _, r := range p.Reviews {
		if len(r.Objectives) == 0 || len(r.KPIValues) == 0 || len(r.Decisions) == 0 || len(r.ActionIDs) == 0 {
			t.Errorf("review of %v lacks a part: %+v", r.Date, r)
		}
	}
	if next, ok := review.Next(p); !ok || !next.Equal(domain.NewDate(2026, 12, 16)) {
		t.Errorf("next review %v (%v), want 2026-12-16", next, ok)
	}
}
