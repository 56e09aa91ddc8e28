package pdf

import (
	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/alt"
)

// swotGrid is a SWOT as a coloured 2×2 grid; each cell grows to fit its items, and each
// row of cells stays on one page. The client edition holds only the items shared with the
// client: it leaves an empty quadrant out rather than say there is nothing in it.
type swotGrid struct{ w *domain.SWOT }

// draw draws the grid, or says the SWOT is not assessed when it has no items.
func (g swotGrid) draw(d *doc) {
	if g.w == nil || len(g.w.Items) == 0 {
		d.notAssessed()
		return
	}
	half := (d.width() - 4) / 2
	for _, pair := range [][2]domain.Quadrant{{domain.Strength, domain.Weakness}, {domain.Opportunity, domain.Threat}} {
		left, right := g.w.In(pair[0]), g.w.In(pair[1])
		if d.client && len(left) == 0 && len(right) == 0 {
			continue
		}
		h := max(g.cellHeight(d, left, half), g.cellHeight(d, right, half))
		d.need(h + 2)
		y := d.pdf.GetY()
		if !d.client || len(left) > 0 {
			g.cell(d, pair[0], left, marginX, y, half, h)
		}
		if !d.client || len(right) > 0 {
			g.cell(d, pair[1], right, marginX+half+4, y, half, h)
		}
		d.pdf.SetY(y + h + 4)
	}
}

// firstRow is the height of the grid's first row (strengths, weaknesses).
func (g swotGrid) firstRow(d *doc) float64 {
	if g.w == nil || len(g.w.Items) == 0 {
		return 10
	}
	half := (d.width() - 4) / 2
	return min(max(g.cellHeight(d, g.w.In(domain.Strength), half), g.cellHeight(d, g.w.In(domain.Weakness), half)), 120) + 2
}

func (g swotGrid) itemText(d *doc, it domain.SWOTItem) string {
	d.pdf.Speak(alt.Dots(it.Impact), d.t("pdf.impact_spoken", it.Impact))
	return d.txt(it.Text) + "  " + alt.Dots(it.Impact)
}

func (g swotGrid) cellHeight(d *doc, items []domain.SWOTItem, w float64) float64 {
	d.font("", smallSize)
	h := 11.0
	for _, it := range items {
		h += float64(len(d.pdf.SplitText(g.itemText(d, it), w-8)))*3.8 + 1.2
		if it.Evidence != "" {
			d.font("I", 7)
			h += float64(len(d.pdf.SplitText(d.txt(it.Evidence), w-8))) * 3.3
			d.font("", smallSize)
		}
	}
	if len(items) == 0 {
		h += 4
	}
	return h + 2
}

func (g swotGrid) cell(d *doc, q domain.Quadrant, items []domain.SWOTItem, x, y, w, h float64) {
	c := chart.SWOTColour(q)
	d.fill(light(c, 0.1))
	d.pdf.RoundedRect(x, y, w, h, 2, "1234", "F")
	d.fill(c)
	d.pdf.RoundedRect(x, y, w, 8, 2, "12", "F")
	d.pdf.SetXY(x+3, y+1.5)
	d.font("B", 10)
	d.pdf.SetTextColor(255, 255, 255)
	d.pdf.CellFormat(w-6, 5, d.t("quadrant."+string(q)), "", 0, "L", false, 0, "")
	d.pdf.SetY(y + 10)
	if len(items) == 0 {
		d.pdf.SetX(x + 3)
		d.font("I", smallSize)
		d.colour(muted)
		d.pdf.CellFormat(w-6, 4, d.t("pdf.none"), "", 2, "L", false, 0, "")
	}
	for _, it := range items {
		d.pdf.SetX(x + 3)
		d.font("", smallSize)
		d.colour(ink)
		d.pdf.MultiCell(w-6, 3.8, g.itemText(d, it), "", "L", false)
		if it.Evidence != "" {
			d.pdf.SetX(x + 3)
			d.font("I", 7)
			d.colour(muted)
			d.pdf.MultiCell(w-6, 3.3, d.txt(it.Evidence), "", "L", false)
		}
		d.pdf.Ln(1.2)
	}
}
