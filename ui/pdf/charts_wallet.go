package pdf

import (
	"math"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// walletBar shows our revenue against the potential, and the competitors' shares.
type walletBar struct{ w domain.Wallet }

// height is the height of the bar with its key.
func (b walletBar) height() float64 {
	if b.w.Potential <= 0 {
		return 0
	}
	return 22
}

func (b walletBar) draw(d *doc) {
	w := b.w
	if w.Potential <= 0 {
		return
	}
	d.need(b.height())
	defer d.pdf.Figure(altOf(d).Wallet())()
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
	key := colourKey{{Colour: d.accent, Label: d.t("pdf.wallet_legend", d.loc.Pct(sow))}}
	for i, c := range w.Competitors {
		key = append(key, swatch{Colour: light(chart.Grey, shades[i%len(shades)]), Label: d.txt(c.Name) + " " + d.loc.Pct(c.SharePct)})
	}
	key = append(key, swatch{Colour: chart.Rest, Label: d.t("pdf.wallet_rest")})
	d.pdf.SetXY(marginX, y+10)
	drawKey(d, key)
	d.pdf.Ln(3)
}
