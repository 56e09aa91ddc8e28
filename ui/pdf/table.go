package pdf

import (
	"kamplan/ui/chart"
	"kamplan/ui/pdf/columns"
)

// table writes rows under a header row that is repeated on every page it spans. Column
// widths come from the content: no column is narrower than its longest word (or, for a
// column in nowrap, its longest line: dates and figures never wrap), and the rest of the
// width goes to the columns with the most text.
type table struct {
	header []string
	align  string // one letter per column: L, C or R
	nowrap string // one letter per column: x keeps the cell on one line
	rows   [][]string
	// colourOf, when set, paints a cell (row, column) with a signal's text colour.
	colourOf func(row, col int) (chart.RGB, bool)
	// minRowH is the least height of a row (room for a drawing in a cell).
	minRowH float64
	fixed   []float64 // when set, a width in millimetres per column (0: from the content)
	least   []float64 // when set, the share of the width a column gets at least, if its text needs it
	split   bool      // a small table may split: set so, or decided where its heading starts (see whole)
	listed  bool      // its heading is numbered and in the contents (see listedHeading)
	// continued, when set, names the table on the pages its rows run onto: "… (continued)"
	continued string
	total     bool      // its last row is the total: in bold, under a rule in ink
	tail      float64   // millimetres drawn under the last row (a key) that stay on its page
	widths    []float64 // computed: millimetres
	heights   []float64 // computed: each row's, in millimetres
}

const (
	cellLineH   = 3.9
	headerLineH = 3.6
	smallRows   = 6 // a table of up to this many rows stays in one piece with its heading
)

// draw writes the table, or says the part is not assessed when it has no rows.
func (tb table) draw(d *doc) {
	if len(tb.rows) == 0 {
		d.notAssessed()
		return
	}
	tb = tb.laidOut(d)
	if tb.whole(d, 0) {
		d.need(tb.height(d))
	}
	tb.drawRows(d, nil)
	d.pdf.Ln(3)
}

// drawRows writes the header and the rows, the header again on every page the rows run
// onto; after, when given, draws more into row i (at y, h high) once it is written.
func (tb table) drawRows(d *doc, after func(i int, y, h float64)) {
	d.keep(func() { tb.drawHeader(d, tb.rowHeight(0)) })
	for i, row := range tb.rows {
		h, below := tb.rowHeight(i), 0.0
		if i == len(tb.rows)-1 {
			below = tb.tail
		}
		if d.room() < h+below || tb.lastWouldStandAlone(d, i, h) {
			d.pdf.AddPage()
			continuedCaption(d, tb.continued)
			tb.drawHeader(d, h)
		}
		y := d.pdf.GetY()
		tb.drawRow(d, i, row, h)
		if after != nil {
			after(i, y, h)
		}
	}
}

// lastWouldStandAlone reports whether the rows from i on, the table's last three (two of a
// table of four), do not all fit the page: they go over together, never one or two alone
// under a repeated header.
func (tb table) lastWouldStandAlone(d *doc, i int, h float64) bool {
	n := len(tb.rows)
	if k := min(3, n-2); k < 2 || i != n-k {
		return false
	}
	for j := i + 1; j < n; j++ {
		h += tb.rowHeight(j)
	}
	return d.room() < h+tb.tail
}

// drawHeaded writes a heading and the table; a small table stays with its heading on one
// page, a long one keeps its heading with the header and first rows.
func (tb table) drawHeaded(d *doc, title string) {
	if len(tb.rows) == 0 {
		d.heading(title, 10)
		d.notAssessed()
		return
	}
	tb = tb.laidOut(d)
	tb.split, tb.continued = tb.split || !tb.whole(d, headingH), title
	if tb.listed {
		d.listedHeading(title, tb.keepHeight(d))
	} else {
		d.heading(title, tb.keepHeight(d))
	}
	tb.draw(d)
}

// keepHeight is what must stay together at the start of a table: all of a small table,
// the header and two rows of a long one — all three of one of three, whose last row would
// otherwise go over alone.
func (tb table) keepHeight(d *doc) float64 {
	tb = tb.laidOut(d)
	keep := tb.headerHeight(d)
	for i := range tb.rows {
		if i >= 2 && len(tb.rows) > 3 && !tb.whole(d, 0) {
			break
		}
		keep += tb.rowHeight(i)
	}
	return keep
}

