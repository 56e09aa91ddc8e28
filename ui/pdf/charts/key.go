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
	Dashed bool // a dashed upright line in the colour (the timeline's today), not a square
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
		k.mark(c, at, y+0.6, box)
		c.Pen.SetXY(at+box+gap, y)
		c.Pen.CellFormat(kw-box-gap, line, k.Label, "", 0, "L", false, 0, "")
		at += kw
	}
	c.Pen.SetXY(x, y+line)
}

// mark is the swatch's square, or its dashed line, in a box side mm wide at x, y.
func (k Swatch) mark(c *Canvas, x, y, side float64) {
	if !k.Dashed {
		c.paint().Signal(k.Signal).Fill(k.Colour)
		c.draw(chart.Grey)
		c.Pen.Rect(x, y, side, side, "FD")
		return
	}
	c.paint().Signal(k.Signal).Line(k.Colour)
	c.Pen.SetLineWidth(0.3)
	c.Pen.SetDashPattern([]float64{0.8, 0.6}, 0)
	c.Pen.Line(x+side/2, y-0.4, x+side/2, y+side+0.4)
	c.Pen.SetDashPattern(nil, 0)
	c.Pen.SetLineWidth(0.2)
}
