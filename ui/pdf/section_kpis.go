package pdf

import "kamplan/domain/review"

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
	d.heading(d.t("pdf.review"), 10) // its section's only part: numbered alone ("10.1") it read as a slip
	cadence := "—"
	if d.plan.ReviewCadence != "" {
		cadence = d.t("cadence." + string(d.plan.ReviewCadence))
	}
	facts{{d.t("pdf.review_cadence"), cadence}, {d.t("pdf.last_review"), lastReview(d)}, {d.t("pdf.next_review"), nextReview(d)}}.draw(d)
}

// lastReview is the day of the last review held, "" before any.
func lastReview(d *doc) string {
	if r := review.Latest(d.plan); r != nil {
		return d.loc.LongDate(r.Date)
	}
	return ""
}

// nextReview is the day the next review falls due, "" when the cadence sets none.
func nextReview(d *doc) string {
	if next, ok := review.Next(d.plan); ok {
		return d.loc.LongDate(next)
	}
	return ""
}
