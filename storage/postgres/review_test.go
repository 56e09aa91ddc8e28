package postgres

import (
	"fmt"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/review"
)

// A team store of schema 5 gains each plan's next review, worked out from the plan's reviews
// as package review works it out (a month added as Go adds it: 30 February is 1 March).
func TestNextReviewMigrationDatesStoredPlans(t *testing.T) {
	url := freshSchema(t)
	s := openAt(t, url)
	cadences := []domain.Cadence{domain.CadenceWeekly, domain.CadenceMonthly, domain.CadenceQuarterly, domain.CadenceAdHoc, "", domain.CadenceMonthly}
	for i, f := range gen.Portfolio(len(cadences)) {
		empty, err := s.CreateAccount(ctx, &f.Account, f.Plans[0].Period)
		if err != nil {
			t.Fatal(err)
		}
		p := f.Plans[0].Clone()
		p.ID, p.AccountID, p.Version, p.ReviewCadence = empty.ID, f.Account.ID, empty.Version, cadences[i]
		p.Reviews = append(p.Reviews, domain.Review{ID: fmt.Sprintf("rv-late-%d", i), Date: domain.NewDate(2027, 11, 30-i%2)})
		if i == len(cadences)-1 {
			p.Reviews = nil
		}
		if err := s.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	conn := adminConn(t)
	schema := strings.TrimPrefix(url, "postgres:///?search_path=")
	for _, q := range []string{"ALTER TABLE " + schema + ".plans DROP COLUMN next_review", "UPDATE " + schema + ".schema_version SET version = 5"} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s = openAt(t, url)
	rows, err := s.Portfolio(ctx)
	if err != nil || len(rows) != len(cadences) {
		t.Fatalf("%d plans, %v", len(rows), err)
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
	if dated != 3 {
		t.Errorf("%d plans dated, want the weekly, monthly and quarterly ones", dated)
	}
}
