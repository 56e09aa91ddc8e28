package domain

import (
	"math"
	"testing"
)

func axis(weights []int, scores []int) Axis {
	a := Axis{Scores: map[string]int{}}
	for i, w := range weights {
		id := string(rune('a' + i))
		a.Factors = append(a.Factors, Factor{ID: id, Name: id, Weight: w})
		if i < len(scores) {
			a.Scores[id] = scores[i]
		}
	}
	return a
}

func TestAxisTotal(t *testing.T) {
	tests := []struct {
		name    string
		weights []int
		scores  []int
		want    float64
		ok      bool
	}{
		{"weighted", []int{50, 30, 20}, []int{8, 6, 4}, 6.6, true},
		{"all ones", []int{60, 40}, []int{1, 1}, 1, true},
		{"all tens", []int{100}, []int{10}, 10, true},
		{"score missing", []int{50, 50}, []int{8}, 0, false},
		{"weights 95", []int{50, 45}, []int{8, 8}, 0, false},
		{"score out of range", []int{50, 50}, []int{11, 5}, 0, false},
		{"no factors", nil, nil, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := axis(tt.weights, tt.scores).Total()
			if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
				t.Fatalf("Total = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestQuadrantOf(t *testing.T) {
	tests := []struct {
		att, str float64
		want     PortfolioQuadrant
	}{
		{8, 8, QuadStrategic},
		{8, 3, QuadStar},
		{3, 8, QuadStatus},
		{3, 3, QuadStreamline},
		{5.5, 5.5, QuadStrategic}, // the cut-off itself counts as high
		{5.49, 5.5, QuadStatus},
	}
	for _, tt := range tests {
		if got := QuadrantOf(tt.att, tt.str, DefaultCutoff); got != tt.want {
			t.Errorf("QuadrantOf(%v, %v) = %s, want %s", tt.att, tt.str, got, tt.want)
		}
	}
}

func TestPositionIncomplete(t *testing.T) {
	p := Portfolio{Attractiveness: axis([]int{100}, []int{9}), Strength: axis([]int{50, 50}, []int{7})}
	pos := p.Position(DefaultCutoff)
	if pos.Placed || pos.Quadrant != "" {
		t.Fatalf("incomplete portfolio placed: %+v", pos)
	}
	p.Strength.Scores["b"] = 3
	pos = p.Position(DefaultCutoff)
	if !pos.Placed || pos.Quadrant != QuadStar || pos.Strength != 5 {
		t.Fatalf("want placed as a star, got %+v", pos)
	}
}

func TestCheckWeights(t *testing.T) {
	if err := CheckWeights(DefaultAttractivenessFactors()); err != nil {
		t.Fatalf("default factors rejected: %v", err)
	}
	if err := CheckWeights(DefaultStrengthCriteria()); err != nil {
		t.Fatalf("default criteria rejected: %v", err)
	}
	bad := DefaultAttractivenessFactors()
	bad[0].Weight -= 5
	assertProblem(t, CheckWeights(bad), "factors")
	dup := DefaultStrengthCriteria()
	dup[1].ID = dup[0].ID
	assertProblem(t, CheckWeights(dup), "factors[1].id")
}

func TestStrengthScoresValidated(t *testing.T) {
	p := validPlan()
	p.Portfolio.Strength.Scores = map[string]int{"price": 0}
	assertProblem(t, p.Validate(), "portfolio.strength.scores.price")
	p.Portfolio.Strength.Scores = map[string]int{"price": 10}
	p.Portfolio.Strength.Factors[0].Name = " "
	assertProblem(t, p.Validate(), "portfolio.strength.factors[0].name")
}

// Weights are typed one at a time: a plan whose weights do not add up to 100 yet is stored,
// warned about and not placed on the matrix.
func TestStrengthWeightsOffAHundredAreAWarning(t *testing.T) {
	tests := []struct {
		name   string
		change func(ax *Axis)
		warned bool
	}{
		{"a hundred", func(ax *Axis) {}, false},
		{"one weight raised", func(ax *Axis) { ax.Factors[0].Weight += 5 }, true},
		{"one weight lowered", func(ax *Axis) { ax.Factors[1].Weight -= 10 }, true},
		{"a criterion added at 0", func(ax *Axis) { ax.Factors = append(ax.Factors, Factor{ID: "x", Name: "X"}) }, false},
		{"no criteria", func(ax *Axis) { ax.Factors = nil }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			p.Portfolio.Strength.Factors = DefaultStrengthCriteria()
			tt.change(&p.Portfolio.Strength)
			if err := p.Validate(); err != nil {
				t.Fatalf("refused: %v", err)
			}
			w := p.WeightsWarning()
			if (w != nil) != tt.warned {
				t.Fatalf("warning %v, want %v", w, tt.warned)
			}
			if w == nil {
				return
			}
			if w.Key != "warn.weights" || w.Args[0] != p.Portfolio.Strength.WeightSum() {
				t.Fatalf("warning %+v", w)
			}
			if _, ok := p.Portfolio.Strength.Total(); ok {
				t.Fatal("an axis whose weights are off a hundred has a total")
			}
		})
	}
}

func TestLatestPlansKeepsEachAccountsNewest(t *testing.T) {
	rows := []PlanSummary{{AccountID: "a", Period: "FY2028"}, {AccountID: "a", Period: "FY2027"}, {AccountID: "b", Period: "FY2027"}}
	got := LatestPlans(rows)
	if len(got) != 2 || got[0].Period != "FY2028" || got[1].AccountID != "b" {
		t.Fatalf("%+v", got)
	}
}
