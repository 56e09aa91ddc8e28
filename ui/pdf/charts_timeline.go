package pdf

import (
	"kamplan/domain"
	"math"
)

// timeline draws one bar per action across the months they span; the chart shows the
// plan period (or the actions' span) and at most 40 actions, the table lists all.
func (d *doc) timeline() {
	acts := d.timelineActions()
	if len(acts) == 0 {
		d.notAssessed()
		return
	}
	start, end := d.span(acts)
	months := (end.Year()-start.Year())*12 + int(end.Month()-start.Month()) + 1
	rowH := 4.2
	h := 8 + float64(len(acts))*rowH
	d.need(h + 4)
	labelW := 62.0
	x0, y0 := marginX+labelW, d.pdf.GetY()
	colW := (d.width() - labelW) / float64(months)
	for m := 0; m < months; m++ {
		mo := start.AddMonths(m)
		d.fill(d.tint(0.04 + 0.05*float64(m%2)))
		d.pdf.Rect(x0+float64(m)*colW, y0, colW, h, "F")
		d.pdf.SetXY(x0+float64(m)*colW, y0+1)
		d.font("", 6.5)
		d.colour(muted)
		d.pdf.CellFormat(colW, 4, d.monthLabel(mo.Month()), "", 0, "C", false, 0, "")
	}
	pos := func(t domain.Date) float64 {
		m := (t.Year()-start.Year())*12 + int(t.Month()-start.Month())
		return x0 + (float64(m)+float64(t.Day()-1)/31)*colW
	}
	for i, a := range acts {
		y := y0 + 7 + float64(i)*rowH
		d.pdf.SetXY(marginX, y)
		d.font("", 6.5)
		d.colour(ink)
		d.pdf.CellFormat(labelW-2, rowH, d.fit(d.txt(a.Title), labelW-3), "", 0, "L", false, 0, "")
		s, e := a.Start, a.Due
		if s.IsZero() {
			s = e
		}
		x1, x2 := math.Max(x0, pos(s)), math.Min(x0+float64(months)*colW, pos(e.AddDays(1)))
		d.fill(d.barColour(a))
		d.pdf.RoundedRect(x1, y+0.8, math.Max(1.2, x2-x1), rowH-1.6, 0.8, "1234", "F")
	}
	d.pdf.SetY(y0 + h + 4)
}

// timelineHeight is the height of the timeline chart.
func (d *doc) timelineHeight() float64 {
	n := len(d.timelineActions())
	if n == 0 {
		return 10
	}
	return 12 + float64(n)*4.2
}

func (d *doc) barColour(a domain.Action) [3]int {
	switch {
	case a.Overdue(d.in.Today):
		return statusColour(domain.StatusRed)
	case a.Status == domain.StatusDone:
		return statusColour(domain.StatusGreen)
	case a.Status == domain.StatusCancelled:
		return rule
	}
	return d.accent
}

func (d *doc) timelineActions() []domain.Action {
	var out []domain.Action
	for _, a := range d.plan.Actions {
		if !a.Due.IsZero() {
			out = append(out, a)
		}
		if len(out) == 40 {
			break
		}
	}
	return out
}

func (d *doc) span(acts []domain.Action) (domain.Date, domain.Date) {
	start, end := acts[0].Due, acts[0].Due
	for _, a := range acts {
		for _, t := range []domain.Date{a.Start, a.Due} {
			if !t.IsZero() && t.Before(start) {
				start = t
			}
			if t.After(end) {
				end = t
			}
		}
	}
	if end.Before(start.AddMonths(2)) {
		end = start.AddMonths(2)
	}
	if end.After(start.AddMonths(23)) {
		end = start.AddMonths(23)
	}
	return domain.NewDate(start.Year(), start.Month(), 1), end
}

// kpiTable lists the KPIs with a traffic light and a trend line of their history.
func (d *doc) kpiTable() {
	header := []string{d.t("pdf.kpi"), d.t("pdf.baseline_target"), d.t("pdf.latest"), d.t("pdf.trend"), d.t("pdf.status")}
	var rows [][]string
	for _, k := range d.plan.KPIs {
		latest := "—"
		if m, ok := k.Latest(); ok {
			latest = d.number(m.Value, decimals(m.Value)) + "\n" + d.period(m.Period)
		}
		name := d.internalMark(k.Internal) + d.txt(k.Name)
		rows = append(rows, []string{name + "\n" + d.txt(k.Unit) + " · " + d.t("direction."+string(k.Direction)),
			d.number(k.Baseline, decimals(k.Baseline)) + " → " + d.number(k.Target, decimals(k.Target)), latest, "", ""})
	}
	tb := table{header: header, align: "LRRLL", nowrap: ".xx..", rows: rows, fixed: []float64{0, 0, 0, 32, 24}, minRowH: 10}
	d.layoutTable(&tb)
	if len(rows) <= smallRows {
		d.need(d.tableHeight(tb))
	}
	d.tableHeader(tb)
	trendX := marginX + tb.widths[0] + tb.widths[1] + tb.widths[2]
	for i, k := range d.plan.KPIs {
		h := d.rowHeight(tb, rows[i])
		if d.room() < h {
			d.pdf.AddPage()
			d.tableHeader(tb)
		}
		y := d.pdf.GetY()
		d.tableRow(tb, i, rows[i], h)
		d.sparkline(k, trendX+1.5, y+1.5, tb.widths[3]-3, h-3)
		d.trafficLight(k.Status(), trendX+tb.widths[3]+1, y+h/2)
		d.pdf.SetY(y + h)
	}
	d.pdf.Ln(3)
}

// internalMark is "[internal] " before an internal-only item of the internal edition.
func (d *doc) internalMark(internal bool) string {
	if internal && !d.client {
		return d.t("pdf.internal_mark") + " "
	}
	return ""
}

func (d *doc) sparkline(k domain.KPI, x, y, w, h float64) {
	n := len(k.History)
	if n < 2 {
		return
	}
	lo, hi := k.Target, k.Target
	for _, m := range k.History {
		lo, hi = math.Min(lo, m.Value), math.Max(hi, m.Value)
	}
	if hi == lo {
		hi = lo + 1
	}
	py := func(v float64) float64 { return y + h - (v-lo)/(hi-lo)*h }
	d.draw(rule)
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetDashPattern([]float64{0.8, 0.6}, 0)
	d.pdf.Line(x, py(k.Target), x+w, py(k.Target))
	d.pdf.SetDashPattern(nil, 0)
	d.draw(d.accent)
	d.pdf.SetLineWidth(0.4)
	for i := 1; i < n; i++ {
		d.pdf.Line(x+float64(i-1)*w/float64(n-1), py(k.History[i-1].Value), x+float64(i)*w/float64(n-1), py(k.History[i].Value))
	}
	d.fill(statusColour(k.Status()))
	d.pdf.Circle(x+w, py(k.History[n-1].Value), 0.7, "F")
}

func (d *doc) trafficLight(s domain.Status, x, y float64) {
	d.fill(statusColour(s))
	d.pdf.Circle(x+2, y, 1.8, "F")
	d.pdf.SetXY(x+4.5, y-2)
	d.font("B", 7)
	d.colour(statusColour(s))
	key := "kpi.none"
	if s != domain.StatusNone {
		key = "kpi." + string(s)
	}
	d.pdf.CellFormat(18, 4, d.t(key), "", 0, "L", false, 0, "")
}
