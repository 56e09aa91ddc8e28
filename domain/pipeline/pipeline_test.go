package pipeline

import (
	"testing"

	"kamplan/domain"
)

func ptr(v float64) *float64 { return &v }

// dealsPlan has one revenue objective of 500 k€ (o1), one measured in % (o2) and four
// opportunities: two open, one won, one lost.
func dealsPlan() *domain.Plan {
	p := domain.NewPlan("acc", "FY2027")
	p.Currency = "EUR"
	p.Objectives = []domain.Objective{
		{ID: "o1", Statement: "Grow revenue to 500 k€", Category: domain.CatFinancial, Unit: "k€", Target: ptr(500)},
		{ID: "o2", Statement: "Raise share to 35 %", Category: domain.CatFinancial, Unit: "%", Target: ptr(35)},
	}
	p.Opportunities = []domain.Deal{
		{ID: "d1", Name: "Line 3", Value: 200_000_00, Stage: Propose, Probability: 50, ObjectiveIDs: []string{"o1"}},
		{ID: "d2", Name: "Spares", Value: 100_000_00, Stage: Qualify, Probability: 10, ObjectiveIDs: []string{"o1", "o2"}},
		{ID: "d3", Name: "Audit", Value: 150_000_00, Stage: domain.StageWon, Probability: 100, ObjectiveIDs: []string{"o1"}},
		{ID: "d4", Name: "Robots", Value: 80_000_00, Stage: domain.StageLost, ObjectiveIDs: []string{"o1"}},
	}
	return p
}

func TestSums(t *testing.T) {
	p := dealsPlan()
	tests := []struct {
		name string
		got  Sum
		want Sum
	}{
		{"total", Total(p), Sum{Open: 2, Unweighted: 300_000_00, Weighted: 110_000_00, Won: 150_000_00, WonCount: 1, Lost: 80_000_00}},
		{"objective o1", ByObjective(p)["o1"], Sum{Open: 2, Unweighted: 300_000_00, Weighted: 110_000_00, Won: 150_000_00, WonCount: 1, Lost: 80_000_00}},
		{"objective o2", ByObjective(p)["o2"], Sum{Open: 1, Unweighted: 100_000_00, Weighted: 10_000_00}},
		{"stage propose", ByStage(p)[Propose], Sum{Open: 1, Unweighted: 200_000_00, Weighted: 100_000_00}},
		{"stage won", ByStage(p)[domain.StageWon], Sum{Won: 150_000_00, WonCount: 1}},
		{"empty plan", Total(domain.NewPlan("a", "FY2027")), Sum{}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, tt.got, tt.want)
		}
	}
}

func TestCoverageAndGap(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(p *domain.Plan)
		ratio   float64
		gap     int64
		covered float64
		short   bool
	}{
		// target 500 k€, won 150 k€: gap 350 k€, weighted 110 k€
		{"gap short of 3×", func(p *domain.Plan) {}, 3, 350_000_00, 110.0 / 350, true},
		{"covered once is enough at ratio 0.3", func(p *domain.Plan) {}, 0.3, 350_000_00, 110.0 / 350, false},
		{"won beyond the target: no gap", func(p *domain.Plan) { p.Opportunities[2].Value = 600_000_00 }, 3, 0, 0, false},
		{"weighted 3× the gap", func(p *domain.Plan) { p.Opportunities[0].Value, p.Opportunities[0].Probability = 1_040_000_00, 100 }, 3, 350_000_00, 3, false},
		{"target in millions", func(p *domain.Plan) { p.Objectives[0].Unit, p.Objectives[0].Target = "MEUR", ptr(0.5) }, 3, 350_000_00, 110.0 / 350, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := dealsPlan()
			tt.edit(p)
			prs := Objectives(p, tt.ratio)
			if len(prs) != 1 || prs[0].Objective.ID != "o1" {
				t.Fatalf("revenue objectives %+v, want o1 alone (o2 is in %%)", prs)
			}
			pr := prs[0]
			if pr.Gap != tt.gap || pr.Short != tt.short || abs(pr.Covered-tt.covered) > 1e-9 {
				t.Errorf("gap %d covered %.3f short %v, want %d %.3f %v", pr.Gap, pr.Covered, pr.Short, tt.gap, tt.covered, tt.short)
			}
		})
	}
}

