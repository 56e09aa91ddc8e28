package charts

import "kamplan/ui/chart"

// SpendBar is the customer's spend on one bar: our revenue in the accent against the rest
// of the purchase potential, the white space, with a key under it that names both parts
// as the figures under it do.
type SpendBar struct{ Revenue, Potential int64 }

// Draw draws the bar from x across w millimetres at the cursor, its key under it, and
// moves the cursor under both; without a potential it draws nothing.
func (b SpendBar) Draw(c *Canvas, x, w float64) {
	if b.Potential <= 0 {
		return
	}
	y := c.Pen.GetY()
	ours := min(1, float64(b.Revenue)/float64(b.Potential))
	c.fill(chart.Rest)
	c.Pen.Rect(x, y, w, 6, "F")
	c.fill(c.Accent)
	c.Pen.Rect(x, y, w*ours, 6, "F")
	c.Pen.SetXY(x, y+7)
	Key{{Colour: c.Accent, Label: c.T("pdf.revenue")}, {Colour: chart.Rest, Label: c.T("pdf.white_space")}}.Draw(c, x, w)
	c.Pen.SetY(c.Pen.GetY() + 1)
}
