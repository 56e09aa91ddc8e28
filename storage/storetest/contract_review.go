package storetest

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
	"kamplan/domain/review"
)

// nextReview: the portfolio's summary says when each plan's next review is due, kept on every
// save, so that the home lists the reviews due without loading a plan.
func nextReview(t *testing.T, s Store) {
	f := gen.Portfolio(1)[0]
	f.Plans[0].Reviews = []domain.Review{{ID: "rv-held", Date: domain.NewDate(2027, 11, 30)}}
	f.Plans[0].ReviewCadence = domain.CadenceQuarterly
	p := importPlan(t, s, f)
	// Three months after 30 November is 30 February: it rolls over into March, as Next says.
	wantNextReview(t, s, p.ID, "a quarterly plan's", domain.NewDate(2028, 3, 1))

	d := docOf(t, s, p.ID)
	held := domain.Review{ID: "rv-newer", Date: domain.NewDate(2028, 1, 15)}
	edit(t, s, d, history.JournalDo, "Ana", review.Record(held, nil))
	wantNextReview(t, s, p.ID, "after a newer review", domain.NewDate(2028, 4, 15))

	edit(t, s, d, history.JournalDo, "Ana", domain.SetField{Field: domain.FieldReviewCadence, Value: domain.CadenceMonthly})
	wantNextReview(t, s, p.ID, "monthly", domain.NewDate(2028, 2, 15))

	edit(t, s, d, history.JournalDo, "Ana", domain.SetField{Field: domain.FieldReviewCadence, Value: domain.CadenceAdHoc})
	wantNextReview(t, s, p.ID, "an ad-hoc plan's", domain.Date{})

	q := importPlan(t, s, gen.Portfolio(2)[1])
	q.Reviews = nil
	if err := s.SavePlan(ctx, q); err != nil {
		t.Fatal(err)
	}
	wantNextReview(t, s, q.ID, "a plan never reviewed", domain.Date{})
}

func wantNextReview(t *testing.T, s Store, planID, what string, want domain.Date) {
	t.Helper()
	rows, err := s.Portfolio(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.PlanID == planID {
			if !r.NextReview.Equal(want) {
				t.Fatalf("%s next review: %v, want %v", what, r.NextReview, want)
			}
			return
		}
	}
	t.Fatalf("plan %s is not in the portfolio", planID)
}
