package pdf

import (
	"fmt"
	"strings"

	"kamplan/domain"
)

func (d *doc) stakeholders() {
	d.section("pdf.s.stakeholders")
	p := d.plan
	if len(p.Contacts) == 0 {
		d.notAssessed()
		return
	}
	if !d.client {
		d.heading(d.t("pdf.influence_map"), 95)
		d.influenceMap()
	}
	d.heading(d.t("pdf.org_chart"), 50)
	d.orgChart()
	d.heading(d.t("pdf.contacts"), 20)
	d.contactTable()
	if p.RelationshipPlan != "" {
		d.heading(d.t("pdf.relationship_plan"), 10)
		d.para(p.RelationshipPlan)
	}
}

func (d *doc) contactTable() {
	var rows [][]string
	for _, c := range d.plan.Contacts {
		var roles []string
		for _, r := range c.BuyingRoles {
			roles = append(roles, d.t("buying."+string(r)))
		}
		if c.SellingRole != "" {
			roles = append(roles, d.t("selling."+string(c.SellingRole)))
		}
		row := []string{d.txt(c.Name) + "\n" + d.txt(c.Title), strings.Join(roles, ", "),
			d.t(fmt.Sprintf("rel.%d", c.RelNow)) + " → " + d.t(fmt.Sprintf("rel.%d", c.RelTarget)), d.txt(c.Owner)}
		if !d.client {
			row = append(row, d.number(float64(c.Influence), 0)+" · "+d.t(fmt.Sprintf("attitude.%d", c.Attitude)))
		}
		rows = append(rows, row)
	}
	tb := table{header: []string{d.t("pdf.contact"), d.t("pdf.roles"), d.t("pdf.relationship"), d.t("pdf.our_owner")},
		widths: []float64{0.3, 0.28, 0.24, 0.18}, align: "LLLL", rows: rows}
	if !d.client {
		tb.header = append(tb.header, d.t("pdf.influence_attitude"))
		tb.widths = []float64{0.26, 0.24, 0.2, 0.14, 0.16}
		tb.align = "LLLLL"
	}
	d.table(tb)
}

func (d *doc) objectives() {
	d.section("pdf.s.objectives")
	if len(d.plan.Objectives) == 0 {
		d.notAssessed()
		return
	}
	period := domain.ParsePeriod(d.plan.Period)
	var rows [][]string
	failing := map[int]bool{}
	for i, o := range d.plan.Objectives {
		checks := d.plan.Smart(o, period)
		smart, why := d.smartText(checks)
		if why != "" {
			failing[i] = true
		}
		rows = append(rows, []string{d.txt(o.Statement) + why, d.t("category." + string(o.Category)),
			d.measure(o), d.date(o.Deadline), d.txt(o.Owner), smart})
	}
	d.table(table{header: []string{d.t("pdf.objective"), d.t("pdf.category"), d.t("pdf.measure"), d.t("pdf.deadline"), d.t("pdf.owner"), "SMART"},
		widths: []float64{0.36, 0.12, 0.18, 0.12, 0.12, 0.1}, align: "LLLLLC", rows: rows,
		colourOf: func(row, col int) ([3]int, bool) {
			if col != 5 {
				return [3]int{}, false
			}
			if failing[row] {
				return statusColour(domain.StatusAmber), true
			}
			return statusColour(domain.StatusGreen), true
		}})
}

// smartText is "S M A R T" with a ✓ when all pass, and the reasons of failing letters.
func (d *doc) smartText(cs []domain.SmartCheck) (string, string) {
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

func (d *doc) measure(o domain.Objective) string {
	unit := o.Unit
	if k := d.plan.FindKPI(o.KPIID); k != nil {
		unit = k.Unit
	}
	var parts []string
	if o.Baseline != nil {
		parts = append(parts, d.number(*o.Baseline, decimals(*o.Baseline)))
	}
	if o.Target != nil {
		parts = append(parts, d.number(*o.Target, decimals(*o.Target)))
	}
	return strings.TrimSpace(strings.Join(parts, " → ") + " " + d.txt(unit))
}

func decimals(v float64) int {
	if v == float64(int64(v)) {
		return 0
	}
	return 1
}

func (d *doc) actions() {
	d.section("pdf.s.actions")
	if len(d.plan.Actions) == 0 {
		d.notAssessed()
		return
	}
	d.heading(d.t("pdf.timeline"), 60)
	d.timeline()
	d.heading(d.t("pdf.actions"), 20)
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
		rows = append(rows, []string{d.txt(a.Title), owner, d.date(a.Start), d.date(a.Due), status})
	}
	d.table(table{header: []string{d.t("pdf.action"), d.t("pdf.owners"), d.t("pdf.start"), d.t("pdf.due"), d.t("pdf.status")},
		widths: []float64{0.42, 0.22, 0.12, 0.12, 0.12}, align: "LLLLL", rows: rows,
		colourOf: func(row, col int) ([3]int, bool) {
			return statusColour(domain.StatusRed), col == 4 && overdue[row]
		}})
}

