// Package columns works out the widths of a table's columns from their text: every word
// fits its column, short lines (names, statuses) stay whole when the table has room, and the
// rest of the width goes to the columns with text to wrap.
package columns

import (
	"strings"

	"kamplan/ui/pdf/pen"
)

// Table is a table's text and the wishes for its columns.
type Table struct {
	Header []string
	Rows   [][]string
	Nowrap string    // an 'x' at a column's index keeps its cells' lines whole
	Least  []float64 // the share of the width a column gets at least, if its text needs it
	Fixed  []float64 // a width in millimetres per column (0: from the content)
}

// Widths are the widths of a table's columns, in millimetres, for a table width wide, its
// text set at size points. A column is no narrower than its longest word, nor, when the
// table has room, than its longest short line (a name, a status: see shortLine), which then
// never wraps.
func (tb Table) Widths(p *pen.Pen, size, width float64) []float64 {
	n := len(tb.Header)
	minW, keepW, maxW := make([]float64, n), make([]float64, n), make([]float64, n)
	pad := 2*p.GetCellMargin() + 0.6
	p.SetFont(pen.Family, "B", size)
	for i, h := range tb.Header {
		minW[i], maxW[i] = textExtent(p, h, false)
	}
	p.SetFont(pen.Family, "", size)
	for _, row := range tb.Rows {
		for i, cell := range row {
			whole := tb.Nowrap != "" && tb.Nowrap[i] == 'x'
			lo, hi := textExtent(p, cell, whole)
			if whole {
				lo, hi = lo*1.1, hi*1.1 // room for a cell drawn in bold (colourOf)
			}
			minW[i], maxW[i] = max(minW[i], lo), max(maxW[i], hi)
			keepW[i] = max(keepW[i], widestShort(p, cell))
		}
	}
	for i := range minW {
		minW[i] += pad
		keepW[i] = max(keepW[i]+pad, minW[i])
		maxW[i] = max(maxW[i]+pad, keepW[i])
		if i < len(tb.Least) { // a long text beside it leaves it more than its longest word
			minW[i] = max(minW[i], min(tb.Least[i]*width, maxW[i]))
			keepW[i] = max(keepW[i], minW[i])
		}
		if i < len(tb.Fixed) && tb.Fixed[i] > 0 {
			minW[i], keepW[i], maxW[i] = tb.Fixed[i], tb.Fixed[i], tb.Fixed[i]
		}
	}
	if sum(keepW) <= width {
		minW = keepW
	}
	return distribute(minW, maxW, width)
}

// shortLine is the widest line a table keeps whole when it has room: a person's name, a
// status, a short label — about 30 characters of the table's type.
const shortLine = 34.0

// widestShort is the width of the widest of a cell's lines no wider than shortLine.
func widestShort(pdf *pen.Pen, cell string) float64 {
	w := 0.0
	for _, line := range strings.Split(cell, "\n") {
		if lw := pdf.GetStringWidth(line); lw <= shortLine {
			w = max(w, lw)
		}
	}
	return w
}

// textExtent is the width of the longest word (or line, when whole) and of the longest line.
func textExtent(pdf *pen.Pen, s string, whole bool) (float64, float64) {
	var lo, hi float64
	for _, line := range strings.Split(s, "\n") {
		w := pdf.GetStringWidth(line)
		hi = max(hi, w)
		if whole {
			lo = max(lo, w)
			continue
		}
		if w <= lo {
			continue
		}
		for _, word := range strings.Fields(line) {
			lo = max(lo, pdf.GetStringWidth(word))
		}
	}
	return lo, hi
}

// distribute shares total between columns that need at least lo and would like hi.
func distribute(lo, hi []float64, total float64) []float64 {
	sumLo, sumHi := sum(lo), sum(hi)
	slack := sumHi - sumLo
	out := make([]float64, len(lo))
	for i := range out {
		switch {
		case sumHi <= total && slack > 0: // the extra goes to the columns with text to wrap
			out[i] = hi[i] + (total-sumHi)*(hi[i]-lo[i])/slack
		case sumHi <= total:
			out[i] = hi[i] + (total-sumHi)*hi[i]/sumHi
		case sumLo <= total:
			out[i] = lo[i] + (total-sumLo)*(hi[i]-lo[i])/slack
		default:
			out[i] = lo[i] * total / sumLo
		}
	}
	return out
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}
