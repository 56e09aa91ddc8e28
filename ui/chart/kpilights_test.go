package chart

import (
	"fmt"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

var kpiText = KPIText{PlanB: "PLAN B TRIGGERED", Value: func(k domain.KPI) string {
	if m, ok := k.Latest(); ok {
		return fmt.Sprintf("%v (%s) → %v", m.Value, m.Period, k.Target)
	}
	return fmt.Sprintf("→ %v", k.Target)
}}

func kpiOf(name string, dir domain.Direction, target float64, values ...float64) domain.KPI {
	k := domain.NewKPI(name)
	k.ID, k.Direction, k.Target = name, dir, target
	for i, v := range values {
		k.History = append(k.History, domain.Measurement{Period: fmt.Sprintf("2027-%02d", i+1), Value: v})
	}
	return k
}

func TestKPILightsClassesFollowTheDomainStatus(t *testing.T) {
	red := kpiOf("churn", domain.LowerIsBetter, 2, 3, 3.5, 4)
	red.PlanB.RedPeriods = 2
	kpis := []domain.KPI{kpiOf("revenue", domain.HigherIsBetter, 100, 80, 95, 101), kpiOf("csat", domain.HigherIsBetter, 100, 92),
		red, kpiOf("new", domain.HigherIsBetter, 10)}
	l := LayoutKPILights(kpis, kpiText, DefaultKPIOptions(900))
	want := []domain.Status{domain.StatusGreen, domain.StatusAmber, domain.StatusRed, domain.StatusNone}
	for i, r := range l.Rows {
		if r.Class != want[i] || r.Class != kpis[i].Status() {
			t.Errorf("%s: class %q, want %q", r.KPIID, r.Class, want[i])
		}
		if r.PlanB != (r.KPIID == "churn") || (r.Flag.W > 0) != r.PlanB {
			t.Errorf("%s: plan B %v, flag %+v", r.KPIID, r.PlanB, r.Flag)
		}
		for _, b := range []Rect{r.Light, r.Spark.Box, r.Name.Box, r.Flag} {
			if b.W > 0 && !b.Inside(r.Row) {
				t.Errorf("%s: %+v leaves the row %+v", r.KPIID, b, r.Row)
			}
		}
		if r.Spark.Box.Overlaps(r.Name.Box) || r.Spark.Box.Overlaps(r.Light) || (r.PlanB && r.Flag.Overlaps(r.Spark.Box)) {
			t.Errorf("%s: parts overlap", r.KPIID)
		}
	}
	if h := l.HitTest(l.Rows[2].Flag.Center()); h.KPIID != "churn" || !h.PlanB {
		t.Errorf("the flag hits %+v", h)
	}
	if h := l.HitTest(l.Rows[0].Light.Center()); h.KPIID != "revenue" || h.PlanB {
		t.Errorf("the light hits %+v", h)
	}
	visibleInFrame(t, l.Frame, l.Labels())
}

func TestKPISparklineHoldsValuesTargetAndThresholds(t *testing.T) {
	for _, k := range []domain.KPI{
		kpiOf("up", domain.HigherIsBetter, 100, 80, 95, 120, 60),
		kpiOf("down", domain.LowerIsBetter, 2, 3, 2.1, 1.5),
		kpiOf("flat", domain.HigherIsBetter, 5, 5, 5),
		kpiOf("one", domain.HigherIsBetter, 5, 4),
	} {
		s := LayoutKPILights([]domain.KPI{k}, kpiText, DefaultKPIOptions(700)).Rows[0].Spark
		in := func(p Point) bool { return s.Box.Contains(p) }
		if len(s.Points) != len(k.History) {
			t.Fatalf("%s: %d points", k.ID, len(s.Points))
		}
		for j, p := range s.Points {
			if !in(p) {
				t.Errorf("%s: point %d %+v outside %+v", k.ID, j, p, s.Box)
			}
			if j > 0 && p.X <= s.Points[j-1].X {
				t.Errorf("%s: points not left to right", k.ID)
			}
		}
		for _, ln := range []*Line{s.Target, s.Green, s.Amber} {
			if ln == nil || !in(ln.From) || !in(ln.To) {
				t.Errorf("%s: reference line %+v outside %+v", k.ID, ln, s.Box)
			}
		}
		// a higher value is drawn higher up
		if k.ID == "up" && !(s.Points[2].Y < s.Points[3].Y) {
			t.Errorf("120 drawn below 60")
		}
	}
	g, a, _ := KPIThresholds(kpiOf("down", domain.LowerIsBetter, 2))
	if g != 2 || a <= g {
		t.Errorf("lower is better: green at %v, amber at %v", g, a)
	}
	g, a, _ = KPIThresholds(kpiOf("up", domain.HigherIsBetter, 100))
	if g != 100 || a != 90 {
		t.Errorf("higher is better: green at %v, amber at %v", g, a)
	}
}

func TestKPILightsOfTheLargePlanStayInTheirRows(t *testing.T) {
	kpis := gen.LargePlan().Plans[0].KPIs
	for _, w := range []float64{520, 900, 1300} {
		l := LayoutKPILights(kpis, kpiText, DefaultKPIOptions(w))
		visibleInFrame(t, l.Frame, l.Labels())
	}
}

// The plan-B flag shows its whole text in both languages when the row has room: the width
// computed for it, divided back, must not cut it by a rounding error.
func TestKPIPlanBFlagIsWhole(t *testing.T) {
	for _, flag := range []string{"PLAN B TRIGGERED ›", "PLAN B ACTIVADO ›", "PLAN B ✓"} {
		k := kpiOf("paradas", domain.LowerIsBetter, 2, 3, 3.5, 4)
		k.PlanB.RedPeriods = 2
		l := LayoutKPILights([]domain.KPI{k}, KPIText{PlanB: flag, Value: kpiText.Value}, DefaultKPIOptions(900))
		if len(l.Rows) != 1 || !l.Rows[0].PlanB {
			t.Fatal("the KPI did not trigger plan B")
		}
		if got := l.Rows[0].FlagTxt.Text; got != flag {
			t.Errorf("flag %q drawn as %q", flag, got)
		}
	}
}

// The light and the green and amber lines judge the latest value against the interim target in
// force; the dashed line stays the final target.
func TestKPISparklineThresholdsOfTheInterimTarget(t *testing.T) {
	k := kpiOf("cases", domain.HigherIsBetter, 6, 2, 3, 4)
	k.Milestones = []domain.Measurement{{Period: "2027-02", Value: 3}, {Period: "2027-12", Value: 6}}
	r := LayoutKPILights([]domain.KPI{k}, kpiText, DefaultKPIOptions(700)).Rows[0]
	s, latest := r.Spark, r.Spark.Points[2]
	if r.Class != domain.StatusGreen {
		t.Errorf("4 against the interim 3 is %q", r.Class)
	}
	if !(latest.Y <= s.Green.From.Y && s.Target.From.Y < latest.Y) {
		t.Errorf("latest at y %v: green line %v should be at or below it, target %v above", latest.Y, s.Green.From.Y, s.Target.From.Y)
	}
}