func abs(x float64) float64 { return max(x, -x) }

func TestRevenueTargetUnits(t *testing.T) {
	p := domain.NewPlan("a", "FY2027")
	p.Currency = "EUR"
	for unit, want := range map[string]int64{"€": 100, "EUR": 100, "k€": 100_000, "kEUR": 100_000, "M€": 100_000_000, "%": -1, "puntos": -1, "k": -1, "$": -1} {
		got, ok := RevenueTarget(p, domain.Objective{Unit: unit, Target: ptr(1)})
		if (want < 0) == ok || (ok && got != want) {
			t.Errorf("unit %q: %d, %v; want %d", unit, got, ok, want)
		}
	}
	p.Currency = "GBP"
	for unit, want := range map[string]int64{"£": 100, "GBP": 100, "£k": 100_000, "£K": 100_000, "£m": 100_000_000, "£M": 100_000_000, "k£": 100_000, "GBPk": -1, "m£": -1, "€k": -1, "£bn": -1} {
		got, ok := RevenueTarget(p, domain.Objective{Unit: unit, Target: ptr(1)})
		if (want < 0) == ok || (ok && got != want) {
			t.Errorf("unit %q: %d, %v; want %d", unit, got, ok, want)
		}
	}
}

func TestMoveToSetsTheStagesProbabilityAndCloses(t *testing.T) {
	day := domain.NewDate(2027, 3, 1)
	d := domain.Deal{ID: "d", Name: "x", Stage: Qualify, Probability: 10}
	tests := []struct {
		stage  string
		pct    int
		closed domain.Date
	}{
		{Negotiate, 75, domain.Date{}}, {domain.StageWon, 100, day}, {domain.StageLost, 0, day}, {"custom", 10, domain.Date{}},
	}
	for _, tt := range tests {
		got := MoveTo(d, DefaultStages(), tt.stage, day)
		if got.Stage != tt.stage || got.Probability != tt.pct || !got.ClosedOn.Equal(tt.closed) {
			t.Errorf("to %s: %+v", tt.stage, got)
		}
	}
	reopened := MoveTo(domain.Deal{Stage: domain.StageWon, ClosedOn: day, Reason: "price"}, DefaultStages(), Develop, day)
	if !reopened.ClosedOn.IsZero() || reopened.Reason != "" || reopened.Probability != 25 {
		t.Errorf("reopened: %+v", reopened)
	}
}

func TestColumnsKeepAStageTheSettingsDropped(t *testing.T) {
	p := dealsPlan()
	p.Opportunities[0].Stage = "old"
	got := Columns([]domain.SalesStage{{Name: "a", Probability: 5}}, p)
	want := []string{"a", "old", Qualify, domain.StageWon, domain.StageLost}
	if len(got) != len(want) {
		t.Fatalf("%v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("%v, want %v", got, want)
		}
	}
}

func TestCheckSettings(t *testing.T) {
	tests := []struct {
		name   string
		stages []domain.SalesStage
		ratio  float64
		path   string
	}{
		{"defaults", nil, 0, ""},
		{"own stages", []domain.SalesStage{{Name: "Lead", Probability: 5}, {Name: "Commit", Probability: 90}}, 2.5, ""},
		{"blank name", []domain.SalesStage{{Name: " ", Probability: 5}}, 3, "stages[0].name"},
		{"named won", []domain.SalesStage{{Name: "Won", Probability: 100}}, 3, "stages[0].name"},
		{"twice", []domain.SalesStage{{Name: "Lead", Probability: 5}, {Name: "lead", Probability: 9}}, 3, "stages[1].name"},
		{"over 100 %", []domain.SalesStage{{Name: "Lead", Probability: 101}}, 3, "stages[0].probability"},
		{"negative ratio", nil, -1, "coverage"},
	}
	for _, tt := range tests {
		ps := CheckSettings(domain.Settings{Stages: tt.stages, Coverage: tt.ratio})
		switch {
		case tt.path == "" && len(ps) > 0:
			t.Errorf("%s: %v", tt.name, ps)
		case tt.path != "" && (len(ps) != 1 || ps[0].Path != tt.path):
			t.Errorf("%s: %v, want one problem at %s", tt.name, ps, tt.path)
		}
	}
}
