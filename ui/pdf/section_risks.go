package pdf

import "strings"

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
