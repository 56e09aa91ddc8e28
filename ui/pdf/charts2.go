package pdf

import (
	"fmt"
	"math"
	"strings"

	"kamplan/domain"
)

// influenceMap places each contact by attitude (x) and influence (y), on the
// Leverage / Convert / Mobilise / Monitor grid (influence ≥ 3, attitude ≥ +1).
func (d *doc) influenceMap() {
	const w, h = 170.0, 80.0
	d.need(h + 12)
	x0, y0 := marginX, d.pdf.GetY()
	// attitude −2…+2 on five columns, influence 1…5 on five rows
	colX := func(att int) float64 { return x0 + (float64(att)+2.5)*w/5 }
	rowY := func(inf int) float64 { return y0 + h - (float64(inf)-0.5)*h/5 }
	cutX, cutY := x0+3*w/5, y0+h-2*h/5
	cells := []struct {
		cell       domain.GridCell
		x, y, w, h float64
	}{
		{domain.CellConvert, x0, y0, cutX - x0, cutY - y0}, {domain.CellLeverage, cutX, y0, x0 + w - cutX, cutY - y0},
		{domain.CellMonitor, x0, cutY, cutX - x0, y0 + h - cutY}, {domain.CellMobilise, cutX, cutY, x0 + w - cutX, y0 + h - cutY},
	}
	for i, c := range cells {
		d.fill(d.tint(0.05 + 0.04*float64(i%2)))
		d.pdf.Rect(c.x, c.y, c.w, c.h, "F")
		d.pdf.SetXY(c.x+1.5, c.y+1)
		d.font("B", 7)
		d.colour(d.tint(0.85))
		d.pdf.CellFormat(c.w-3, 4, d.t("grid."+string(c.cell)), "", 0, "L", false, 0, "")
	}
	slot := map[[2]int]int{}
	for _, c := range d.plan.Contacts {
		key := [2]int{c.Attitude, c.Influence}
		n := slot[key]
		slot[key]++
		x, y := colX(c.Attitude)-w/10+2, rowY(c.Influence)-h/10+5+float64(n)*3.4
		if n > 3 {
			continue // the table below lists everyone
		}
		d.fill(statusColourForAttitude(c.Attitude))
		d.pdf.Circle(x+1, y+1.6, 1, "F")
		d.font("", 6.5)
		d.colour(ink)
		d.pdf.SetXY(x+2.5, y)
		name := d.txt(c.Name)
		if n == 3 && slot[key] > 4 {
			name = d.t("pdf.and_more", slot[key]-3)
		}
		d.pdf.CellFormat(w/5-5, 3.2, d.fit(name, w/5-6), "", 0, "L", false, 0, "")
	}
	d.draw(ink)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Rect(x0, y0, w, h, "D")
	d.pdf.SetXY(x0, y0+h+1)
	d.font("", 7)
	d.colour(muted)
	var labels []string
	for a := -2; a <= 2; a++ {
		labels = append(labels, d.t(fmt.Sprintf("attitude.%d", a)))
	}
	d.pdf.CellFormat(w, 4, d.t("pdf.map_axes", strings.Join(labels, " · ")), "", 2, "C", false, 0, "")
	d.pdf.SetY(y0 + h + 8)
}

func statusColourForAttitude(a int) [3]int {
	switch {
	case a >= 1:
		return statusColour(domain.StatusGreen)
	case a == 0:
		return statusColour(domain.StatusAmber)
	}
	return statusColour(domain.StatusRed)
}

// orgChart draws the reports-to tree as indented boxes, level by level.
func (d *doc) orgChart() {
	kids := map[string][]domain.Contact{}
	var roots []domain.Contact
	for _, c := range d.plan.Contacts {
		if c.ReportsTo == "" || d.plan.FindContact(c.ReportsTo) == nil {
			roots = append(roots, c)
		} else {
			kids[c.ReportsTo] = append(kids[c.ReportsTo], c)
		}
	}
	drawn := 0
	for _, r := range roots {
		d.orgNode(r, kids, 0, &drawn)
	}
	if drawn < len(d.plan.Contacts) {
		d.font("I", smallSize)
		d.colour(muted)
		d.pdf.MultiCell(d.width(), 4, d.t("pdf.org_partial", drawn, len(d.plan.Contacts)), "", "L", false)
	}
	d.pdf.Ln(3)
}

// Large maps show the top of the organisation; the contacts table lists everyone.
const (
	orgMaxNodes = 40
	orgMaxDepth = 4
)

func (d *doc) orgNode(c domain.Contact, kids map[string][]domain.Contact, depth int, drawn *int) {
	const boxH = 9.0
	if depth >= orgMaxDepth || *drawn >= orgMaxNodes {
		return
	}
	*drawn++
	d.need(boxH + 1.5)
	x := marginX + float64(depth)*9
	y := d.pdf.GetY()
	if depth > 0 {
		d.draw(rule)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Line(x-5, y-1.5, x-5, y+boxH/2)
		d.pdf.Line(x-5, y+boxH/2, x, y+boxH/2)
	}
	d.fill(d.tint(0.08))
	d.draw(d.tint(0.5))
	d.pdf.SetLineWidth(0.25)
	d.pdf.RoundedRect(x, y, 78, boxH, 1.5, "1234", "FD")
	d.pdf.SetXY(x+2, y+0.8)
	d.font("B", 7.5)
	d.colour(ink)
	d.pdf.CellFormat(74, 3.8, d.txt(c.Name), "", 2, "L", false, 0, "")
	d.pdf.SetX(x + 2)
	d.font("", 6.5)
	d.colour(muted)
	d.pdf.CellFormat(74, 3.4, d.txt(c.Title), "", 0, "L", false, 0, "")
	d.pdf.SetXY(x+80, y+2.5)
	d.font("", 7)
	d.colour(ink)
	d.pdf.CellFormat(d.width()-80-float64(depth)*9, 4,
		d.t(fmt.Sprintf("rel.%d", c.RelNow))+" → "+d.t(fmt.Sprintf("rel.%d", c.RelTarget)), "", 0, "L", false, 0, "")
	d.pdf.SetY(y + boxH + 1.5)
	for _, k := range kids[c.ID] {
		d.orgNode(k, kids, depth+1, drawn)
	}
}

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
	widths := []float64{0.34, 0.2, 0.14, 0.2, 0.12}
	tb := table{header: header, widths: widths, align: "LRRLL"}
	d.tableHeader(tb)
	for i, k := range d.plan.KPIs {
		latest := "—"
		if m, ok := k.Latest(); ok {
			latest = d.number(m.Value, decimals(m.Value)) + "\n" + d.txt(m.Period)
		}
		row := []string{d.txt(k.Name) + "\n" + d.txt(k.Unit) + " · " + d.t("direction."+string(k.Direction)),
			d.number(k.Baseline, decimals(k.Baseline)) + " → " + d.number(k.Target, decimals(k.Target)), latest, "", ""}
		h := math.Max(d.rowHeight(tb, row), 10)
		if d.room() < h {
			d.pdf.AddPage()
			d.tableHeader(tb)
		}
		y := d.pdf.GetY()
		d.tableRow(tb, i, row, h)
		trendX := marginX + (widths[0]+widths[1]+widths[2])*d.width()
		d.sparkline(k, trendX+1, y+1.5, widths[3]*d.width()-4, h-3)
		d.trafficLight(k.Status(), trendX+widths[3]*d.width()+1, y+h/2)
		d.pdf.SetY(y + h)
	}
	d.pdf.Ln(3)
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
