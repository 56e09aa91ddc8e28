package home

import (
	"slices"
	"strings"

	"kamplan/domain"
	"kamplan/domain/pipeline"
)

// pipelineText is an account's pipeline on its row: the open pipeline and how many times
// the weighted one covers the revenue objectives' gap, marked when it is below the ratio
// set in Settings; "" for a plan without opportunities.
func (h *Home) pipelineText(r domain.PlanSummary) string {
	if r.Pipeline == 0 && r.Won == 0 {
		return ""
	}
	s := h.loc.T("home.pipeline", h.loc.Compact(r.Pipeline), r.Currency)
	if r.Gap > 0 {
		covered := float64(r.Weighted) / float64(r.Gap)
		s += " · " + h.loc.T("home.coverage", h.loc.Number(covered, 1))
		if covered < h.ratio {
			s = "⚠ " + s
		}
	}
	return s
}

// pipelineFact is the selected account's pipeline: open, weighted, won and the gap.
func (h *Home) pipelineFact(r domain.PlanSummary) string {
	m := func(v int64) string { return h.loc.Money(v, r.Currency) }
	return h.loc.T("home.fact.pipeline_value", m(r.Pipeline), m(r.Weighted), m(r.Won), m(r.Gap))
}

// pipelineTotal is the portfolio's open and weighted pipeline, a sum per currency.
func (h *Home) pipelineTotal() string {
	open, weighted := map[string]int64{}, map[string]int64{}
	for _, r := range h.all {
		open[r.Currency] += r.Pipeline
		weighted[r.Currency] += r.Weighted
	}
	var parts []string
	for _, cur := range slices.Sorted(func(yield func(string) bool) {
		for c := range open {
			if open[c] != 0 && !yield(c) {
				return
			}
		}
	}) {
		parts = append(parts, h.loc.T("home.pipeline_total", h.loc.Money(open[cur], cur), h.loc.Money(weighted[cur], cur)))
	}
	return strings.Join(parts, " · ")
}

// coverageRatio is the ratio set in Settings, or the default.
func (h *Home) coverageRatio() float64 {
	st, err := h.sh.Store().Settings(h.sh.Context())
	if err != nil {
		return pipeline.DefaultCoverage
	}
	return pipeline.Coverage(st)
}
