// Package smart checks an objective against the five letters of SMART (METHOD.md): what
// the objective editor shows live and the internal edition prints beside each objective.
package smart

import (
	"strings"
	"unicode"

	"kamplan/domain"
	"kamplan/domain/period"
)

// Check is the verdict on one letter of SMART.
type Check struct {
	Letter string // S, M, A, R or T
	OK     bool
	Key    string // catalogue key of the reason when not OK
	Msg    string // English reason
}

// Objective checks each letter of SMART on an objective of p; a failing letter says why.
func Objective(p *domain.Plan, o domain.Objective, span period.Range) []Check {
	return []Check{
		smartSpecific(o),
		smartMeasurable(p, o),
		smartAchievable(p, o),
		smartRelevant(p, o),
		smartTimeBound(o, span),
	}
}

// OK reports whether every letter passes.
func OK(cs []Check) bool {
	for _, c := range cs {
		if !c.OK {
			return false
		}
	}
	return true
}

func pass(l string) Check { return Check{Letter: l, OK: true} }

func fail(l, key, msg string) Check { return Check{Letter: l, Key: key, Msg: msg} }

func smartSpecific(o domain.Objective) Check {
	words := strings.Fields(o.Statement)
	if len(words) < 4 {
		return fail("S", "smart.s_short", "S: the statement is too short to say what will change")
	}
	if !strings.ContainsFunc(o.Statement, unicode.IsDigit) && o.Target == nil {
		return fail("S", "smart.s_subject", "S: the statement names no measurable amount")
	}
	return pass("S")
}

func smartMeasurable(p *domain.Plan, o domain.Objective) Check {
	if o.Target == nil {
		return fail("M", "smart.m_target", "M: no target value")
	}
	if o.KPIID != "" && p.FindKPI(o.KPIID) == nil {
		return fail("M", "smart.m_kpi", "M: the linked KPI no longer exists")
	}
	if o.KPIID == "" && strings.TrimSpace(o.Unit) == "" {
		return fail("M", "smart.m_unit", "M: no unit or KPI to measure it")
	}
	return pass("M")
}

func smartAchievable(p *domain.Plan, o domain.Objective) Check {
	if o.Target == nil {
		return fail("A", "smart.a_target", "A: no target to judge")
	}
	t := *o.Target
	if isPercent(unitOf(p, o)) && (t < 0 || t > 100) {
		return fail("A", "smart.a_pct", "A: a percentage target must be between 0 and 100")
	}
	if o.Baseline != nil && *o.Baseline > 0 && (t > *o.Baseline*10 || t < *o.Baseline/10) {
		return fail("A", "smart.a_range", "A: the target is more than ten times away from the baseline")
	}
	return pass("A")
}

func unitOf(p *domain.Plan, o domain.Objective) string {
	if k := p.FindKPI(o.KPIID); k != nil {
		return k.Unit
	}
	return o.Unit
}

func isPercent(unit string) bool { return strings.Contains(unit, "%") }

func smartRelevant(p *domain.Plan, o domain.Objective) Check {
	if o.StrategyID != "" && p.FindStrategy(o.StrategyID) != nil {
		return pass("R")
	}
	if it, _ := p.FindItem(o.ItemID); o.ItemID != "" && it != nil {
		return pass("R")
	}
	return fail("R", "smart.r_link", "R: not linked to a strategy or SWOT item")
}

func smartTimeBound(o domain.Objective, span period.Range) Check {
	if o.Deadline.IsZero() {
		return fail("T", "smart.t_none", "T: no deadline")
	}
	if !span.Known() {
		return pass("T")
	}
	if o.Deadline.Before(span.Start.AddMonths(-3)) || o.Deadline.After(span.End.AddMonths(6)) {
		return fail("T", "smart.t_period", "T: the deadline is far outside the plan period")
	}
	return pass("T")
}
