package pdf

import (
	"math"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// light mixes a colour with white: 0 is white, 1 the colour itself.
func light(c chart.RGB, f float64) chart.RGB { return chart.Mix(chart.White, c, f) }

// swotGrid draws a SWOT as a coloured 2×2 grid; each cell grows to fit its items, and
// each row of cells stays on one page. The client edition holds only the items shared with
// the client: it leaves an empty quadrant out rather than say there is nothing in it.
func (d *doc) swotGrid(w domain.SWOT) {
	half := (d.width() - 4) / 2
	for _, pair := range [][2]domain.Quadrant{{domain.Strength, domain.Weakness}, {domain.Opportunity, domain.Threat}} {
		left, right := w.In(pair[0]), w.In(pair[1])
		if d.client && len(left) == 0 && len(right) == 0 {
			continue
		}
		h := max(d.swotCellHeight(left, half), d.swotCellHeight(right, half))
		d.need(h + 2)
		y := d.pdf.GetY()
		if !d.client || len(left) > 0 {
			d.swotCell(pair[0], left, marginX, y, half, h)
		}
		if !d.client || len(right) > 0 {
			d.swotCell(pair[1], right, marginX+half+4, y, half, h)
		}
		d.pdf.SetY(y + h + 4)
	}
}

// swotFirstRow is the height of the first row of a SWOT grid (strengths, weaknesses).
func (d *doc) swotFirstRow(w *domain.SWOT) float64 {
	if w == nil || len(w.Items) == 0 {
		return 10
	}
	half := (d.width() - 4) / 2
	return min(max(d.swotCellHeight(w.In(domain.Strength), half), d.swotCellHeight(w.In(domain.Weakness), half)), 120) + 2
}

func (d *doc) swotItemText(it domain.SWOTItem) string {
	return d.txt(it.Text) + "  " + impactDots(it.Impact)
}

func impactDots(n int) string {
	s := ""
	for i := 1; i <= 5; i++ {
		if i <= n {
			s += "●"
		} else {
			s += "○"
		}
	}
	return s
}

func (d *doc) swotCellHeight(items []domain.SWOTItem, w float64) float64 {
	d.font("", smallSize)
	h := 11.0
	for _, it := range items {
		h += float64(len(d.pdf.SplitText(d.swotItemText(it), w-8)))*3.8 + 1.2
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

func (d *doc) swotCell(q domain.Quadrant, items []domain.SWOTItem, x, y, w, h float64) {
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
		d.pdf.MultiCell(w-6, 3.8, d.swotItemText(it), "", "L", false)
		if it.Evidence != "" {
			d.pdf.SetX(x + 3)
			d.font("I", 7)
			d.colour(muted)
			d.pdf.MultiCell(w-6, 3.3, d.txt(it.Evidence), "", "L", false)
		}
		d.pdf.Ln(1.2)
	}
}

// walletBarHeight is the height of the bar with its key.
func (d *doc) walletBarHeight(w domain.Wallet) float64 {
	if w.Potential <= 0 {
		return 0
	}
	return 22
}

// walletBar shows our revenue against the potential, and the competitors' shares.
func (d *doc) walletBar(w domain.Wallet) {
	if w.Potential <= 0 {
		return
	}
	d.need(d.walletBarHeight(w))
	y := d.pdf.GetY()
	width := d.width()
	d.fill(chart.Rest)
	d.pdf.Rect(marginX, y, width, 8, "F")
	ours := math.Min(1, float64(w.Revenue)/float64(w.Potential))
	d.fill(d.accent)
	d.pdf.Rect(marginX, y, width*ours, 8, "F")
	x := marginX + width*ours
	shades := []float64{1, 0.72, 0.5, 0.37} // of grey, one per competitor in turn
	for i, c := range w.Competitors {
		cw := math.Min(width*c.SharePct/100, marginX+width-x)
		d.fill(light(chart.Grey, shades[i%len(shades)]))
		d.pdf.Rect(x, y, cw, 8, "F")
		x += cw
	}
	sow, _ := w.ShareOfWallet()
	key := []swatch{{d.accent, d.t("pdf.wallet_legend", d.loc.Pct(sow))}}
	for i, c := range w.Competitors {
		key = append(key, swatch{light(chart.Grey, shades[i%len(shades)]), d.txt(c.Name) + " " + d.loc.Pct(c.SharePct)})
	}
	key = append(key, swatch{chart.Rest, d.t("pdf.wallet_rest")})
	d.pdf.SetXY(marginX, y+10)
	d.swatches(key)
	d.pdf.Ln(3)
}
