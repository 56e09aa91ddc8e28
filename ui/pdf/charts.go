package pdf

import (
	"kamplan/ui/chart"
	"kamplan/ui/pdf/alt"
	"kamplan/ui/pdf/charts"
)

// What the charts share: the layouts of ui/chart give boxes, lines and labels in their own
// units; a chart scales them to millimetres and draws them with these.

// Points and millimetres.
const (
	ptToMM = charts.PtToMM
	mmToPt = charts.MMToPt
)

// onPaper measures a layout's text as the document draws it (see charts.OnPaper).
var onPaper = charts.OnPaper

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

// pdfLabel writes a layout's label at its place (see charts.Canvas.Label); false when it
// had to be cut to its box.
func (d *doc) pdfLabel(s chart.Scale, l chart.Label, pt float64, style string, c chart.RGB, align string) bool {
	return canvasOf(d).Label(s, l, pt, style, c, align)
}

// altOf words the charts for a reader who does not see them.
func altOf(d *doc) alt.Words { return alt.Words{Loc: d.loc, Plan: d.plan} }

// light mixes a colour with white: 0 is white, 1 the colour itself.
var light = charts.Light

// canvasOf lends the page to the charts of package charts.
func canvasOf(d *doc) *charts.Canvas {
	return &charts.Canvas{Pen: d.pdf, Accent: d.accent, Look: d.look, Loc: d.loc, Clean: d.clean, Client: d.client,
		MarginX: marginX, MarginBottom: marginBottom, NotAssessed: d.notAssessed, Alt: altOf(d)}
}

// pyramidOf is the relationship pyramid of the plan.
func pyramidOf(d *doc) charts.Pyramid {
	return charts.Pyramid{Now: d.plan.StageNow, Target: d.plan.StageTarget, Name: d.stageName}
}
