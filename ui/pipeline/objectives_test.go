package pipeline

import (
	"testing"

	"kamplan/domain"
	"kamplan/ui/locale"
)

func TestObjectiveSummary(t *testing.T) {
	target := 500.0
	p := domain.NewPlan("a", "FY2027")
	p.Currency = "EUR"
	money := domain.Objective{ID: "o1", Statement: "Grow", Unit: "k€", Target: &target}
	share := domain.Objective{ID: "o2", Statement: "Share", Unit: "%", Target: &target}
	p.Objectives = []domain.Objective{money, share}
	p.Opportunities = []domain.Deal{
		{ID: "d1", Name: "a", Value: 100_000_00, Stage: domain.StageWon, ObjectiveIDs: []string{"o1", "o2"}},
		{ID: "d2", Name: "b", Value: 400_000_00, Stage: "propose", Probability: 50, ObjectiveIDs: []string{"o1"}},
	}
	tests := []struct {
		lang  string
		o     domain.Objective
		ratio float64
		want  string
	}{
		{"en", money, 3, "⚠ won €100,000 · weighted pipeline €200,000 · gap €400,000"},
		{"es", money, 0.5, "ganado 100.000\u00a0€ · oportunidades ponderadas 200.000\u00a0€ · brecha 400.000\u00a0€"},
		{"en", share, 3, ""},
	}
	for _, tt := range tests {
		if got := ObjectiveSummary(locale.New(tt.lang), p, tt.o, tt.ratio); got != tt.want {
			t.Errorf("%s %s: %q, want %q", tt.lang, tt.o.ID, got, tt.want)
		}
	}
}
