package pdf

import (
	"kamplan/domain"
	"kamplan/ui/chart"
)

// kpiTable lists the KPIs with a traffic light, a sparkline of their history (from the
// shared layout: values, target and both thresholds) and a plan-B flag when triggered.
type kpiTable struct{}

func (kt kpiTable) draw(d *doc) {
	header := []string{d.t("pdf.kpi"), d.t("pdf.baseline_target"), d.t("pdf.latest"), d.t("pdf.trend"), d.t("pdf.status")}
	var rows [][]string
	for _, k := range d.plan.KPIs {
		latest := "—"
		if m, ok := k.Latest(); ok {
			latest = d.loc.KPIFigure(k, m.Value) + "\n" + d.period(m.Period)
		}
		name := d.internalMark(k.Internal) + d.txt(k.Name)
		rows = append(rows, []string{name + "\n" + d.txt(k.Unit) + " · " + d.t("direction."+string(k.Direction)),
			d.loc.KPIFigure(k, k.Baseline) + " → " + d.loc.KPIFigure(k, k.Target), latest, "", ""})
	}
	tb := table{header: header, align: "LRRLL", nowrap: ".xx..", rows: rows, fixed: []float64{0, 0, 0, 32, 30}, minRowH: 11}
	tb = tb.laidOut(d)
	if len(rows) <= smallRows {
		d.need(tb.height(d))
	}
	trendX := marginX + tb.widths[0] + tb.widths[1] + tb.widths[2]
	tb.drawRows(d, func(i int, y, h float64) {
		k := d.plan.KPIs[i]
		kt.sparkline(d, k, chart.Rect{X: trendX + 1.5, Y: y + 1.5, W: tb.widths[3] - 3, H: h - 3})
		kt.light(d, k, trendX+tb.widths[3]+1, y+h/2)
		d.pdf.SetY(y + h)
	})
	d.font("", 6.5)
	d.colour(muted)
	d.pdf.CellFormat(d.width(), 4, d.t("plancharts.pdf_kpi_key"), "", 1, "L", false, 0, "")
	d.pdf.Ln(2)
}

// sparkline draws the layout's sparkline: thresholds, the dashed target, the history.
func (kt kpiTable) sparkline(d *doc, k domain.KPI, box chart.Rect) {
	s := chart.LayoutKPISpark(k, box)
	d.pdf.SetLineWidth(0.2)
	for _, ref := range []struct {
		l *chart.Line
		c chart.RGB
	}{{s.Green, light(chart.StatusColour(domain.StatusGreen), 0.5)}, {s.Amber, light(chart.StatusColour(domain.StatusAmber), 0.5)}} {
		if ref.l != nil {
			paint(d).Signal(true).Line(ref.c)
			d.pdf.Line(ref.l.From.X, ref.l.From.Y, ref.l.To.X, ref.l.To.Y)
		}
	}
	d.draw(muted)
	d.pdf.SetDashPattern([]float64{0.8, 0.6}, 0)
	d.pdf.Line(s.Target.From.X, s.Target.From.Y, s.Target.To.X, s.Target.To.Y)
	d.pdf.SetDashPattern(nil, 0)
	d.draw(d.accent)
	d.pdf.SetLineWidth(0.4)
	for i := 1; i < len(s.Points); i++ {
		d.pdf.Line(s.Points[i-1].X, s.Points[i-1].Y, s.Points[i].X, s.Points[i].Y)
	}
	if n := len(s.Points); n > 0 {
		paint(d).Signal(true).Fill(chart.StatusColour(k.Status()))
		d.pdf.Circle(s.Points[n-1].X, s.Points[n-1].Y, 0.7, "F")
	}
}

// light is the light and its word; a triggered plan B is flagged under it.
func (kt kpiTable) light(d *doc, k domain.KPI, x, y float64) {
	s := k.Status()
	planB := k.PlanBTriggered() && !d.client
	if planB {
		y -= 2
	}
	paint(d).Signal(true).Fill(chart.StatusColour(s))
	d.pdf.Circle(x+2, y, 1.8, "F")
	d.pdf.SetXY(x+4.5, y-2)
	d.font("B", 7)
	paint(d).Signal(true).Text(chart.StatusColour(s))
	key := "kpi.none"
	if s != domain.StatusNone {
		key = "kpi." + string(s)
	}
	d.pdf.CellFormat(24, 4, d.t(key), "", 0, "L", false, 0, "")
	if planB {
		d.fill(planBColour)
		d.pdf.RoundedRect(x, y+2.6, 27, 3.6, 0.6, "1234", "F")
		d.pdf.SetXY(x, y+2.6)
		d.font("B", 6.5)
		d.colour(chart.White)
		d.pdf.CellFormat(27, 3.6, d.t("plancharts.pdf_plan_b"), "", 0, "CM", false, 0, "")
	}
}
