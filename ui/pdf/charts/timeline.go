package charts

import (
	"strconv"
	"time"

	"kamplan/domain"
	"kamplan/domain/period"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/pen"
)

// The action timeline of the document, drawn from the shared layout (ui/chart): every
// action gets a row; the rows run over as many pages as they need, each page's part with
// its own axis (months with their year) and a note of how many continue on the next page.

// PlanBColour marks contingency actions (a violet no status uses).
var PlanBColour = chart.Violet

// monthInk is the months' names: darker than muted text, to read on the stripes in print
// (the years are in bold ink).
var monthInk = chart.Mix(chart.Muted, chart.Ink, 0.6)

const (
	tlRowH      = 4.2
	tlFontPt    = 6.5
	tlLineH     = 2.9 // each further line of a long title
	tlTitleMax  = 3   // lines of a title; only a name longer than that is cut
	tlAxisPt    = 7.5 // months and years, to be read in print
	tlAxisH     = 3.8
	tlPad       = 0.5 // around a month's name: a Spanish "sept." or "may." still fits a month of 7 mm
	tlMonthRoom = 1.6 // what a month's column keeps beside its widest name when the titles can spare it
	tlMinRows   = 6   // fewer rows than this left on a page: the chart starts on the next one
	tlMaxMonths = 36
)

// Timeline is every action on a bar from start to due date, over as many pages as they
// need, in the plan's period (Period) as it stands on Today.
type Timeline struct {
	Actions []domain.Action
	Period  string
	Today   domain.Date
	// Key, when set, draws the colour key under each page's part but the last, in KeyH.
	Key  func()
	KeyH float64
	// Continued, when set, names the timeline at the top of each page it runs onto.
	Continued func()
}

func (tm Timeline) options(c *Canvas) chart.TimelineOptions {
	return chart.TimelineOptions{Width: c.Width(), LabelW: tm.labelW(c), RowH: tlRowH, YearH: tlAxisH, MonthH: tlAxisH,
		FontSize: tlFontPt * PtToMM, AxisFontSize: tlAxisPt * PtToMM, Pad: tlPad, MaxMonths: tlMaxMonths,
		TitleLines: tlTitleMax, LineH: tlLineH,
		Period: period.Parse(tm.Period), Today: tm.Today, Measure: OnPaper}
}

// labelW is the width of the column of titles: what the months leave when each has room
// for its name and for a year's (a plan that starts in December), a third of the width at
// least (long titles wrap) and 45 % at most.
func (tm Timeline) labelW(c *Canvas) float64 {
	start, months := chart.TimelineSpan(tm.Actions, period.Parse(tm.Period), tlMaxMonths)
	widest := pen.Width(strconv.Itoa(start.Year()), "B", tlAxisPt)
	for m := range 12 {
		widest = max(widest, pen.Width(c.Loc.Month(time.Month(m+1)), "", tlAxisPt))
	}
	w := c.Width()
	return min(max(w-float64(months)*(widest+tlMonthRoom), w/3), 0.45*w)
}

func (tm Timeline) text(c *Canvas) chart.TimelineText {
	var tx chart.TimelineText
	for m := range 12 {
		tx.Months[m] = c.Loc.Month(time.Month(m + 1))
	}
	tx.NoDate = c.T("plancharts.no_date")
	tx.PlanB = c.T("plancharts.plan_b_mark")
	tx.More = func(n int) string { return c.tc("plancharts.pdf_more", n, n) }
	return tx
}

// Height is the room the timeline's first part needs on its page.
func (tm Timeline) Height(c *Canvas) float64 {
	n := len(tm.Actions)
	if n == 0 {
		return 10
	}
	return 2*tlAxisH + tm.Layout(c, 0, min(n, tlMinRows)).Plot.H + 4
}

// WholeHeight is the height of the whole timeline with its key when it fits within room (a
// page under its heading), so that it starts on a page of its own rather than split; else
// Height, what must stay with its heading.
func (tm Timeline) WholeHeight(c *Canvas, room float64) float64 {
	if n := len(tm.Actions); n > tlMinRows && float64(n)*tlRowH <= room { // no row is lower than tlRowH
		if h := 2*tlAxisH + tm.Layout(c, 0, n).Plot.H + 4 + TimelineKeyH; h <= room {
			return h
		}
	}
	return tm.Height(c)
}

// Draw draws every action, page after page.
func (tm Timeline) Draw(c *Canvas) {
	acts := tm.Actions
	if len(acts) == 0 {
		c.NotAssessed()
		return
	}
	o, tx := tm.options(c), tm.text(c)
	all := chart.LayoutTimeline(acts, tx, o)
	for from := 0; from < len(acts); {
		room := c.Room() - 2*tlAxisH - 2 - tm.KeyH
		rows := rowsIn(all.Rows[from:], room)
		if from+rows < len(acts) { // keep room for the note of what continues
			rows = rowsIn(all.Rows[from:], room-tlRowH)
		}
		if rows < min(tlMinRows, len(acts)-from) {
			c.Pen.AddPage()
			if from > 0 && tm.Continued != nil {
				tm.Continued()
			}
			continue
		}
		o.From, o.To = from, from+rows
		tm.Part(c, chart.LayoutTimeline(acts, tx, o))
		from = o.To
		if from < len(acts) && tm.Key != nil {
			tm.Key()
		}
	}
}

// rowsIn is how many of the rows, one after the other, fit in height h.
func rowsIn(rows []chart.TimelineRow, h float64) int {
	for i, r := range rows {
		if h -= r.Band.H; h < 0 {
			return i
		}
	}
	return len(rows)
}

