package domain

import "slices"

// Direction says whether a KPI improves upwards or downwards.
type Direction string

const (
	HigherIsBetter Direction = "higher"
	LowerIsBetter  Direction = "lower"
)

// Status is a KPI traffic light; StatusNone when there is no measure yet.
type Status string

const (
	StatusNone  Status = ""
	StatusGreen Status = "green"
	StatusAmber Status = "amber"
	StatusRed   Status = "red"
)

// Measurement is one measured value of a KPI in a period (e.g. 2027-03).
type Measurement struct {
	Period string  `json:"period"`
	Value  float64 `json:"value"`
}

// PlanB is the contingency: when the KPI is red for RedPeriods consecutive periods,
// the listed contingency actions start.
type PlanB struct {
	RedPeriods int      `json:"red_periods,omitempty"`
	ActionIDs  []string `json:"action_ids,omitempty"`
}

// KPI is an indicator followed through the plan.
type KPI struct {
	ID        string        `json:"id"`
	Name      string        `json:"name"`
	Unit      string        `json:"unit,omitempty"`
	Direction Direction     `json:"direction"`
	Baseline  float64       `json:"baseline"`
	Target    float64       `json:"target"`
	GreenPct  float64       `json:"green_pct"` // attainment for green, default 100
	AmberPct  float64       `json:"amber_pct"` // attainment for amber, default 90
	History   []Measurement `json:"history,omitempty"`
	// Milestones are interim targets by period, in History's period format (see TargetFor).
	Milestones []Measurement `json:"milestones,omitempty"`
	PlanB      PlanB         `json:"plan_b"`
	Internal   bool          `json:"internal,omitempty"`
}

// NewKPI returns a KPI with the default thresholds.
func NewKPI(name string) KPI {
	return KPI{ID: NewID(), Name: name, Direction: HigherIsBetter, GreenPct: 100, AmberPct: 90}
}

// Attainment is actual ÷ target (target ÷ actual when lower is better), in %.
// ok is false when it cannot be computed (zero target, or zero actual when lower is better).
func (k KPI) Attainment(actual float64) (float64, bool) {
	if k.Direction == LowerIsBetter {
		if actual <= 0 {
			return 0, false
		}
		return k.Target / actual * 100, true
	}
	if k.Target == 0 {
		return 0, false
	}
	return actual / k.Target * 100, true
}

// StatusOf is the traffic light of one value.
func (k KPI) StatusOf(actual float64) Status {
	if k.Direction == LowerIsBetter && actual <= 0 {
		return StatusGreen // nothing to reduce: best possible
	}
	att, ok := k.Attainment(actual)
	if !ok {
		return StatusNone
	}
	switch {
	case att >= k.GreenPct:
		return StatusGreen
	case att >= k.AmberPct:
		return StatusAmber
	}
	return StatusRed
}

// TargetFor is the target in force for a measurement of period p: the milestone of p, else
// the latest milestone before p; before the first milestone the baseline, where the path
// starts (a value is expected to hold at least there); without milestones the final Target.
func (k KPI) TargetFor(p string) float64 {
	if m, ok := k.MilestoneFor(p); ok {
		return m.Value
	}
	if len(k.Milestones) > 0 {
		return k.Baseline
	}
	return k.Target
}

// MilestoneFor is the milestone in force in period p: p's own, else the latest before p;
// ok is false before the first. Periods compare as History's do, as text.
func (k KPI) MilestoneFor(p string) (m Measurement, ok bool) {
	for _, x := range k.Milestones {
		if x.Period != "" && x.Period <= p && (!ok || x.Period > m.Period) {
			m, ok = x, true
		}
	}
	return m, ok
}

// DropMilestonesBefore leaves out the interim targets of periods before month ("2028-01"):
// a plan rolled into a new period keeps only the path still ahead of it.
func (p *Plan) DropMilestonesBefore(month string) {
	for i := range p.KPIs {
		p.KPIs[i].Milestones = slices.DeleteFunc(p.KPIs[i].Milestones, func(m Measurement) bool { return m.Period < month })
	}
}

// InForce is the KPI as it judges a measurement of period p: its target is the one in force.
func (k KPI) InForce(p string) KPI {
	k.Target = k.TargetFor(p)
	return k
}

// StatusIn is the traffic light of a value measured in period p, against the target in force.
func (k KPI) StatusIn(p string, actual float64) Status {
	return k.InForce(p).StatusOf(actual)
}

// Latest is the most recent measurement; ok is false when there is none.
func (k KPI) Latest() (Measurement, bool) {
	if len(k.History) == 0 {
		return Measurement{}, false
	}
	return k.History[len(k.History)-1], true
}

// Status is the traffic light of the latest measurement.
func (k KPI) Status() Status {
	m, ok := k.Latest()
	if !ok {
		return StatusNone
	}
	return k.StatusIn(m.Period, m.Value)
}

// PlanBTriggered reports whether the last RedPeriods measurements are all red.
func (k KPI) PlanBTriggered() bool {
	n := k.PlanB.RedPeriods
	if n <= 0 || len(k.History) < n {
		return false
	}
	for _, m := range k.History[len(k.History)-n:] {
		if k.StatusIn(m.Period, m.Value) != StatusRed {
			return false
		}
	}
	return true
}

func (p planCheck) checkKPI(c checker, k KPI) {
	c.required("name", k.Name)
	if k.Direction != HigherIsBetter && k.Direction != LowerIsBetter {
		c.add("direction", "err.choice", "must be higher or lower")
	}
	if k.GreenPct <= 0 || k.GreenPct > 1000 {
		c.add("green_pct", "err.threshold", "must be more than 0 and at most 1000 %%")
	}
	if k.AmberPct <= 0 || k.AmberPct > k.GreenPct {
		c.add("amber_pct", "err.amber", "must be more than 0 and not above the green threshold")
	}
	if k.PlanB.RedPeriods < 0 || k.PlanB.RedPeriods > 24 {
		c.add("plan_b.red_periods", "err.range", "must be %d–%d", 0, 24)
	}
	checkPeriods(c, "history", k.History)
	checkPeriods(c, "milestones", k.Milestones)
	for j, id := range k.PlanB.ActionIDs {
		if !p.hasAction(id) {
			c.add(sprintfIdx("plan_b.action_ids", j), "err.unknown_action", "no action with id %q", id)
		}
	}
}

// checkPeriods requires each value's period and refuses a period given twice.
func checkPeriods(c checker, field string, h []Measurement) {
	ascending := periodsAscending(h)
	for j, m := range h {
		if m.Period == "" {
			c.add(sprintfIdx(field, j)+".period", "err.required", "is required")
		} else if !ascending && slices.ContainsFunc(h[:j], func(o Measurement) bool { return o.Period == m.Period }) {
			c.add(sprintfIdx(field, j)+".period", "err.duplicate", "duplicate period %q", m.Period)
		}
	}
}

// periodsAscending reports whether each measurement's period comes after the one before
// it: such a history repeats no period, and is how a history is usually kept.
func periodsAscending(h []Measurement) bool {
	for j := 1; j < len(h); j++ {
		if h[j].Period <= h[j-1].Period {
			return false
		}
	}
	return true
}
