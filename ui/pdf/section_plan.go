package pdf

import (
	"strings"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

// objectives are the SMART objectives in a table; its first rows stay with the title.
type objectives struct {
	laidOut *table // the table, laid out once for its height and to draw it
}

func (objectives) key() string { return "pdf.s.objectives" }

func (o *objectives) first(d *doc) float64 {
	if len(d.plan.Objectives) == 0 {
		return 10
	}
	return o.table(d).keepHeight(d)
}

func (o *objectives) draw(d *doc) {
	if len(d.plan.Objectives) == 0 {
		d.notAssessed()
		return
	}
	o.table(d).draw(d)
}

func (o *objectives) table(d *doc) table {
	if o.laidOut == nil {
		tb := o.makeTable(d).laidOut(d)
		o.laidOut = &tb
	}
	return *o.laidOut
}

// makeTable lists the objectives; the internal edition adds our SMART check of each
// (the letters, and why a letter fails), which the client edition leaves out.
func (o *objectives) makeTable(d *doc) table {
	period := domain.ParsePeriod(d.plan.Period)
	var rows [][]string
	failing := map[int]bool{}
	for i, ob := range d.plan.Objectives {
		statement := d.internalMark(ob.Internal) + d.txt(ob.Statement)
		if ob.Rationale != "" {
			statement += "\n" + d.t("pdf.rationale") + ": " + d.txt(ob.Rationale)
		}
		row := []string{statement, d.t("category." + string(ob.Category)), measure(d, ob), d.loc.LongDate(ob.Deadline), d.txt(ob.Owner)}
		if !d.client {
			smart, why := smartText(d, d.plan.Smart(ob, period))
			failing[i] = why != ""
			row[0] += why
			row = append(row, smart)
		}
		rows = append(rows, row)
	}
	header := []string{d.t("pdf.objective"), d.t("pdf.category"), d.t("pdf.measure"), d.t("pdf.deadline"), d.t("pdf.owner")}
	if d.client {
		return table{header: header, align: "LLLLL", nowrap: "...x.", rows: rows}
	}
	return table{header: append(header, "SMART"), align: "LLLLLC", nowrap: "...x.x", rows: rows,
		colourOf: func(row, col int) (chart.RGB, bool) {
			if col != 5 {
				return chart.RGB{}, false
			}
			if failing[row] {
				return chart.StatusColour(domain.StatusAmber), true
			}
			return chart.StatusColour(domain.StatusGreen), true
		}}
}

// smartText is "S M A R T" with a ✓ when all pass, and the reasons of failing letters.
func smartText(d *doc, cs []domain.SmartCheck) (string, string) {
	var letters []string
	var why []string
	for _, c := range cs {
		if c.OK {
			letters = append(letters, c.Letter)
		} else {
			letters = append(letters, "·")
			why = append(why, d.t(c.Key))
		}
	}
	if len(why) == 0 {
		return "✓ " + strings.Join(letters, ""), ""
	}
	return strings.Join(letters, ""), "\n" + strings.Join(why, "\n")
}

// measure is an objective's baseline → target in its unit (or its KPI's).
func measure(d *doc, o domain.Objective) string {
	unit := o.Unit
	if k := d.plan.FindKPI(o.KPIID); k != nil && unit == "" {
		unit = k.Unit
	}
	var parts []string
	if o.Baseline != nil {
		parts = append(parts, d.loc.Number(*o.Baseline, locale.Decimals(*o.Baseline)))
	}
	if o.Target != nil {
		parts = append(parts, d.loc.Number(*o.Target, locale.Decimals(*o.Target)))
	}
	return strings.TrimSpace(strings.Join(parts, " → ") + " " + d.txt(unit))
}

// actions are the action plan: the timeline, then the actions with their owners, dates
// and status, an overdue one in red.
type actions struct{}

func (actions) key() string          { return "pdf.s.actions" }
func (actions) first(d *doc) float64 { return 9 + timeline{}.height(d) }

func (actions) draw(d *doc) {
	if len(d.plan.Actions) == 0 {
		d.notAssessed()
		return
	}
	d.heading(d.t("pdf.timeline"), timeline{}.height(d))
	timeline{}.draw(d)
	var rows [][]string
	overdue := map[int]bool{}
	for i, a := range d.plan.Actions {
		status := d.t("status." + string(a.Status))
		if a.Overdue(d.in.Today) {
			status = d.t("status.overdue")
			overdue[i] = true
		}
		owner := d.txt(a.Owner)
		if a.ClientOwner != "" {
			owner += "\n" + d.txt(a.ClientOwner)
		}
		rows = append(rows, []string{d.txt(a.Title), owner, d.loc.LongDate(a.Start), d.loc.LongDate(a.Due), status})
	}
	table{header: []string{d.t("pdf.action"), d.t("pdf.owners"), d.t("pdf.start"), d.t("pdf.due"), d.t("pdf.status")}, align: "LLLLL", nowrap: "..xx.", rows: rows,
		colourOf: func(row, col int) (chart.RGB, bool) {
			return chart.StatusColour(domain.StatusRed), col == 4 && overdue[row]
		}}.drawHeaded(d, d.t("pdf.actions"))
}

// kpis are the KPIs with their lights and trends, and how often the plan is reviewed.
type kpis struct{}

func (kpis) key() string          { return "pdf.s.kpis" }
func (kpis) first(d *doc) float64 { return 12 + 11*float64(min(len(d.plan.KPIs), 3)) }

func (kpis) draw(d *doc) {
	if len(d.plan.KPIs) == 0 {
		d.notAssessed()
	} else {
		kpiTable{}.draw(d)
	}
	d.heading(d.t("pdf.review"), 10)
	cadence := "—"
	if d.plan.ReviewCadence != "" {
		cadence = d.t("cadence." + string(d.plan.ReviewCadence))
	}
	facts{{d.t("pdf.review_cadence"), cadence}}.draw(d)
}

// risks are the plan's risks and, for each KPI that has one, its plan B: the trigger, the
// contingency actions and whether it is triggered (internal edition).
type risks struct{}

func (risks) key() string          { return "pdf.s.risks" }
func (risks) first(d *doc) float64 { return 30 }

func (risks) draw(d *doc) {
	if d.plan.Risks == "" {
		d.notAssessed()
	}
	d.para(d.plan.Risks)
	var rows [][]string
	for _, k := range d.plan.KPIs {
		if k.PlanB.RedPeriods == 0 && len(k.PlanB.ActionIDs) == 0 {
			continue
		}
		var acts []string
		for _, id := range k.PlanB.ActionIDs {
			if a := d.plan.FindAction(id); a != nil {
				acts = append(acts, "• "+d.txt(a.Title))
			}
		}
		state := d.t("pdf.plan_b_waiting")
		if k.PlanBTriggered() {
			state = d.t("pdf.plan_b_triggered")
		}
		rows = append(rows, []string{d.txt(k.Name), d.tc("pdf.red_for", k.PlanB.RedPeriods, k.PlanB.RedPeriods), strings.Join(acts, "\n"), state})
	}
	table{header: []string{d.t("pdf.kpi"), d.t("pdf.trigger"), d.t("pdf.contingency"), d.t("pdf.state")}, align: "LLLL", rows: rows}.drawHeaded(d, d.t("pdf.plan_b"))
}