func (d *doc) kpis() {
	d.section("pdf.s.kpis")
	if len(d.plan.KPIs) == 0 {
		d.notAssessed()
	} else {
		d.kpiTable()
	}
	d.heading(d.t("pdf.review"), 10)
	cadence := "—"
	if d.plan.ReviewCadence != "" {
		cadence = d.t("cadence." + string(d.plan.ReviewCadence))
	}
	d.facts([][2]string{{d.t("pdf.review_cadence"), cadence}})
}

func (d *doc) risks() {
	d.section("pdf.s.risks")
	if d.plan.Risks == "" {
		d.notAssessed()
	}
	d.para(d.plan.Risks)
	d.heading(d.t("pdf.plan_b"), 20)
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
		rows = append(rows, []string{d.txt(k.Name), d.t("pdf.red_for", k.PlanB.RedPeriods), strings.Join(acts, "\n"), state})
	}
	d.table(table{header: []string{d.t("pdf.kpi"), d.t("pdf.trigger"), d.t("pdf.contingency"), d.t("pdf.state")},
		widths: []float64{0.24, 0.18, 0.42, 0.16}, align: "LLLL", rows: rows})
}

func (d *doc) commitment() {
	d.section("pdf.s.commitment")
	if d.plan.Resources != "" {
		d.heading(d.t("pdf.resources"), 10)
		d.para(d.plan.Resources)
	}
	d.heading(d.t("pdf.sign_off"), 50)
	c := d.plan.Commitment
	d.signBox(d.t("pdf.internal_approval"), c.InternalApproval)
	d.signBox(d.t("pdf.client_agreement"), c.ClientAgreement)
	d.para(d.t("pdf.commitment_quote"))
}

// signBox shows who agreed and when, or blank lines to sign on paper.
func (d *doc) signBox(label string, a domain.Approval) {
	d.need(24)
	y := d.pdf.GetY()
	d.draw(rule)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Rect(marginX, y, d.width(), 20, "D")
	d.pdf.SetXY(marginX+3, y+2)
	d.font("B", bodySize)
	d.colour(ink)
	d.pdf.CellFormat(d.width()-6, 5, label, "", 2, "L", false, 0, "")
	d.font("", bodySize)
	d.pdf.SetX(marginX + 3)
	by := d.txt(a.By)
	if by == "" {
		by = "______________________________"
	}
	when := d.date(a.Date)
	if a.Date.IsZero() {
		when = "____ / ____ / ________"
	}
	d.pdf.CellFormat(d.width()-6, 5, d.t("pdf.by")+": "+by, "", 2, "L", false, 0, "")
	d.pdf.SetX(marginX + 3)
	d.pdf.CellFormat(d.width()-6, 5, d.t("pdf.on")+": "+when, "", 2, "L", false, 0, "")
	d.pdf.SetY(y + 24)
}

func (d *doc) appendix() {
	d.section("pdf.s.appendix")
	if len(d.plan.Notes) > 0 {
		d.heading(d.t("pdf.notes"), 10)
		for _, n := range d.plan.Notes {
			text := d.txt(n.Text)
			if n.Internal {
				text = d.t("pdf.internal_mark") + " " + text
			}
			d.bullet(text)
		}
	}
	d.heading(d.t("pdf.glossary"), 30)
	var rows [][]string
	rows = append(rows, []string{d.t("pdf.share"), d.t("pdf.gloss.share")})
	rows = append(rows, []string{d.t("pdf.white_space"), d.t("pdf.gloss.white_space")})
	var stages []string
	for _, s := range domain.Stages {
		stages = append(stages, fmt.Sprintf("%d %s", s, d.stageName(s)))
	}
	rows = append(rows, []string{d.t("pdf.stage"), strings.Join(stages, " · ")})
	var rels []string
	for i := domain.RelNone; i <= domain.RelTrusted; i++ {
		rels = append(rels, fmt.Sprintf("%d %s", i, d.t(fmt.Sprintf("rel.%d", i))))
	}
	rows = append(rows, []string{d.t("pdf.relationship"), strings.Join(rels, " · ")})
	rows = append(rows, []string{"SMART", d.t("pdf.gloss.smart")})
	rows = append(rows, []string{d.t("pdf.kpi"), d.t("pdf.gloss.kpi")})
	if !d.client {
		rows = append(rows, []string{d.t("pdf.influence_map"), d.t("pdf.gloss.grid")})
		rows = append(rows, []string{d.t("pdf.s.portfolio"), d.t("pdf.gloss.portfolio", d.number(d.in.Settings.Cutoff, 1))})
	}
	d.table(table{header: []string{d.t("pdf.term"), d.t("pdf.meaning")}, widths: []float64{0.25, 0.75}, align: "LL", rows: rows})
}
