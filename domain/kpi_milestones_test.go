package domain

import "testing"

func milestones(pv ...any) []Measurement {
	var out []Measurement
	for i := 0; i+1 < len(pv); i += 2 {
		out = append(out, Measurement{Period: pv[i].(string), Value: float64(pv[i+1].(int))})
	}
	return out
}

func TestKPITargetInForce(t *testing.T) {
	quarterly := milestones("2026-03", 3, "2026-06", 4, "2026-09", 5)
	tests := []struct {
		name       string
		milestones []Measurement
		period     string
		want       float64
	}{
		{"no milestones: the final target", nil, "2026-03", 6},
		{"the milestone of the period", quarterly, "2026-06", 4},
		{"between milestones: the latest before", quarterly, "2026-08", 4},
		{"before the first: the baseline, where the path starts", quarterly, "2026-02", 2},
		{"after the last: the last milestone", quarterly, "2026-11", 5},
		{"milestones out of order", milestones("2026-09", 5, "2026-03", 3), "2026-04", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := NewKPI("Data use cases")
			k.Baseline, k.Target, k.Milestones = 2, 6, tt.milestones
			if got := k.TargetFor(tt.period); got != tt.want {
				t.Fatalf("TargetFor(%s) = %v, want %v", tt.period, got, tt.want)
			}
		})
	}
}

func TestKPIStatusAgainstMilestones(t *testing.T) {
	tests := []struct {
		name       string
		dir        Direction
		target     float64
		milestones []Measurement
		vals       []float64 // measured from 2026-01, month by month
		want       Status
	}{
		{"no milestones: 4 of 6 is red", HigherIsBetter, 6, nil, []float64{4}, StatusRed},
		{"4 against the milestone 3 of its month is green", HigherIsBetter, 6, milestones("2026-01", 3), []float64{4}, StatusGreen},
		{"4 against 4.4 in force since an earlier month is amber", HigherIsBetter, 6, []Measurement{{"2025-12", 4.4}}, []float64{4}, StatusAmber},
		{"before the first milestone, 4 against the baseline 5 is red", HigherIsBetter, 6, milestones("2026-03", 4), []float64{4}, StatusRed},
		{"before the first milestone, 5 holds the baseline 5: green", HigherIsBetter, 6, milestones("2026-03", 6), []float64{5}, StatusGreen},
		{"lower is better: 1.0 against 1.0 is green", LowerIsBetter, 0.6, []Measurement{{"2026-02", 1.0}}, []float64{1.3, 1.0}, StatusGreen},
		{"lower is better: 1.4 against 1.0 is red", LowerIsBetter, 0.6, []Measurement{{"2026-01", 1.0}}, []float64{1.0, 1.4}, StatusRed},
		{"lower is better, no milestones: 1.0 against 0.6 is red", LowerIsBetter, 0.6, nil, []float64{1.0}, StatusRed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := NewKPI("k")
			k.Direction, k.Target, k.Milestones, k.History = tt.dir, tt.target, tt.milestones, history(tt.vals...)
			k.Baseline = 5 // the path's start, in force before the first milestone
			if tt.dir == LowerIsBetter {
				k.Baseline = 1.2
			}
			if got := k.Status(); got != tt.want {
				t.Fatalf("Status = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPlanBAgainstMilestones(t *testing.T) {
	tests := []struct {
		name       string
		milestones []Measurement
		vals       []float64
		want       bool
	}{
		{"no milestones: three reds against 100", nil, []float64{50, 60, 70}, true},
		{"on the path of its milestones: no trigger", milestones("2026-01", 50, "2026-02", 60, "2026-03", 70), []float64{50, 60, 70}, false},
		{"one period on its path breaks the streak", milestones("2026-02", 60, "2026-03", 100), []float64{50, 60, 70}, false},
		{"behind its milestones three periods running", milestones("2026-01", 80, "2026-03", 90), []float64{50, 60, 70}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := NewKPI("Revenue")
			k.Target, k.Milestones, k.History, k.PlanB.RedPeriods = 100, tt.milestones, history(tt.vals...), 3
			if got := k.PlanBTriggered(); got != tt.want {
				t.Fatalf("PlanBTriggered = %v, want %v", got, tt.want)
			}
		})
	}
}
