package pdf

import (
	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/charts"
)

// actions are the action plan: the timeline, then the actions with their owners, dates
// and status, an overdue one in red.
type actions struct{}

func (actions) key() string          { return "pdf.s.actions" }
func (actions) first(d *doc) float64 { return 9 + wholeTimeline(d) }

// wholeTimeline is what of the timeline stays with its heading: all of it when it fits a page.
func wholeTimeline(d *doc) float64 {
	return timelineOf(d).WholeHeight(canvasOf(d), d.bottom()-marginTop-titleH-headingH-2)
}

func (actions) draw(d *doc) {
	if len(d.plan.Actions) == 0 {
		d.notAssessed()
		return
	}
	d.listedHeading(d.t("pdf.timeline"), wholeTimeline(d))
	tl := timelineOf(d)
	tl.Key, tl.KeyH = func() { tl.DrawKey(canvasOf(d)) }, charts.TimelineKeyH
	tl.Continued = func() { continuedCaption(d, d.t("pdf.timeline")) }
	tl.Draw(canvasOf(d))
	tl.DrawKey(canvasOf(d))
	var rows [][]string
	overdue := map[int]bool{}
	for i, a := range chart.SortActions(d.plan.Actions, chart.SortByDue, d.in.Today) { // as the app lists them
		status := d.t("status." + string(a.Status))
		if a.Overdue(d.in.Today) {
			status = d.t("status.overdue")
			overdue[i] = true
		}
		owner := d.txt(a.Owner)
		if a.ClientOwner != "" {
			owner += "\n" + d.txt(a.ClientOwner)
		}
		rows = append(rows, []string{d.internalMark(a.Internal) + d.txt(a.Title), owner, d.loc.LongDate(a.Start), d.loc.LongDate(a.Due), status})
	}
	table{header: []string{d.t("pdf.action"), d.t("pdf.owners"), d.t("pdf.start"), d.t("pdf.due"), d.t("pdf.status")}, align: "LLLLL", nowrap: "..xx.", rows: rows, listed: true,
		colourOf: func(row, col int) (chart.RGB, bool) {
			return chart.StatusColour(domain.StatusRed), col == 4 && overdue[row]
		}}.drawHeaded(d, d.t("pdf.actions"))
}

// timelineOf is the plan's action timeline, in the order of the action table under it.
func timelineOf(d *doc) charts.Timeline {
	acts := chart.SortActions(d.plan.Actions, chart.SortByDue, d.in.Today)
	return charts.Timeline{Actions: acts, Period: d.plan.Period, Today: d.in.Today}
}
