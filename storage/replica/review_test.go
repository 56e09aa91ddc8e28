package replica

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/review"
)

// A review recorded on one side and the cadence changed on the other: after the sync both
// sides' portfolios say when the next review is due, as the merged plan says.
func TestTheNextReviewTravelsWithTheSync(t *testing.T) {
	for name, remote := range map[string]func(t *testing.T) Store{
		"sqlite":   func(t *testing.T) Store { return tempStore(t, "server") },
		"postgres": func(t *testing.T) Store { return pgServer(t) },
	} {
		t.Run(name, func(t *testing.T) {
			remote := remote(t)
			local, planID := twoStoresOn(t, remote)
			edit(t, remote, remoteID(t, local, planID), review.Record(domain.Review{ID: "rv-1", Date: domain.NewDate(2026, 3, 10)}, nil))
			edit(t, local, planID, set(domain.FieldReviewCadence, domain.CadenceQuarterly))
			if r := mustSync(t, local, remote); r.Merged != 1 {
				t.Fatalf("report %+v: want the plan merged", r)
			}
			for side, st := range map[string]Store{"laptop": local, "server": remote} {
				if got := nextReviewOf(t, st); !got.Equal(domain.NewDate(2026, 6, 10)) {
					t.Errorf("%s: next review %v, want 2026-06-10", side, got)
				}
			}
		})
	}
}

func nextReviewOf(t *testing.T, st Store) domain.Date {
	t.Helper()
	rows, err := st.Portfolio(ctx)
	if err != nil || len(rows) != 1 {
		t.Fatalf("portfolio: %d plans, %v", len(rows), err)
	}
	return rows[0].NextReview
}
