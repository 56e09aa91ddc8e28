package pdf

import (
	"kamplan/domain"
	"math"
	"sort"
)

// matrix draws the Customer Portfolio Matrix with every placed account of the portfolio:
// bubble area ∝ revenue, an outer ring ∝ potential, this account highlighted.
func (d *doc) matrix() {
	const size = 110.0
	d.need(size + 18)
	x0, y0 := marginX+14, d.pdf.GetY()+2
	cut := d.in.Settings.Cutoff
	flip := d.in.Settings.StrengthOnLeft
	px := func(v float64) float64 {
		f := (v - 1) / 9
		if flip {
			f = 1 - f
		}
		return x0 + f*size
	}
	py := func(v float64) float64 { return y0 + size - (v-1)/9*size }
	d.matrixQuadrants(x0, y0, size, px(cut), py(cut), flip)
	d.matrixBubbles(px, py)
	d.matrixAxes(x0, y0, size)
	d.pdf.SetY(y0 + size + 12)
}

func (d *doc) matrixQuadrants(x0, y0, size, cx, cy float64, flip bool) {
	left, right := domain.QuadStar, domain.QuadStrategic
	bl, br := domain.QuadStreamline, domain.QuadStatus
	if flip {
		left, right, bl, br = right, left, br, bl
	}
	cells := []struct {
		q          domain.PortfolioQuadrant
		x, y, w, h float64
	}{
		{left, x0, y0, cx - x0, cy - y0}, {right, cx, y0, x0 + size - cx, cy - y0},
		{bl, x0, cy, cx - x0, y0 + size - cy}, {br, cx, cy, x0 + size - cx, y0 + size - cy},
	}
	for i, c := range cells {
		d.fill(d.tint(0.05 + 0.05*float64(i%2)))
		d.pdf.Rect(c.x, c.y, c.w, c.h, "F")
		d.pdf.SetXY(c.x+2, c.y+2)
		d.font("B", smallSize)
		d.colour(d.tint(0.9))
		d.pdf.CellFormat(c.w-4, 4, d.t("portfolio."+string(c.q)), "", 0, "L", false, 0, "")
	}
	d.draw(d.accent)
	d.pdf.SetLineWidth(0.3)
	d.pdf.SetDashPattern([]float64{1.5, 1}, 0)
	d.pdf.Line(cx, y0, cx, y0+size)
	d.pdf.Line(x0, cy, x0+size, cy)
	d.pdf.SetDashPattern(nil, 0)
}

func (d *doc) matrixBubbles(px, py func(float64) float64) {
	rows := append([]domain.PlanSummary(nil), d.in.Portfolio...)
	var maxPot int64 = 1
	for _, r := range rows {
		maxPot = max(maxPot, r.Potential, r.Revenue)
	}
	radius := func(v int64) float64 { return 1.2 + 9*math.Sqrt(float64(v)/float64(maxPot)) }
	sort.Slice(rows, func(i, j int) bool { return rows[i].Potential > rows[j].Potential })
	seen := map[string]bool{}
	for _, r := range rows {
		if !r.Position.Placed || seen[r.AccountID] {
			continue
		}
		seen[r.AccountID] = true
		mine := r.PlanID == d.plan.ID
		x, y := px(r.Position.Strength), py(r.Position.Attractiveness)
		d.draw(muted)
		if mine {
			d.draw(d.accent)
		}
		d.pdf.SetLineWidth(0.3)
		d.pdf.Circle(x, y, radius(r.Potential), "D")
		d.fill([3]int{0xA8, 0xB0, 0xBC})
		if mine {
			d.fill(d.accent)
		}
		d.pdf.Circle(x, y, radius(r.Revenue), "F")
		d.font("", 6.5)
		d.colour(muted)
		if mine {
			d.font("B", 7.5)
			d.colour(ink)
		}
		d.pdf.SetXY(x+radius(r.Revenue)+0.5, y-2)
		d.pdf.CellFormat(40, 4, d.fit(d.txt(r.AccountName), 38), "", 0, "L", false, 0, "")
	}
}

func (d *doc) matrixAxes(x0, y0, size float64) {
	d.draw(ink)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Rect(x0, y0, size, size, "D")
	d.font("", smallSize)
	d.colour(ink)
	d.pdf.SetXY(x0, y0+size+1)
	arrow := " →"
	if d.in.Settings.StrengthOnLeft {
		arrow = " ←"
	}
	d.pdf.CellFormat(size, 5, d.t("portfolio.strength")+arrow, "", 0, "C", false, 0, "")
	label := d.t("portfolio.attractiveness") + " →"
	lx, ly := x0-2.5, y0+size/2+d.pdf.GetStringWidth(label)/2
	d.pdf.TransformBegin()
	d.pdf.TransformRotate(90, lx, ly)
	d.pdf.Text(lx, ly, label)
	d.pdf.TransformEnd()
	d.pdf.SetXY(x0+size+4, y0)
	d.font("", 7)
	d.colour(muted)
	d.pdf.MultiCell(d.width()-size-20, 3.4, d.t("pdf.matrix_legend", d.number(d.in.Settings.Cutoff, 1)), "", "L", false)
}