// whole says whether the table stays in one piece: a small one does, unless the page it
// starts on is under half full and it does not fit the rest under a heading above mm high
// (see halfFull).
func (tb table) whole(d *doc, above float64) bool {
	return len(tb.rows) <= smallRows && !tb.split && (filled(d) >= halfFull || above+tb.height(d) <= d.room())
}

// height is the height of the whole table, header included; not the space after it, which
// need not fit at a page's foot.
func (tb table) height(d *doc) float64 {
	h := tb.headerHeight(d)
	for i := range tb.rows {
		h += tb.rowHeight(i)
	}
	return h
}

// laidOut is the table with its column widths set from the content (see columns.Widths),
// unless they are set, and its rows measured in them once.
func (tb table) laidOut(d *doc) table {
	if tb.widths == nil {
		c := columns.Table{Header: tb.header, Rows: tb.rows, Nowrap: tb.nowrap, Least: tb.least, Fixed: tb.fixed}
		tb.widths = c.Widths(d.pdf, smallSize, d.width())
	}
	if tb.heights == nil {
		tb.heights = make([]float64, len(tb.rows))
		for i, row := range tb.rows {
			tb.heights[i] = tb.measureRow(d, row)
		}
	}
	return tb
}

func (tb table) headerHeight(d *doc) float64 {
	d.font("B", smallSize)
	lines := 1
	for i, h := range tb.header {
		lines = max(lines, len(d.pdf.SplitText(h, tb.widths[i])))
	}
	return float64(lines)*headerLineH + 3
}

// drawHeader writes the header row, on a new page unless the next row, first high, fits
// under it.
func (tb table) drawHeader(d *doc, first float64) {
	hh := tb.headerHeight(d)
	d.need(hh + min(first, d.bottom()-marginTop-hh))
	y := d.pdf.GetY()
	headerBackground(d, y, hh)
	x := marginX
	for i, h := range tb.header {
		d.pdf.SetXY(x, y+1.5)
		d.pdf.MultiCell(tb.widths[i], headerLineH, h, "", string(tb.align[i]), false)
		x += tb.widths[i]
	}
	d.pdf.SetY(y + hh)
}

// rowHeight is row i's height, as measured where the table was laid out.
func (tb table) rowHeight(i int) float64 { return tb.heights[i] }

func (tb table) measureRow(d *doc, row []string) float64 {
	d.font("", smallSize)
	lines := 1
	for i, cell := range row {
		lines = max(lines, len(d.pdf.SplitText(cell, tb.widths[i])))
	}
	return max(float64(lines)*cellLineH+2.4, tb.minRowH)
}

func (tb table) drawRow(d *doc, index int, row []string, h float64) {
	y := d.pdf.GetY()
	if index%2 == 1 {
		d.fill(zebra)
		d.pdf.Rect(marginX, y, d.width(), h, "F")
	}
	x, style := marginX, ""
	if tb.total && index == len(tb.rows)-1 {
		style = "B"
		d.draw(ink)
		d.pdf.Line(marginX, y, marginX+d.width(), y)
	}
	d.font(style, smallSize)
	for i, cell := range row {
		d.colour(ink)
		if tb.colourOf != nil {
			if c, ok := tb.colourOf(index, i); ok {
				paint(d).Signal(true).Text(c)
				d.font("B", smallSize)
			}
		}
		d.pdf.SetXY(x, y+1.2)
		d.pdf.MultiCell(tb.widths[i], cellLineH, cell, "", string(tb.align[i]), false)
		d.font(style, smallSize)
		x += tb.widths[i]
	}
	d.draw(rule)
	d.pdf.SetLineWidth(0.1)
	d.pdf.Line(marginX, y+h, marginX+d.width(), y+h)
	d.pdf.SetY(y + h)
}

// headerBackground is the header row's fill in the theme's tint of the accent, or with
// none a rule in ink under the row; the header's text is ink.
func headerBackground(d *doc, y, h float64) {
	d.colour(ink)
	if d.look.HeaderTint > 0 {
		d.fill(d.tint(d.look.HeaderTint))
		d.pdf.Rect(marginX, y, d.width(), h, "F")
		return
	}
	d.draw(ink)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Line(marginX, y+h, marginX+d.width(), y+h)
}
