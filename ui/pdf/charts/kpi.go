package charts

import (
	"kamplan/domain"
	"kamplan/ui/chart"
)

// KPISparkline draws the layout's sparkline: thresholds, the dashed target, the history.
func KPISparkline(c *Canvas, k domain.KPI, box chart.Rect) {
	s := chart.LayoutKPISpark(k, box)
	c.Pen.SetLineWidth(0.2)
	for _, ref := range []struct {
		l *chart.Line
		c chart.RGB
	}{{s.Green, Light(chart.StatusColour(domain.StatusGreen), 0.5)}, {s.Amber, Light(chart.StatusColour(domain.StatusAmber), 0.5)}} {
		if ref.l != nil {
			c.paint().Signal(true).Line(ref.c)
			c.Pen.Line(ref.l.From.X, ref.l.From.Y, ref.l.To.X, ref.l.To.Y)
		}
	}
	c.draw(muted)
	c.Pen.SetDashPattern([]float64{0.8, 0.6}, 0)
	c.Pen.Line(s.Target.From.X, s.Target.From.Y, s.Target.To.X, s.Target.To.Y)
	c.Pen.SetDashPattern(nil, 0)
	c.draw(c.Accent)
	c.Pen.SetLineWidth(0.4)
	for i := 1; i < len(s.Points); i++ {
		c.Pen.Line(s.Points[i-1].X, s.Points[i-1].Y, s.Points[i].X, s.Points[i].Y)
	}
	if n := len(s.Points); n > 0 {
		c.paint().Signal(true).Fill(chart.StatusColour(k.Status()))
		c.Pen.Circle(s.Points[n-1].X, s.Points[n-1].Y, 0.7, "F")
	}
}

// KPILight is a KPI's traffic light and its word, at x and the middle y of its row; a
// triggered plan B is flagged under it in the internal edition.
func KPILight(c *Canvas, k domain.KPI, x, y float64) {
	s := k.Status()
	planB := k.PlanBTriggered() && !c.Client
	if planB {
		y -= 2
	}
	c.paint().Signal(true).Fill(chart.StatusColour(s))
	c.Pen.Circle(x+2, y, 1.8, "F")
	c.Pen.SetXY(x+4.5, y-2)
	c.font("B", 7)
	c.paint().Signal(true).Text(chart.StatusColour(s))
	c.Pen.CellFormat(24, 4, c.T(LightKey(s)), "", 0, "L", false, 0, "")
	if planB {
		c.fill(PlanBColour)
		c.Pen.RoundedRect(x, y+2.6, 27, 3.6, 0.6, "1234", "F")
		c.Pen.SetXY(x, y+2.6)
		c.font("B", 6.5)
		c.colour(chart.White)
		c.Pen.CellFormat(27, 3.6, c.T("plancharts.pdf_plan_b"), "", 0, "CM", false, 0, "")
	}
}

// LightKey is the catalogue key of a light's word: "kpi.green", "kpi.amber", "kpi.red", or
// "kpi.none" for a KPI not measured yet.
func LightKey(s domain.Status) string {
	if s == domain.StatusNone {
		return "kpi.none"
	}
	return "kpi." + string(s)
}
