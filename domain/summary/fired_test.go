package summary

import (
	"testing"

	"kamplan/domain"
)

// A plan-B action waits until its KPI's last measurements have all been red.
func TestFiredPlanB(t *testing.T) {
	red := []domain.Measurement{{Period: "2026-09", Value: 1}, {Period: "2026-10", Value: 1}}
	fired := domain.KPI{Direction: domain.HigherIsBetter, Target: 10, GreenPct: 100, AmberPct: 90, History: red,
		PlanB: domain.PlanB{RedPeriods: 2, ActionIDs: []string{"a"}}}
	waiting := fired
	waiting.PlanB = domain.PlanB{RedPeriods: 3, ActionIDs: []string{"b"}}
	got := FiredPlanB(&domain.Plan{KPIs: []domain.KPI{fired, waiting}})
	if !got["a"] || got["b"] || len(got) != 1 {
		t.Errorf("fired %v, want only a", got)
	}
}
