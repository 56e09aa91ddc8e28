package storage

import (
	"fmt"
	"path/filepath"
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

// A database of schema 15 gains each plan's next review, worked out from the reviews it
// holds as package review works it out: the latest review plus the cadence, a day the month
// lacks rolled over; none for a plan never reviewed or reviewed ad hoc.
func TestNextReviewMigrationDatesStoredPlans(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v15.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Portfolio(ctx)
	cadences := []domain.Cadence{domain.CadenceWeekly, domain.CadenceMonthly, domain.CadenceQuarterly, domain.CadenceAdHoc, ""}
	for i, r := range rows {
		p, _ := s.LoadPlan(ctx, r.PlanID)
		p.ReviewCadence = cadences[i%len(cadences)]
		p.Reviews = append(p.Reviews, domain.Review{ID: fmt.Sprintf("rv-late-%d", i), Date: domain.NewDate(2027, 8, 31-i%2)})
		if i == len(rows)-1 {
			p.ReviewCadence, p.Reviews = domain.CadenceMonthly, nil
		}
		if err := s.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{"ALTER TABLE plans DROP COLUMN next_review", "PRAGMA user_version = 15"} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if rows, _ = s.Portfolio(ctx); len(rows) < len(cadences)+1 {
		t.Fatalf("%d plans, want one of each cadence and one never reviewed", len(rows))
	}
	dated := 0
	for _, r := range rows {
		p, _ := s.LoadPlan(ctx, r.PlanID)
		if want := review.NextOf(p); !r.NextReview.Equal(want) {
			t.Errorf("plan %s (%s, %d reviews): next review %v, want %v", r.PlanID, p.ReviewCadence, len(p.Reviews), r.NextReview, want)
		}
		if !r.NextReview.IsZero() {
			dated++
		}
	}
	if dated < 3 {
		t.Errorf("%d plans dated: the weekly, monthly and quarterly ones at least", dated)
	}
}
