package charts

import (
	"strings"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/alt"
)

// SWOTGrid is a SWOT as a coloured 2×2 grid; each cell grows to fit its items, and each
// row of cells stays on one page. The client edition holds only the items shared with the
// client: it leaves an empty quadrant out rather than say there is nothing in it.
// Continued, when set, titles the page a second row of cells moves on to.
type SWOTGrid struct {
	W         *domain.SWOT
	Continued func()
	// KeyPage, when set, is the page the key to the impact dots was last printed on: a grid
	// that ends on that page leaves it out (one key a page), else prints it and sets it.
	KeyPage *int
}

// Draw draws the grid, or says the SWOT is not assessed when it has no items.
func (g SWOTGrid) Draw(c *Canvas) {
	if g.W == nil || len(g.W.Items) == 0 {
		c.NotAssessed()
		return
	}
	half := (c.Width() - 4) / 2
	for _, r := range g.rows(c) {
		if c.Room() < r.h+2 {
			c.Pen.AddPage()
			if g.Continued != nil && r.quadrants[0] == domain.Opportunity {
				g.Continued()
			}
		}
		y := c.Pen.GetY()
		for i, x := range []float64{c.MarginX, c.MarginX + half + 4} {
			if !c.Client || len(r.items[i]) > 0 {
				g.cell(c, r.quadrants[i], r.items[i], x, y, half, r.h)
			}
		}
		c.Pen.SetY(y + r.h + 4)
	}
	c.Pen.SetY(c.Pen.GetY() - 2)
	if g.KeyPage == nil || *g.KeyPage != c.Pen.PageNo() {
		for _, n := range []int{1, 5} { // the key's ends read as the items' dots do
			c.Pen.Speak(alt.Dots(n), c.T("pdf.impact_spoken", n))
		}
		c.Caption(c.T("pdf.impact_key"), 3)
	}
	if g.KeyPage != nil {
		*g.KeyPage = c.Pen.PageNo()
	}
}

// impactKeyH is the height of the key to the impact dots under the grid.
const impactKeyH = 5.0

// swotRow is a row of the grid: two quadrants, their items and the height of their cells.
type swotRow struct {
	quadrants [2]domain.Quadrant
	items     [2][]domain.SWOTItem
	h         float64
}

// rows are the grid's rows; the client edition leaves out a row with nothing shared.
func (g SWOTGrid) rows(c *Canvas) []swotRow {
	half := (c.Width() - 4) / 2
	var out []swotRow
	for _, pair := range [][2]domain.Quadrant{{domain.Strength, domain.Weakness}, {domain.Opportunity, domain.Threat}} {
		left, right := g.W.In(pair[0]), g.W.In(pair[1])
		if c.Client && len(left) == 0 && len(right) == 0 {
			continue
		}
		h := max(g.cellHeight(c, left, half), g.cellHeight(c, right, half))
		out = append(out, swotRow{pair, [2][]domain.SWOTItem{left, right}, h})
	}
	return out
}

// Kept is what stays with the grid's heading: the whole grid when it fits in page mm (it
// then starts a new page rather than split), else its first row.
func (g SWOTGrid) Kept(c *Canvas, page float64) float64 {
	if g.W == nil || len(g.W.Items) == 0 {
		return 10
	}
	h := impactKeyH
	for _, r := range g.rows(c) {
		h += r.h + 4
	}
	if h <= page {
		return h
	}
	return g.FirstRow(c)
}

// FirstRow is the height of the grid's first row (strengths, weaknesses).
func (g SWOTGrid) FirstRow(c *Canvas) float64 {
	if g.W == nil || len(g.W.Items) == 0 {
		return 10
	}
	half := (c.Width() - 4) / 2
	return min(max(g.cellHeight(c, g.W.In(domain.Strength), half), g.cellHeight(c, g.W.In(domain.Weakness), half)), 120) + 2
}

// itemText is the item and its impact dots, drawn w wide: when the dots would wrap alone
// onto a line, the item's last word goes with them.
func (g SWOTGrid) itemText(c *Canvas, it domain.SWOTItem, w float64) string {
	c.Pen.Speak(alt.Dots(it.Impact), c.T("pdf.impact_spoken", it.Impact))
	text, dots := c.Txt(it.Text), "  "+alt.Dots(it.Impact)
	lines := c.Pen.SplitText(text+dots, w)
	cut := strings.LastIndex(text, " ")
	if len(lines) < 2 || strings.Trim(lines[len(lines)-1], "●○ ") != "" || cut < 0 {
		return text + dots
	}
	return text[:cut] + "\n" + text[cut+1:] + dots
}

func (g SWOTGrid) cellHeight(c *Canvas, items []domain.SWOTItem, w float64) float64 {
	c.font("", smallSize)
	h := 11.0
	for _, it := range items {
		h += float64(len(c.Pen.SplitText(g.itemText(c, it, w-6), w-8)))*3.8 + 1.2
		if it.Evidence != "" {
			c.font("I", 7)
			h += float64(len(c.Pen.SplitText(c.Txt(it.Evidence), w-8))) * 3.3
			c.font("", smallSize)
		}
	}
	if len(items) == 0 {
		h += 4
	}
	return h + 2
}

func (g SWOTGrid) cell(c *Canvas, q domain.Quadrant, items []domain.SWOTItem, x, y, w, h float64) {
	colour := chart.SWOTColour(q)
	c.fill(Light(colour, 0.1))
	c.Pen.RoundedRect(x, y, w, h, 2, "1234", "F")
	c.fill(colour)
	c.Pen.RoundedRect(x, y, w, 8, 2, "12", "F")
	c.Pen.SetXY(x+3, y+1.5)
	c.font("B", 10)
	c.colour(c.Look.TextOn(colour))
	c.Pen.CellFormat(w-6, 5, c.T("quadrant."+string(q)), "", 0, "L", false, 0, "")
	c.Pen.SetY(y + 10)
	if len(items) == 0 {
		c.Pen.SetX(x + 3)
		c.font("I", smallSize)
		c.colour(muted)
		c.Pen.CellFormat(w-6, 4, c.T("pdf.none"), "", 2, "L", false, 0, "")
	}
	for _, it := range items {
		c.Pen.SetX(x + 3)
		c.font("", smallSize)
		c.colour(ink)
		c.Pen.MultiCell(w-6, 3.8, g.itemText(c, it, w-6), "", "L", false)
		if it.Evidence != "" {
			c.Pen.SetX(x + 3)
			c.font("I", 7)
			c.colour(muted)
			c.Pen.MultiCell(w-6, 3.3, c.Txt(it.Evidence), "", "L", false)
		}
		c.Pen.Ln(1.2)
	}
}
