package pdf

import (
	"fmt"
	"kamplan/domain"
	"strings"
)

// influenceMap places each contact by attitude (x) and influence (y), on the
// Leverage / Convert / Mobilise / Monitor grid (influence ≥ 3, attitude ≥ +1).
func (d *doc) influenceMap() {
	d.heading(d.t("pdf.influence_map"), 95)
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
