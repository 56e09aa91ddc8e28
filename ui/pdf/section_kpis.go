package pdf

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
	d.listedHeading(d.t("pdf.review"), 10)
	cadence := "—"
	if d.plan.ReviewCadence != "" {
		cadence = d.t("cadence." + string(d.plan.ReviewCadence))
	}
	facts{{d.t("pdf.review_cadence"), cadence}}.draw(d)
}
