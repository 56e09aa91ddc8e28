package pdf

import (
	"strconv"

	"github.com/jung-kurt/gofpdf"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// The relationship pyramid of the document, drawn from the shared layout (ui/chart): the
// five stages from exploratory up, the current one filled, the target ringed, and each
// stage's description beside its band.

const pyFontPt = 7.5

// pyramid is the relationship pyramid with the stage now and the stage aimed at.
type pyramid struct{ now, target domain.Stage }

func (py pyramid) text(d *doc) chart.PyramidText {
	tx := chart.PyramidText{Now: d.t("plancharts.pdf_now"), Target: d.t("plancharts.pdf_target")}
	for i, s := range domain.Stages {
		tx.Names[i] = d.stageName(s)
		tx.Descriptions[i] = d.t("plancharts.stage.desc." + strconv.Itoa(int(s)))
	}
	return tx
}

func (py pyramid) options(d *doc) chart.PyramidOptions {
	return chart.PyramidOptions{Width: 64, BandH: 14, Gap: 0.9, TopShare: 0.22, DescW: d.width() - 64 - 6, DescGap: 6,
		FontSize: pyFontPt * ptToMM, LineH: 3.4, Pad: 1.2, Measure: onPaper}
}

// height is the room the pyramid takes.
func (py pyramid) height(d *doc) float64 { return 5*py.options(d).BandH + 6 }

// draw draws the pyramid with now and target marked.
func (py pyramid) draw(d *doc) {
	if !py.now.Valid() && !py.target.Valid() {
		d.notAssessed()
		return
	}
	d.need(py.height(d))
	defer d.pdf.Figure(d.alt().Stage())()
	p := chart.LayoutPyramid(py.now, py.target, py.text(d), py.options(d))
	s := chart.Scale{Origin: chart.Point{X: marginX, Y: d.pdf.GetY()}, Factor: 1}
	for i, b := range p.Bands {
		py.band(d, s, i, b)
	}
	d.pdf.SetY(s.Point(chart.Point{Y: p.Frame.Bottom()}).Y + 6)
}

// band is a stage: its slice of the pyramid and its description beside it.
func (py pyramid) band(d *doc, s chart.Scale, i int, b chart.PyramidBand) {
	py.slice(d, s, i, b)
	py.description(d, s, b)
}

// slice is the stage's band of the pyramid, filled when it is now, ringed when it is the target.
func (py pyramid) slice(d *doc, s chart.Scale, i int, b chart.PyramidBand) {
	var pts []gofpdf.PointType
	for _, p := range b.Shape {
		q := s.Point(p)
		pts = append(pts, gofpdf.PointType{X: q.X, Y: q.Y})
	}
	fill, labelInk := d.tint(0.12+0.08*float64(i)), ink
	if b.Now {
		fill, labelInk = d.accent, chart.White
	}
	d.fill(fill)
	d.draw(chart.White)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Polygon(pts, "FD")
	if b.Target {
		d.draw(targetColour)
		d.pdf.SetLineWidth(0.9)
		d.pdf.Polygon(pts, "D")
	}
	py.label(d, s, b.Label, "B", labelInk, "C")
}

// description is what the stage means, with a badge for now and the target.
func (py pyramid) description(d *doc, s chart.Scale, b chart.PyramidBand) {
	desc := s.Rect(b.Desc)
	d.fill(zebra)
	if b.Now || b.Target {
		d.fill(d.tint(0.08))
	}
	d.pdf.Rect(desc.X, desc.Y, desc.W, desc.H, "F")
	py.label(d, s, b.Heading, "B", ink, "L")
	for j, l := range b.Badges {
		c := targetColour
		if b.Now && j == 0 {
			c = d.accent
		}
		r := s.Rect(l.Box)
		d.fill(c)
		d.pdf.RoundedRect(r.X, r.Y+0.3, r.W, r.H-0.6, 0.6, "1234", "F")
		py.label(d, s, l, "B", chart.White, "C")
	}
	for _, l := range b.Lines {
		py.label(d, s, l, "", muted, "L")
	}
}

// targetColour rings the target stage.
var targetColour = chart.Gold

func (py pyramid) label(d *doc, s chart.Scale, l chart.Label, style string, c chart.RGB, align string) {
	if !l.Hidden {
		d.pdfLabel(s, l, pyFontPt, style, c, align)
	}
}
