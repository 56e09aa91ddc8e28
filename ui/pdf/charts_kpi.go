package pdf

import (
	"kamplan/ui/chart"
	"kamplan/ui/locale"
	"kamplan/ui/pdf/charts"
)

// kpiTable lists the KPIs with a traffic light, a sparkline of their history and a plan-B
// flag when triggered (drawn by package charts).
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
		target := d.loc.KPIFigure(k, k.Baseline) + " → " + d.loc.KPIFigure(k, k.Target)
		if by, ok := locale.KPIInterimTarget(d.loc, k); ok {
			target += "\n" + by
		}
		rows = append(rows, []string{name + "\n" + d.txt(k.Unit) + " · " + d.t("direction."+string(k.Direction)), target, latest, "", ""})
	}
	tb := table{header: header, align: "LRRLL", nowrap: ".xx..", rows: rows, fixed: []float64{0, 0, 0, 32, 30}, minRowH: 11, tail: 6}
	tb = tb.laidOut(d)
	if len(rows) <= smallRows {
		d.need(tb.height(d) + tb.tail) // with the key under it
	}
	trendX, c := marginX+tb.widths[0]+tb.widths[1]+tb.widths[2], canvasOf(d)
	tb.drawRows(d, func(i int, y, h float64) {
		k := d.plan.KPIs[i]
		charts.KPISparkline(c, k, chart.Rect{X: trendX + 1.5, Y: y + 1.5, W: tb.widths[3] - 3, H: h - 3})
		charts.KPILight(c, k, trendX+tb.widths[3]+1, y+h/2)
		d.pdf.SetY(y + h)
	})
	d.font("", 6.5)
	d.colour(muted)
	d.pdf.MultiCell(d.width(), 3, d.t(locale.KPITableKey(d.plan.KPIs)), "", "L", false)
	d.pdf.Ln(2)
}
