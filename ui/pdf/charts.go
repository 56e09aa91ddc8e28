package pdf

import (
	"kamplan/ui/chart"
	"kamplan/ui/pdf/alt"
	"kamplan/ui/pdf/pen"
)

// What the charts share: the layouts of ui/chart give boxes, lines and labels in their own
// units; a chart scales them to millimetres and draws them with these.

// Points and millimetres.
const (
	ptToMM = 0.3528
	mmToPt = 72 / 25.4
)

// onPaper measures a layout's text as the document draws it (see pen.Width). A layout's
// font size is in its own unit, and so is the width: drawn at scale f, the text is
// size·f/ptToMM points high and f times as wide.
func onPaper(text string, size float64, bold bool) float64 {
	style := ""
	if bold {
		style = "B"
	}
	return pen.Width(text, style, size/ptToMM)
}

// planBColour marks contingency actions (a violet no status uses).
var planBColour = chart.Violet

// pdfBox fills and/or strokes a box in millimetres.
func (d *doc) pdfBox(r chart.Rect, fill, stroke *chart.RGB) {
	style := ""
	if fill != nil {
		d.fill(*fill)
		style += "F"
	}
	if stroke != nil {
		d.draw(*stroke)
		style += "D"
	}
	d.pdf.Rect(r.X, r.Y, r.W, r.H, style)
}

// pdfLabel writes a layout's label at its place. The layout measured the text with onPaper,
// so it fits; should a label's font be wider than measured (oblique, or regular text drawn
// bold), the text is set smaller (down to 90 %), and only past that cut to its box (false
// then).
func (d *doc) pdfLabel(s chart.Scale, l chart.Label, pt float64, style string, c chart.RGB, align string) bool {
	if l.Text == "" {
		return true
	}
	b := s.Rect(l.Box)
	text := d.txt(l.Text)
	d.font(style, pt)
	fits := true
	if w := d.pdf.GetStringWidth(text); w > b.W {
		size := max(0.9, b.W/w) * pt
		d.font(style, size)
		if d.pdf.GetStringWidth(text) > b.W+0.01 {
			text, fits = d.fit(text, b.W), false
		}
	}
	d.colour(c)
	d.pdf.SetXY(b.X, b.Y)
	margin := d.pdf.GetCellMargin()
	d.pdf.SetCellMargin(0)
	d.pdf.CellFormat(b.W, b.H, text, "", 0, align+"M", false, 0, "")
	d.pdf.SetCellMargin(margin)
	return fits
}

// light mixes a colour with white: 0 is white, 1 the colour itself.
// alt words the charts for a reader who does not see them.
func (d *doc) alt() alt.Words { return alt.Words{Loc: d.loc, Plan: d.plan} }

func light(c chart.RGB, f float64) chart.RGB { return chart.Mix(chart.White, c, f) }
