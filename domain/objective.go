package domain

import (
	"strings"
	"unicode"
)

// Category of a SMART objective.
type Category string

const (
	CatFinancial   Category = "financial"
	CatRelational  Category = "relational"
	CatOperational Category = "operational"
	CatStrategic   Category = "strategic"
)

// Categories lists the categories in display order.
var Categories = []Category{CatFinancial, CatRelational, CatOperational, CatStrategic}

// Objective is a SMART objective of the plan.
type Objective struct {
	ID         string   `json:"id"`
	Statement  string   `json:"statement"`
	Category   Category `json:"category"`
	Unit       string   `json:"unit,omitempty"`   // measure, when no KPI is linked
	KPIID      string   `json:"kpi_id,omitempty"` // measure: a linked KPI
	Baseline   *float64 `json:"baseline,omitempty"`
	Target     *float64 `json:"target,omitempty"`
	Deadline   Date     `json:"deadline"`
	Owner      string   `json:"owner,omitempty"`
	StrategyID string   `json:"strategy_id,omitempty"` // rationale: a cross-analysis strategy
	ItemID     string   `json:"item_id,omitempty"`     // or a SWOT item
	Rationale  string   `json:"rationale,omitempty"`
	Internal   bool     `json:"internal,omitempty"` // e.g. a share-of-wallet target
}

// SmartCheck is the verdict on one letter of SMART.
type SmartCheck struct {
	Letter string // S, M, A, R or T
	OK     bool
	Key    string // catalogue key of the reason when not OK
	Msg    string // English reason
}

// Smart checks each letter; a failing letter says why.
func (p *Plan) Smart(o Objective, period PeriodRange) []SmartCheck {
	return []SmartCheck{
		smartSpecific(o),
		smartMeasurable(p, o),
		smartAchievable(p, o),
		smartRelevant(p, o),
		smartTimeBound(o, period),
	}
}

// SmartOK reports whether every letter passes.
func SmartOK(cs []SmartCheck) bool {
	for _, c := range cs {
		if !c.OK {
			return false
		}
	}
	return true
}

func pass(l string) SmartCheck { return SmartCheck{Letter: l, OK: true} }

func fail(l, key, msg string) SmartCheck { return SmartCheck{Letter: l, Key: key, Msg: msg} }

func smartSpecific(o Objective) SmartCheck {
	words := strings.Fields(o.Statement)
	if len(words) < 4 {
		return fail("S", "smart.s_short", "S: the statement is too short to say what will change")
	}
	if !strings.ContainsFunc(o.Statement, unicode.IsDigit) && o.Target == nil {
		return fail("S", "smart.s_subject", "S: the statement names no measurable amount")
	}
	return pass("S")
}

func smartMeasurable(p *Plan, o Objective) SmartCheck {
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

func smartAchievable(p *Plan, o Objective) SmartCheck {
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

func unitOf(p *Plan, o Objective) string {
	if k := p.FindKPI(o.KPIID); k != nil {
		return k.Unit
	}
	return o.Unit
}

func isPercent(unit string) bool { return strings.Contains(unit, "%") }

func smartRelevant(p *Plan, o Objective) SmartCheck {
	if o.StrategyID != "" && p.FindStrategy(o.StrategyID) != nil {
		return pass("R")
	}
	if it, _ := p.FindItem(o.ItemID); o.ItemID != "" && it != nil {
		return pass("R")
	}
	return fail("R", "smart.r_link", "R: not linked to a strategy or SWOT item")
}

func smartTimeBound(o Objective, period PeriodRange) SmartCheck {
	if o.Deadline.IsZero() {
		return fail("T", "smart.t_none", "T: no deadline")
	}
	if !period.Known() {
		return pass("T")
	}
	if o.Deadline.Before(period.Start.AddMonths(-3)) || o.Deadline.After(period.End.AddMonths(6)) {
		return fail("T", "smart.t_period", "T: the deadline is far outside the plan period")
	}
	return pass("T")
}

func (p planCheck) checkObjective(c checker, o Objective) {
	c.required("statement", o.Statement)
	if o.Category != "" && o.Category != CatFinancial && o.Category != CatRelational &&
		o.Category != CatOperational && o.Category != CatStrategic {
		c.add("category", "err.choice", "must be one of financial, relational, operational, strategic")
	}
	if o.KPIID != "" && p.FindKPI(o.KPIID) == nil {
		c.add("kpi_id", "err.unknown_kpi", "no KPI with id %q", o.KPIID)
	}
	if o.StrategyID != "" && p.FindStrategy(o.StrategyID) == nil {
		c.add("strategy_id", "err.unknown_strategy", "no strategy with id %q", o.StrategyID)
	}
	if it, _ := p.FindItem(o.ItemID); o.ItemID != "" && it == nil {
		c.add("item_id", "err.unknown_item", "no SWOT item with id %q", o.ItemID)
	}
}
