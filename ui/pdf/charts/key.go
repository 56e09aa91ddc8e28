package charts

import "kamplan/ui/chart"

// Key explains the colours of a chart: a small square before each label, in a row that
// wraps at the width it is given.
type Key []Swatch

// Swatch is one entry of a key: the colour drawn and what it stands for (ready for the
// fonts).
type Swatch struct {
	Colour chart.RGB
	Label  string
	Signal bool // printed as it is in every theme (theme.Paint), as on the chart
}

// Draw writes the key at the cursor's height, from x across w millimetres, and moves the
// cursor under it, back to x.
func (key Key) Draw(c *Canvas, x, w float64) {
	c.font("", smallSize)
	c.colour(ink)
	const box, gap, line = 2.8, 1.5, 4.2
	at, y := x, c.Pen.GetY()
	for _, k := range key {
		kw := box + gap + c.Pen.GetStringWidth(k.Label) + 4
		if at > x && at+kw > x+w {
			at, y = x, y+line
		}
		c.paint().Signal(k.Signal).Fill(k.Colour)
		c.draw(chart.Grey)
		c.Pen.Rect(at, y+0.6, box, box, "FD")
		c.Pen.SetXY(at+box+gap, y)
		c.Pen.CellFormat(kw-box-gap, line, k.Label, "", 0, "L", false, 0, "")
		at += kw
	}
	c.Pen.SetXY(x, y+line)
}
