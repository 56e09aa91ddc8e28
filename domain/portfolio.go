package domain

import "fmt"

// Factor is one weighted criterion of a portfolio axis.
type Factor struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Weight int    `json:"weight"` // the account is placed once the weights of an axis sum to 100
	// Anchors says what scores of 2, 5 and 8 mean, as the company words it (Settings);
	// empty: the catalogue's anchors for the factor.
	Anchors string `json:"anchors,omitempty"`
}

// Axis is one axis of the Customer Portfolio Matrix: factors with weights and the scores (1–10) given.
type Axis struct {
	Factors []Factor       `json:"factors,omitempty"`
	Scores  map[string]int `json:"scores,omitempty"` // by factor ID
}

// Portfolio holds the scoring of the account on both axes of the matrix.
// Attractiveness factors are the portfolio's (one set for all accounts); strength criteria are the plan's.
type Portfolio struct {
	Attractiveness Axis `json:"attractiveness"`
	Strength       Axis `json:"strength"`
}

// DefaultCutoff splits each axis into high and low.
const DefaultCutoff = 5.5

// PortfolioQuadrant is keyed attractiveness/strength: HH, HL, LH, LL.
type PortfolioQuadrant string

const (
	QuadStrategic  PortfolioQuadrant = "HH"
	QuadStar       PortfolioQuadrant = "HL"
	QuadStatus     PortfolioQuadrant = "LH"
	QuadStreamline PortfolioQuadrant = "LL"
)

// PortfolioQuadrants lists the quadrants in display order.
var PortfolioQuadrants = []PortfolioQuadrant{QuadStrategic, QuadStar, QuadStatus, QuadStreamline}

// DefaultAttractivenessFactors is the portfolio's starting set (editable in settings).
func DefaultAttractivenessFactors() []Factor {
	return []Factor{
		{ID: "volume", Name: "Purchase volume", Weight: 25},
		{ID: "growth", Name: "Growth potential", Weight: 20},
		{ID: "profitability", Name: "Profitability", Weight: 20},
		{ID: "fit", Name: "Strategic fit", Weight: 15},
		{ID: "engagement", Name: "Opportunity to engage", Weight: 10},
		{ID: "risk", Name: "Risk of volume reduction", Weight: 10},
	}
}

// DefaultStrengthCriteria is a new plan's starting set of the client's buying criteria.
func DefaultStrengthCriteria() []Factor {
	return []Factor{
		{ID: "price", Name: "Price", Weight: 25},
		{ID: "quality", Name: "Quality", Weight: 25},
		{ID: "service", Name: "Service", Weight: 20},
		{ID: "reliability", Name: "Reliability", Weight: 15},
		{ID: "knowhow", Name: "Know-how", Weight: 15},
	}
}

// WeightSum is the sum of the axis weights.
func (a Axis) WeightSum() int {
	s := 0
	for _, f := range a.Factors {
		s += f.Weight
	}
	return s
}

// Complete reports whether the weights sum to 100 and every factor has a valid score.
func (a Axis) Complete() bool {
	if len(a.Factors) == 0 || a.WeightSum() != 100 {
		return false
	}
	for _, f := range a.Factors {
		if s, ok := a.Scores[f.ID]; !ok || s < 1 || s > 10 {
			return false
		}
	}
	return true
}

// Total is Σ(weight × score) / 100, from 1.0 to 10.0; ok is false when the axis is incomplete.
func (a Axis) Total() (float64, bool) {
	if !a.Complete() {
		return 0, false
	}
	sum := 0
	for _, f := range a.Factors {
		sum += f.Weight * a.Scores[f.ID]
	}
	return float64(sum) / 100, true
}

// Position is where an account stands in the matrix; Placed is false when either axis is incomplete.
type Position struct {
	Attractiveness float64
	Strength       float64
	Quadrant       PortfolioQuadrant
	Placed         bool
}

// Position computes the axis totals and the quadrant with the given cut-off.
func (p Portfolio) Position(cutoff float64) Position {
	at, ok1 := p.Attractiveness.Total()
	st, ok2 := p.Strength.Total()
	if !ok1 || !ok2 {
		return Position{Attractiveness: at, Strength: st}
	}
	return Position{Attractiveness: at, Strength: st, Quadrant: QuadrantOf(at, st, cutoff), Placed: true}
}

// QuadrantOf places totals against a cut-off: at or above the cut-off is high.
func QuadrantOf(attractiveness, strength, cutoff float64) PortfolioQuadrant {
	k := "L"
	if attractiveness >= cutoff {
		k = "H"
	}
	if strength >= cutoff {
		return PortfolioQuadrant(k + "H")
	}
	return PortfolioQuadrant(k + "L")
}

// CheckWeights validates factor names and that the weights sum to exactly 100 (the portfolio's
// factors, saved from a dialog as a whole).
func CheckWeights(fs []Factor) error {
	c := newChecker()
	checkFactors(c, fs)
	if s := sumWeights(fs); len(fs) > 0 && s != 100 {
		c.add("factors", "err.weights", "weights add up to %d; they must add up to 100", s)
	}
	return c.out.Err()
}

func checkFactors(c checker, fs []Factor) {
	seen := map[string]bool{}
	for i, f := range fs {
		fc := c.idx("factors", i)
		fc.required("name", f.Name)
		fc.intRange("weight", f.Weight, 0, 100)
		fc.maxLen("anchors", f.Anchors, 500)
		if seen[f.ID] {
			fc.add("id", "err.duplicate", "duplicate id %q", f.ID)
		}
		seen[f.ID] = true
	}
}

func sumWeights(fs []Factor) int { return Axis{Factors: fs}.WeightSum() }

// check validates the scores and, for an axis the plan owns, its factors. Weights that do not
// add up to 100 are not an error of the plan: each weight is stored as it is typed, and
// WeightsWarning says what is missing until the axis is complete.
func (a Axis) check(c checker, ownFactors bool) {
	if ownFactors {
		checkFactors(c, a.Factors)
	}
	for id, s := range a.Scores {
		if s < 1 || s > 10 {
			c.add(fmt.Sprintf("scores.%s", id), "err.range", "must be %d–%d", 1, 10)
		}
	}
}

// WeightsWarning says that the weights of the plan's strength criteria do not add up to 100,
// so the account is not placed on the matrix; nil when they do or there are none.
func (p *Plan) WeightsWarning() *Warning {
	ax := p.Portfolio.Strength
	if s := ax.WeightSum(); len(ax.Factors) > 0 && s != 100 {
		return &Warning{Key: "warn.weights", Args: []any{s},
			Msg: fmt.Sprintf("The strength criteria's weights add up to %d; they must add up to 100 to place the account", s)}
	}
	return nil
}