// Layout lays out the actions from to to, as one page's part.
func (tm Timeline) Layout(c *Canvas, from, to int) chart.Timeline {
	o := tm.options(c)
	o.From, o.To = from, to
	return chart.LayoutTimeline(tm.Actions, tm.text(c), o)
}

// Part draws the part of the timeline laid out for this page.
func (tm Timeline) Part(c *Canvas, tl chart.Timeline) {
	defer c.Pen.Figure(c.Alt.Timeline())()
	s := chart.Scale{Origin: chart.Point{X: c.MarginX, Y: c.Pen.GetY()}, Factor: 1}
	for i, m := range tl.Months {
		b := s.Rect(chart.Rect{X: m.Box.X, Y: m.Box.Y, W: m.Box.W, H: m.Box.H + tl.Plot.H})
		c.fill(MonthStripe(c.Accent, i))
		c.Pen.Rect(b.X, b.Y, b.W, b.H, "F")
	}
	c.draw(rule)
	c.Pen.SetLineWidth(0.2)
	for _, y := range tl.Years {
		b := s.Rect(y.Box)
		c.Pen.Line(b.X, b.Y, b.X, b.Y+b.H+tlAxisH+tl.Plot.H)
	}
	var labels []chart.Label // clear of the year's rule and the stripe's edge
	for _, y := range tl.Years {
		labels = append(labels, padded(y.Label))
	}
	tm.labels(c, s, labels, tlAxisPt, "B", ink, "L")
	labels = labels[:0]
	for _, m := range tl.Months {
		labels = append(labels, padded(m.Label))
	}
	tm.labels(c, s, labels, tlAxisPt, "", monthInk, "L")
	for _, r := range tl.Rows {
		tm.row(c, s, r)
	}
	tm.today(c, s, tl)
	if tl.MoreLabel != nil {
		tm.labels(c, s, []chart.Label{*tl.MoreLabel}, tlFontPt, "I", muted, "L")
	}
	c.Pen.SetY(s.Point(chart.Point{Y: tl.Frame.Bottom()}).Y + 2)
}

func (tm Timeline) row(c *Canvas, s chart.Scale, r chart.TimelineRow) {
	if r.PlanB {
		m := s.Rect(r.Marker)
		c.fill(PlanBColour)
		c.Pen.RoundedRect(m.X, m.Y, m.W, m.H, 0.5, "1234", "F")
		tm.labels(c, s, []chart.Label{r.MarkerText}, tlFontPt, "B", chart.White, "C")
	}
	tm.labels(c, s, append([]chart.Label{r.Title}, r.More...), tlFontPt, "", ink, "L")
	if r.NoDate != nil {
		tm.labels(c, s, []chart.Label{*r.NoDate}, tlFontPt, "I", muted, "L")
	}
	if !r.HasBar {
		return
	}
	b := s.Rect(r.Bar)
	c.paint().Signal(r.Class == chart.TimelineOverdue).Fill(TimelineColour(c.Accent, r.Class))
	c.Pen.RoundedRect(b.X, b.Y, b.W, b.H, 0.8, "1234", "F")
	if r.Class == chart.TimelineCancelled { // so pale a bar needs its outline to show on the stripes
		c.draw(CancelledEdge)
		c.Pen.SetLineWidth(0.3)
		c.Pen.RoundedRect(b.X, b.Y, b.W, b.H, 0.8, "1234", "D")
	}
	if r.PlanB {
		c.draw(PlanBColour)
		c.Pen.SetLineWidth(0.5)
		c.Pen.RoundedRect(b.X, b.Y, b.W, b.H, 0.8, "1234", "D")
	}
}

// padded is a label of the axis inside its box by the pad the layout measured it with.
func padded(l chart.Label) chart.Label {
	l.Box.X, l.Box.W = l.Box.X+tlPad, l.Box.W-2*tlPad
	return l
}

// MonthStripe is the tint behind the i-th month of the axis: light and darker in turn.
func MonthStripe(accent chart.RGB, i int) chart.RGB { return Light(accent, 0.04+0.05*float64(i%2)) }

// CancelledEdge outlines a cancelled action's bar.
var CancelledEdge = chart.Mix(chart.White, chart.Ink, 0.45)

// TimelineColour is the colour of a bar of class cl; accent, of an open action's.
func TimelineColour(accent chart.RGB, cl chart.TimelineClass) chart.RGB {
	switch cl {
	case chart.TimelineOverdue:
		return chart.StatusColour(domain.StatusRed)
	case chart.TimelineDone:
		return chart.Mix(chart.White, chart.Ink, 0.3)
	case chart.TimelineCancelled:
		return chart.Mix(chart.White, chart.Ink, 0.1)
	}
	return accent
}

func (tm Timeline) today(c *Canvas, s chart.Scale, tl chart.Timeline) {
	if !tl.HasToday {
		return
	}
	a, b := s.Point(chart.Point{X: tl.Today.From.X, Y: tl.Plot.Y}), s.Point(tl.Today.To) // under the month names
	c.draw(chart.StatusColour(domain.StatusRed))
	c.Pen.SetLineWidth(0.3)
	c.Pen.SetDashPattern([]float64{0.8, 0.6}, 0)
	c.Pen.Line(a.X, a.Y, b.X, b.Y)
	c.Pen.SetDashPattern(nil, 0)
}

// labels writes the visible labels in their boxes (the layout has cut them to fit).
func (tm Timeline) labels(c *Canvas, s chart.Scale, ls []chart.Label, pt float64, style string, k chart.RGB, align string) {
	for _, l := range ls {
		if !l.Hidden {
			c.Label(s, l, pt, style, k, align)
		}
	}
}
