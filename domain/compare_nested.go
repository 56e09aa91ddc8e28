package domain

import (
	"slices"
	"sort"
)

// scoresCompare compares the scores of one axis of the portfolio matrix, factor by factor.
type scoresCompare struct{ axis AxisName }

func (s scoresCompare) coll() Coll {
	if s.axis == AxisStrength {
		return CollStrengthScores
	}
	return CollAttractivenessScores
}

func (s scoresCompare) compare(a, b Doc, out *[]Change) {
	if a.Plan == nil || b.Plan == nil {
		return
	}
	x, _ := axisOf(a.Plan, s.axis)
	y, _ := axisOf(b.Plan, s.axis)
	for _, id := range scoredFactors(x, y) {
		if x.Scores[id] != y.Scores[id] {
			*out = append(*out, Change{Section: SectionPortfolio, Kind: Changed, Coll: s.coll(), ID: id,
				Name: factorName(id, y, x), Field: "score", Old: x.Scores[id], New: y.Scores[id]})
		}
	}
}

// scoredFactors lists the factors of two axes, in the order of their factors, then the ids
// scored without a factor, sorted.
func scoredFactors(x, y *Axis) []string {
	var ids []string
	for _, f := range append(slices.Clone(y.Factors), x.Factors...) {
		if !slices.Contains(ids, f.ID) {
			ids = append(ids, f.ID)
		}
	}
	var rest []string
	for _, m := range []map[string]int{x.Scores, y.Scores} {
		for id := range m {
			if !slices.Contains(ids, id) && !slices.Contains(rest, id) {
				rest = append(rest, id)
			}
		}
	}
	sort.Strings(rest)
	return append(ids, rest...)
}

func factorName(id string, axes ...*Axis) string {
	for _, ax := range axes {
		for _, f := range ax.Factors {
			if f.ID == id {
				return f.Name
			}
		}
	}
	return id
}

// historyCompare compares the measurements of each KPI both states hold, period by period.
type historyCompare struct{}

func (historyCompare) compare(a, b Doc, out *[]Change) {
	if a.Plan == nil || b.Plan == nil {
		return
	}
	for _, kb := range b.Plan.KPIs {
		ka := a.Plan.FindKPI(kb.ID)
		if ka == nil {
			continue
		}
		c := diffCtx{coll: CollKPIHistory, parent: kb.ID,
			nameA: func(any) string { return ka.Name }, nameB: func(any) string { return kb.Name }}
		c.diff(measurements(ka.History), measurements(kb.History), out)
	}
}

func measurements(h []Measurement) []element {
	out := make([]element, len(h))
	for i, m := range h {
		out[i] = element{m.Period, m}
	}
	return out
}
