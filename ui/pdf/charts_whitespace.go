package pdf

import (
	"kamplan/domain/plausible"
	"strings"

	"kamplan/ui/chart"
	"kamplan/ui/pdf/charts"
)

// The white-space map (METHOD §2), drawn from the app's layout (ui/chart) in millimetres:
// buying centres × offerings, cells coloured by status with the open potential as
// intensity, totals at the right and at the bottom. A map wider than the page is cut into
// blocks of columns, a long one into pages of rows, the header row repeated on each; no
// cell is ever cut by a page break. Names cut short on the map are listed whole under it.
// The client edition's plan carries no competitor on its cells, so none is named.

const (
	spaceMaxCols   = 5    // offerings side by side on a page
	spaceMinCellW  = 20.0 // mm
	spaceMaxCellW  = 34.0 // mm: a few offerings share the page's width
	spaceKeyHeight = 21.0 // mm: the colour key and the note under it, the caption under the map
)

// whiteSpaceMap is the white-space map: buying centres × offerings.
type whiteSpaceMap struct{}

// options sizes the map for cols offerings on the page's width.
func (ws whiteSpaceMap) options(d *doc, cols int, totals bool) chart.SpaceOptions {
	o := chart.SpaceOptions{CellW: 26, CellH: 13, RowHeadW: 34, ColHeadH: 11, TotalW: 25, TotalH: 10,
		FontSize: 2.3, LineH: 3, Pad: 1, Measure: onPaper}
	room := d.width() - o.RowHeadW
	if totals {
		room -= o.TotalW
	}
	if cols > 0 {
		o.CellW = min(spaceMaxCellW, max(spaceMinCellW, room/float64(cols)))
	}
	return o
}

// draw draws the map, with its key and the names cut short, or nothing when the plan has
// no buying centres or no offerings.
func (ws whiteSpaceMap) draw(d *doc) {
	p := d.plan
	rows, cols := len(p.Centres), len(p.Wallet.Offerings)
	if rows == 0 || cols == 0 {
		return
	}
	blocks := (cols + spaceMaxCols - 1) / spaceMaxCols
	per := (cols + blocks - 1) / blocks
	// a map that fits a page is never split: it starts on the next page if need be
	o := ws.options(d, per, blocks == 1)
	whole := spaceKeyHeight + o.ColHeadH + float64(rows)*o.CellH + o.TotalH + 4
	if whole > d.bottom()-marginTop-12 {
		whole = 50
	}
	d.listedHeading(d.t("whitespace.pdf.title"), whole)
	charts.SpaceKey(canvasOf(d), d.plan.Currency)
	tx := chart.SpaceWords(d.t, d.loc.Compact)
	tx.Deals, tx.Open = func(n int) string { return d.loc.TCount("pipeline.column_count", n, n) }, charts.SpaceOpen(canvasOf(d))
	var cut []string
	for from := 0; from < cols; from += per {
		to := min(cols, from+per)
		o := ws.options(d, to-from, to == cols)
		o.ColFrom, o.ColTo, o.NoRowTotals = from, to, to != cols
		cut = append(cut, ws.rows(d, tx, o, rows)...)
	}
	charts.SpaceReconcile(canvasOf(d), chart.InProgressByDeals(d.plan))
	ws.cutNames(d, cut)
	ws.warnings(d)
}

// warnings says, in the internal edition, where the cells' money differs from the wallet.
func (ws whiteSpaceMap) warnings(d *doc) {
	warnings := plausible.SpaceWarnings(d.plan)
	if d.client || len(warnings) == 0 {
		return
	}
	d.font("", smallSize)
	d.colour(muted)
	for _, w := range warnings {
		d.pdf.SetX(marginX)
		d.pdf.MultiCell(d.width(), 3.8, "! "+d.t(w.Key, w.Args...), "", "L", false)
	}
	d.pdf.Ln(2)
}

// rows draws the rows of one block of columns over as many pages as they need (the
// header row on each, "continued" above) and returns the names its headers cut short.
func (ws whiteSpaceMap) rows(d *doc, tx chart.SpaceText, o chart.SpaceOptions, rows int) []string {
	var cut []string
	for from := 0; from < rows; {
		avail := d.room() - 2 - o.ColHeadH
		n, left := int(avail/o.CellH), rows-from
		if n >= left {
			n = left
			if avail-float64(left)*o.CellH < o.TotalH {
				n = left - 1 // the totals row stays with the last centres
			}
		}
		if n < 1 {
			d.pdf.AddPage()
			continuedCaption(d, d.t("whitespace.pdf.title"))
			continue
		}
		o.RowFrom, o.RowTo = from, from+n
		o.NoColTotals = o.RowTo != rows
		m := chart.LayoutWhiteSpace(d.plan, tx, o)
		y := d.pdf.GetY() + 1
		ws.drawMap(d, m, chart.Scale{Origin: chart.Point{X: marginX, Y: y}, Factor: 1})
		d.pdf.SetY(y + m.Frame.H + 3)
		cut = append(cut, charts.SpaceCutHeaders(m)...)
		if from = o.RowTo; from < rows {
			d.pdf.AddPage()
			continuedCaption(d, d.t("whitespace.pdf.title"))
		}
	}
	return cut
}

// cutNames lists, once each, the names the map could not show whole.
func (ws whiteSpaceMap) cutNames(d *doc, names []string) {
	seen := map[string]bool{}
	var list []string
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			list = append(list, d.txt(n))
		}
	}
	if len(list) == 0 {
		return
	}
	d.font("", smallSize)
	d.colour(muted)
	d.pdf.SetX(marginX)
	d.pdf.MultiCell(d.width(), 3.8, d.t("whitespace.pdf.full_names", strings.Join(list, " · ")), "", "L", false)
	d.pdf.Ln(2)
}

// drawMap draws a laid-out map: boxes, then their text.
func (ws whiteSpaceMap) drawMap(d *doc, m chart.SpaceMap, s chart.Scale) {
	defer d.pdf.Figure(altOf(d).WhiteSpace())()
	d.pdf.SetLineWidth(0.2)
	d.draw(rule)
	for _, h := range append(append([]chart.SpaceHead{}, m.Rows...), m.Cols...) {
		ws.box(d, s.Rect(h.Box), zebra)
		ws.labels(d, h.Labels, s, ink, h.ID == "")
	}
	for _, b := range m.Boxes() {
		fill, text := chart.White, ink
		if c, ok := chart.SpaceColour(b.Class); ok {
			fill = light(c, b.Strength)
		}
		if b.Class == "total" {
			fill = zebra
		}
		if b.Dark {
			text = d.look.TextOn(fill)
		}
		ws.box(d, s.Rect(b.Box), fill)
		ws.labels(d, b.Labels, s, text, b.Class == "total")
	}
}

func (ws whiteSpaceMap) box(d *doc, r chart.Rect, fill chart.RGB) {
	d.fill(fill)
	d.pdf.Rect(r.X, r.Y, r.W, r.H, "FD")
}

func (ws whiteSpaceMap) labels(d *doc, ls []chart.Label, s chart.Scale, c chart.RGB, bold bool) {
	style := ""
	if bold {
		style = "B"
	}
	for _, l := range ls {
		d.pdfLabel(s, l, 2.3*mmToPt, style, c, "L")
	}
}
