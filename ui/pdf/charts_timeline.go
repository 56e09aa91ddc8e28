package pdf

import (
	"time"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// The action timeline of the document, drawn from the shared layout (ui/chart): every
// action gets a row; the rows run over as many pages as they need, each page's part with
// its own axis (months with their year) and a note of how many continue on the next page.

const (
	tlRowH      = 4.2
	tlFontPt    = 6.5
	tlAxisH     = 3.8
	tlMinRows   = 6 // fewer rows than this left on a page: the chart starts on the next one
	tlLabelW    = 62.0
	tlLegendH   = 9.0
	tlMaxMonths = 36
)

// timeline is every action on a bar from start to due date, over as many pages as they need.
type timeline struct{}

func (tm timeline) options(d *doc) chart.TimelineOptions {
	return chart.TimelineOptions{Width: d.width(), LabelW: tlLabelW, RowH: tlRowH, YearH: tlAxisH, MonthH: tlAxisH,
		FontSize: tlFontPt * ptToMM, Pad: 0.8, MaxMonths: tlMaxMonths,
		Period: domain.ParsePeriod(d.plan.Period), Today: d.in.Today, Measure: onPaper}
}

func (tm timeline) text(d *doc) chart.TimelineText {
	var tx chart.TimelineText
	for m := range 12 {
		tx.Months[m] = d.loc.Month(time.Month(m + 1))
	}
	tx.NoDate = d.t("plancharts.no_date")
	tx.PlanB = d.t("plancharts.plan_b_mark")
	tx.More = func(n int) string { return d.tc("plancharts.pdf_more", n, n) }
	return tx
}

// height is the room the timeline's first part needs on its page.
func (tm timeline) height(d *doc) float64 {
	n := len(d.plan.Actions)
	if n == 0 {
		return 10
	}
	return 2*tlAxisH + float64(min(n, tlMinRows))*tlRowH + 4
}

// draw draws every action, page after page.
func (tm timeline) draw(d *doc) {
	acts := d.plan.Actions
	if len(acts) == 0 {
		d.notAssessed()
		return
	}
	o, tx := tm.options(d), tm.text(d)
	for from := 0; from < len(acts); {
		rows := int((d.room() - 2*tlAxisH - tlRowH - 2) / tlRowH)
		if rows < min(tlMinRows, len(acts)-from) {
			d.pdf.AddPage()
			continue
		}
		if from+rows < len(acts) { // keep room for the note of what continues
			rows = max(1, rows-1)
		}
		o.From, o.To = from, from+rows
		tl := chart.LayoutTimeline(acts, tx, o)
		tm.part(d, tl)
		from = o.To
	}
	tm.legend(d)
}

// part draws the part of the timeline laid out for this page.
func (tm timeline) part(d *doc, tl chart.Timeline) {
	defer d.pdf.Figure(d.alt().Timeline())()
	s := chart.Scale{Origin: chart.Point{X: marginX, Y: d.pdf.GetY()}, Factor: 1}
	for i, m := range tl.Months {
		b := s.Rect(chart.Rect{X: m.Box.X, Y: m.Box.Y, W: m.Box.W, H: m.Box.H + tl.Plot.H})
		d.fill(d.tint(0.04 + 0.05*float64(i%2)))
		d.pdf.Rect(b.X, b.Y, b.W, b.H, "F")
	}
	d.draw(rule)
	d.pdf.SetLineWidth(0.2)
	for _, y := range tl.Years {
		b := s.Rect(y.Box)
		d.pdf.Line(b.X, b.Y, b.X, b.Y+b.H+tlAxisH+tl.Plot.H)
	}
	var labels []chart.Label
	for _, y := range tl.Years {
		labels = append(labels, y.Label)
	}
	tm.labels(d, s, labels, "B", ink, "L")
	labels = labels[:0]
	for _, m := range tl.Months {
		labels = append(labels, m.Label)
	}
	tm.labels(d, s, labels, "", muted, "L")
	for _, r := range tl.Rows {
		tm.row(d, s, r)
	}
	tm.today(d, s, tl)
	if tl.MoreLabel != nil {
		tm.labels(d, s, []chart.Label{*tl.MoreLabel}, "I", muted, "L")
	}
	d.pdf.SetY(s.Point(chart.Point{Y: tl.Frame.Bottom()}).Y + 2)
}

func (tm timeline) row(d *doc, s chart.Scale, r chart.TimelineRow) {
	if r.PlanB {
		m := s.Rect(r.Marker)
		d.fill(planBColour)
		d.pdf.RoundedRect(m.X, m.Y, m.W, m.H, 0.5, "1234", "F")
		tm.labels(d, s, []chart.Label{r.MarkerText}, "B", chart.White, "C")
	}
	tm.labels(d, s, []chart.Label{r.Title}, "", ink, "L")
	if r.NoDate != nil {
		tm.labels(d, s, []chart.Label{*r.NoDate}, "I", muted, "L")
	}
	if !r.HasBar {
		return
	}
	b := s.Rect(r.Bar)
	d.fill(tm.colour(d, r.Class))
	d.pdf.RoundedRect(b.X, b.Y, b.W, b.H, 0.8, "1234", "F")
	if r.PlanB {
		d.draw(planBColour)
		d.pdf.SetLineWidth(0.5)
		d.pdf.RoundedRect(b.X, b.Y, b.W, b.H, 0.8, "1234", "D")
	}
}

func (tm timeline) colour(d *doc, c chart.TimelineClass) chart.RGB {
	switch c {
	case chart.TimelineOverdue:
		return chart.StatusColour(domain.StatusRed)
	case chart.TimelineDone:
		return chart.Mix(chart.White, chart.Ink, 0.25)
	case chart.TimelineCancelled:
		return chart.Mix(chart.White, chart.Ink, 0.1)
	}
	return d.accent
}

func (tm timeline) today(d *doc, s chart.Scale, tl chart.Timeline) {
	if !tl.HasToday {
		return
	}
	a, b := s.Point(tl.Today.From), s.Point(tl.Today.To)
	d.draw(chart.StatusColour(domain.StatusRed))
	d.pdf.SetLineWidth(0.3)
	d.pdf.SetDashPattern([]float64{0.8, 0.6}, 0)
	d.pdf.Line(a.X, a.Y, b.X, b.Y)
	d.pdf.SetDashPattern(nil, 0)
}

// labels writes the visible labels in their boxes (the layout has cut them to fit).
func (tm timeline) labels(d *doc, s chart.Scale, ls []chart.Label, style string, c chart.RGB, align string) {
	for _, l := range ls {
		if !l.Hidden {
			d.pdfLabel(s, l, tlFontPt, style, c, align)
		}
	}
}

// legend is the colour key under the chart.
func (tm timeline) legend(d *doc) {
	d.need(tlLegendH)
	key := colourKey{{d.accent, d.t("plancharts.legend.open")}, {chart.StatusColour(domain.StatusRed), d.t("plancharts.legend.overdue")},
		{tm.colour(d, chart.TimelineDone), d.t("plancharts.legend.done")}, {tm.colour(d, chart.TimelineCancelled), d.t("plancharts.legend.cancelled")}}
	for _, a := range d.plan.Actions {
		if a.Contingency {
			key = append(key, swatch{planBColour, d.t("plancharts.legend.plan_b")})
			break
		}
	}
	key.draw(d)
	d.pdf.Ln(2)
}
