package review

import (
	"testing"

	"kamplan/domain"
	"kamplan/ui/locale"
)

func TestTheObjectivesAreCountedByStatusWithTheirPluralForms(t *testing.T) {
	rated := func(ss ...domain.ReviewStatus) *domain.Review {
		r := &domain.Review{}
		for _, s := range ss {
			r.Objectives = append(r.Objectives, domain.ObjectiveReview{Status: s})
		}
		return r
	}
	for _, c := range []struct {
		lang string
		r    *domain.Review
		want string
	}{
		{"es", rated(domain.OffTrack, domain.OnTrack, domain.OffTrack), "Objetivos: 1 según lo previsto · 2 desviados"},
		{"es", rated(domain.OffTrack), "Objetivos: 1 desviado"},
		{"en", rated(domain.AtRisk, domain.OnTrack, domain.OnTrack), "Objectives: 2 on track · 1 at risk"},
		{"en", rated(), "No objective was rated."},
	} {
		if got := glance(locale.New(c.lang), c.r); got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, got, c.want)
		}
	}
}

func TestNewestFirstPutsTheLatestRecordedOfADayFirst(t *testing.T) {
	p := &domain.Plan{Reviews: []domain.Review{{ID: "a", Date: domain.NewDate(2026, 10, 15)},
		{ID: "b", Date: domain.NewDate(2026, 11, 16)}, {ID: "c", Date: domain.NewDate(2026, 10, 15)}}}
	var ids string
	for _, r := range newestFirst(p) {
		ids += r.ID
	}
	if ids != "bca" {
		t.Fatalf("newest first: %s, want bca", ids)
	}
}
