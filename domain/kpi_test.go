package domain

import "testing"

func TestKPIStatus(t *testing.T) {
	up := KPI{Direction: HigherIsBetter, Target: 100, GreenPct: 100, AmberPct: 90}
	down := KPI{Direction: LowerIsBetter, Target: 10, GreenPct: 100, AmberPct: 90}
	tests := []struct {
		name   string
		k      KPI
		actual float64
		want   Status
	}{
		{"on target", up, 100, StatusGreen},
		{"above target", up, 130, StatusGreen},
		{"amber edge", up, 90, StatusAmber},
		{"just red", up, 89.9, StatusRed},
		{"lower: under target is green", down, 8, StatusGreen},
		{"lower: 10% above is amber", down, 11, StatusAmber},
		{"lower: far above is red", down, 20, StatusRed},
		{"lower: zero is best", down, 0, StatusGreen},
		{"zero target cannot be judged", KPI{Direction: HigherIsBetter, GreenPct: 100, AmberPct: 90}, 5, StatusNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.k.StatusOf(tt.actual); got != tt.want {
				t.Fatalf("StatusOf(%v) = %q, want %q", tt.actual, got, tt.want)
			}
		})
	}
}

func history(vals ...float64) []Measurement {
	out := make([]Measurement, len(vals))
	for i, v := range vals {
		out[i] = Measurement{Period: NewDate(2026, 1, 1).AddMonths(i).String()[:7], Value: v}
	}
	return out
}

func TestPlanBTrigger(t *testing.T) {
	tests := []struct {
		name string
		vals []float64
		n    int
		want bool
	}{
		{"three reds in a row", []float64{100, 50, 60, 70}, 3, true},
		{"red streak broken by amber", []float64{50, 60, 95, 70}, 3, false},
		{"not enough history", []float64{50, 60}, 3, false},
		{"no trigger set", []float64{50, 60, 70}, 0, false},
		{"latest green", []float64{50, 60, 70, 100}, 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := NewKPI("Revenue")
			k.Target = 100
			k.History = history(tt.vals...)
			k.PlanB.RedPeriods = tt.n
			if got := k.PlanBTriggered(); got != tt.want {
				t.Fatalf("PlanBTriggered = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestKPIStatusUsesLatest(t *testing.T) {
	k := NewKPI("NPS")
	k.Target = 40
	if k.Status() != StatusNone {
		t.Fatal("a KPI without history has a status")
	}
	k.History = history(10, 41)
	if k.Status() != StatusGreen {
		t.Fatalf("status %q, want green from the latest value", k.Status())
	}
}

func TestKPIValidation(t *testing.T) {
	tests := []struct {
		name string
		edit func(k *KPI)
		path string
	}{
		{"valid", func(k *KPI) {}, ""},
		{"direction", func(k *KPI) { k.Direction = "up" }, "kpis[0].direction"},
		{"amber above green", func(k *KPI) { k.AmberPct = 110 }, "kpis[0].amber_pct"},
		{"duplicate period", func(k *KPI) { k.History = append(k.History, k.History[0]) }, "kpis[0].history[2].period"},
		{"milestone without a period", func(k *KPI) { k.Milestones = []Measurement{{Value: 3}} }, "kpis[0].milestones[0].period"},
		{"milestone period repeated", func(k *KPI) { k.Milestones = []Measurement{{"2026-06", 3}, {"2026-03", 2}, {"2026-06", 4}} }, "kpis[0].milestones[2].period"},
		{"unknown contingency action", func(k *KPI) { k.PlanB.ActionIDs = []string{"zz"} }, "kpis[0].plan_b.action_ids[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			k := NewKPI("Revenue")
			k.Target = 10
			k.History = history(5, 6)
			tt.edit(&k)
			p.KPIs = []KPI{k}
			assertProblem(t, p.Validate(), tt.path)
		})
	}
}
