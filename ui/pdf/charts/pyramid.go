package charts

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

// Pyramid is the relationship pyramid with the stage now and the stage aimed at; Name
// names a stage in the document's language.
type Pyramid struct {
	Now, Target domain.Stage
	Name        func(domain.Stage) string
}

func (py Pyramid) text(c *Canvas) chart.PyramidText {
	tx := chart.PyramidText{Now: c.T("plancharts.pdf_now"), Target: c.T("plancharts.pdf_target")}
	for i, s := range domain.Stages {
		tx.Names[i] = py.Name(s)
		tx.Descriptions[i] = c.T("plancharts.stage.desc." + strconv.Itoa(int(s)))
	}
	return tx
}

func (py Pyramid) options(c *Canvas) chart.PyramidOptions {
	return chart.PyramidOptions{Width: 64, BandH: 14, Gap: 0.9, TopShare: 0.22, DescW: c.Width() - 64 - 6, DescGap: 6,
		FontSize: pyFontPt * PtToMM, LineH: 3.4, Pad: 1.2, Measure: OnPaper}
}

// Height is the room the pyramid takes.
func (py Pyramid) Height(c *Canvas) float64 { return 5*py.options(c).BandH + 6 }

// Draw draws the pyramid with now and target marked.
func (py Pyramid) Draw(c *Canvas) {
	if !py.Now.Valid() && !py.Target.Valid() {
		c.NotAssessed()
		return
	}
	c.Need(py.Height(c))
	defer c.Pen.Figure(c.Alt.Stage())()
	p := chart.LayoutPyramid(py.Now, py.Target, py.text(c), py.options(c))
	s := chart.Scale{Origin: chart.Point{X: c.MarginX, Y: c.Pen.GetY()}, Factor: 1}
	for i, b := range p.Bands {
		py.band(c, s, i, b)
	}
	c.Pen.SetY(s.Point(chart.Point{Y: p.Frame.Bottom()}).Y + 6)
}

// band is a stage: its slice of the pyramid and its description beside it.
func (py Pyramid) band(c *Canvas, s chart.Scale, i int, b chart.PyramidBand) {
	py.slice(c, s, i, b)
	py.description(c, s, b)
}

// slice is the stage's band of the pyramid, filled when it is now, ringed when it is the target.
func (py Pyramid) slice(c *Canvas, s chart.Scale, i int, b chart.PyramidBand) {
	var pts []gofpdf.PointType
	for _, p := range b.Shape {
		q := s.Point(p)
		pts = append(pts, gofpdf.PointType{X: q.X, Y: q.Y})
	}
	fill, labelInk := c.tint(0.12+0.08*float64(i)), ink
	if b.Now {
		fill, labelInk = c.Accent, c.Look.TextOn(c.Accent)
	}
	c.fill(fill)
	c.draw(chart.White)
	c.Pen.SetLineWidth(0.2)
	c.Pen.Polygon(pts, "FD")
	if b.Target {
		c.draw(targetColour)
		c.Pen.SetLineWidth(0.9)
		c.Pen.Polygon(pts, "D")
	}
	py.label(c, s, b.Label, "B", labelInk, "C")
	py.label(c, s, b.Name, "B", labelInk, "C")
}

// description is what the stage means, with a badge for now and the target.
func (py Pyramid) description(c *Canvas, s chart.Scale, b chart.PyramidBand) {
	desc := s.Rect(b.Desc)
	c.fill(zebra)
	if b.Now || b.Target {
		c.fill(c.tint(0.08))
	}
	c.Pen.Rect(desc.X, desc.Y, desc.W, desc.H, "F")
	py.label(c, s, b.Heading, "B", ink, "L")
	for j, l := range b.Badges {
		badge := targetColour
		if b.Now && j == 0 {
			badge = c.Accent
		}
		r := s.Rect(l.Box)
		c.fill(badge)
		c.Pen.RoundedRect(r.X, r.Y+0.3, r.W, r.H-0.6, 0.6, "1234", "F")
		py.label(c, s, l, "B", c.Look.TextOn(badge), "C")
	}
	for _, l := range b.Lines {
		py.label(c, s, l, "", muted, "L")
	}
}

// targetColour rings the target stage.
var targetColour = chart.Gold

func (py Pyramid) label(c *Canvas, s chart.Scale, l chart.Label, style string, k chart.RGB, align string) {
	if !l.Hidden {
		c.Label(s, l, pyFontPt, style, k, align)
	}
}
