package charts

import (
	"math"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// WalletBar shows our revenue against the potential, and the competitors' shares, with
// its key under it.
type WalletBar struct{ W domain.Wallet }

// Height is the height of the bar with its key; none without a potential.
func (b WalletBar) Height() float64 {
	if b.W.Potential <= 0 {
		return 0
	}
	return 22
}

// Draw draws the bar and its key at the cursor, on the next page when they do not fit.
func (b WalletBar) Draw(c *Canvas) {
	w := b.W
	if w.Potential <= 0 {
		return
	}
	c.Need(b.Height())
	defer c.Pen.Figure(c.Alt.Wallet())()
	y, width := c.Pen.GetY(), c.Width()
	c.fill(chart.Rest)
	c.Pen.Rect(c.MarginX, y, width, 8, "F")
	ours := math.Min(1, float64(w.Revenue)/float64(w.Potential))
	c.fill(c.Accent)
	c.Pen.Rect(c.MarginX, y, width*ours, 8, "F")
	x := c.MarginX + width*ours
	shades := []float64{1, 0.72, 0.5, 0.37} // of grey, one per competitor in turn
	for i, comp := range w.Competitors {
		cw := math.Min(width*comp.SharePct/100, c.MarginX+width-x)
		c.fill(Light(chart.Grey, shades[i%len(shades)]))
		c.Pen.Rect(x, y, cw, 8, "F")
		x += cw
	}
	sow, _ := w.ShareOfWallet()
	key := Key{{Colour: c.Accent, Label: c.T("pdf.wallet_legend", c.Loc.Pct(sow))}}
	for i, comp := range w.Competitors {
		key = append(key, Swatch{Colour: Light(chart.Grey, shades[i%len(shades)]), Label: c.Txt(comp.Name) + " " + c.Loc.Pct(comp.SharePct)})
	}
	key = append(key, Swatch{Colour: chart.Rest, Label: c.T("pdf.wallet_rest")})
	c.Pen.SetXY(c.MarginX, y+10)
	key.Draw(c, c.MarginX, width)
	c.Pen.Ln(3)
}
