package charts

import (
	"kamplan/domain"
	"kamplan/ui/chart"
)

// The Customer Portfolio Matrix with every placed account of the portfolio, drawn from the
// same layout as the app's (ui/chart): bubble area ∝ revenue, an outer ring ∝ potential,
// coloured by quadrant, this account on top and named first. Labels are drawn after every
// bubble, on a white plate, so none is ever hidden under another account's bubble.

const (
	matrixSize      = 118.0 // mm, axes included
	matrixFontMM    = 2.3   // account names (6.5 pt)
	matrixAxisMM    = 2.65  // axes, ticks, quadrant names (7.5 pt)
	matrixFillAlpha = 0.72
	matrixNameChars = 32 // longer names are cut with "…"
)

// Matrix is the Customer Portfolio Matrix of every placed account; Selected is this
// account's id.
type Matrix struct {
	Accounts       []chart.MatrixAccount
	Selected       string
	Cutoff         float64
	StrengthOnLeft bool
}

// MatrixHeight is the height the matrix takes, in millimetres.
const MatrixHeight = matrixSize + 6

// Draw draws the matrix and its legend beside it.
func (m Matrix) Draw(c *Canvas) {
	c.Need(MatrixHeight)
	x0, y0 := c.MarginX, c.Pen.GetY()+2
	l := m.Layout(c)
	defer c.Pen.Figure(c.Alt.Matrix(len(m.Accounts)))()
	s := chart.Scale{Origin: chart.Point{X: x0, Y: y0}, Factor: 1}
	m.plot(c, l, s)
	m.bubbles(c, l, s)
	m.labels(c, l, s)
	m.axes(c, l, s)
	m.legend(c, l, len(m.Accounts), x0+matrixSize+4, y0)
	c.Pen.SetY(y0 + matrixSize + 4)
}

// Layout places the accounts as the matrix draws them.
func (m Matrix) Layout(c *Canvas) chart.MatrixLayout {
	return chart.LayoutMatrix(m.Accounts, m.text(c), m.options(c))
}

// options size the matrix for the page and measure its names as they are drawn.
func (m Matrix) options(c *Canvas) chart.MatrixOptions {
	return chart.MatrixOptions{W: matrixSize, H: matrixSize,
		Cutoff: m.Cutoff, StrengthOnLeft: m.StrengthOnLeft,
		FontSize: matrixFontMM, AxisFontSize: matrixAxisMM, MaxLabelChars: matrixNameChars, Selected: m.Selected,
		Measure: OnPaper}
}

func (m Matrix) text(c *Canvas) chart.MatrixText {
	tx := chart.MatrixText{Quadrants: map[domain.PortfolioQuadrant]string{},
		Attractiveness: c.T("portfolio.attractiveness"), Strength: c.T("portfolio.strength"),
		Number: func(v float64) string { return c.Loc.Number(v, chart.TickDecimals(v)) }}
	for _, q := range domain.PortfolioQuadrants {
		tx.Quadrants[q] = c.T("portfolio." + string(q))
	}
	return tx
}

func (m Matrix) plot(c *Canvas, l chart.MatrixLayout, s chart.Scale) {
	for _, q := range l.Quadrants {
		b := s.Rect(q.Box)
		c.fill(Light(chart.QuadrantColour(q.Quadrant), 0.1))
		c.Pen.Rect(b.X, b.Y, b.W, b.H, "F")
	}
	c.draw(muted)
	c.Pen.SetLineWidth(0.3)
	c.Pen.SetDashPattern([]float64{1.5, 1}, 0)
	for _, cut := range l.Cuts {
		a, b := s.Point(cut.From), s.Point(cut.To)
		c.Pen.Line(a.X, a.Y, b.X, b.Y)
	}
	c.Pen.SetDashPattern(nil, 0)
}

func (m Matrix) bubbles(c *Canvas, l chart.MatrixLayout, s chart.Scale) {
	for _, b := range l.Bubbles {
		at := s.Point(b.Centre)
		col := chart.QuadrantColour(b.Class)
		c.Pen.SetLineWidth(0.25)
		if b.Ring > 0 {
			c.draw(col)
			c.Pen.Circle(at.X, at.Y, b.Ring*s.Factor, "D")
		}
		c.fill(col)
		c.Pen.SetAlpha(matrixFillAlpha, "Normal")
		if b.Selected {
			c.Pen.SetAlpha(1, "Normal")
			c.draw(ink)
			c.Pen.SetLineWidth(0.6)
			c.Pen.Circle(at.X, at.Y, b.Radius*s.Factor, "FD")
		} else {
			c.Pen.Circle(at.X, at.Y, b.Radius*s.Factor, "F")
		}
		c.Pen.SetAlpha(1, "Normal")
	}
}

// labels writes the quadrants' and the accounts' shown names after every bubble, each
// on a white plate.
func (m Matrix) labels(c *Canvas, l chart.MatrixLayout, s chart.Scale) {
	for _, q := range l.Quadrants {
		m.plate(c, q.Name, s)
		c.font("B", matrixAxisMM*MMToPt)
		c.colour(chart.QuadrantColour(q.Quadrant))
		m.label(c, q.Name, s)
	}
	for _, b := range l.Bubbles {
		if b.Label.Hidden || b.Label.Text == "" {
			continue
		}
		m.plate(c, b.Label, s)
		c.font("", matrixFontMM*MMToPt)
		c.colour(muted)
		if b.Selected {
			c.font("B", matrixFontMM*MMToPt)
			c.colour(ink)
		}
		m.label(c, b.Label, s)
	}
}

func (m Matrix) plate(c *Canvas, lb chart.Label, s chart.Scale) {
	if lb.Hidden || lb.Text == "" {
		return
	}
	box := s.Rect(lb.Box)
	c.fill(chart.White)
	c.Pen.SetAlpha(0.8, "Normal")
	c.Pen.Rect(box.X, box.Y, box.W, box.H, "F")
	c.Pen.SetAlpha(1, "Normal")
}

// label writes one label centred in its box.
func (m Matrix) label(c *Canvas, lb chart.Label, s chart.Scale) {
	if lb.Hidden || lb.Text == "" {
		return
	}
	b := s.Rect(lb.Box)
	c.Pen.SetXY(b.X, b.Y)
	c.Pen.CellFormat(b.W, b.H, c.Txt(lb.Text), "", 0, "C", false, 0, "")
}

func (m Matrix) axes(c *Canvas, l chart.MatrixLayout, s chart.Scale) {
	p := s.Rect(l.Plot)
	c.draw(ink)
	c.Pen.SetLineWidth(0.3)
	c.Pen.Rect(p.X, p.Y, p.W, p.H, "D")
	c.font("", matrixAxisMM*MMToPt)
	c.colour(ink)
	m.label(c, l.XAxis, s)
	c.colour(muted)
	for _, t := range l.Ticks {
		m.label(c, t, s)
	}
	c.colour(ink)
	y := s.Rect(l.YAxis.Box)
	label := c.Txt(l.YAxis.Text)
	lx := y.X + y.W*0.75
	ly := y.Y + y.H/2 + c.Pen.GetStringWidth(label)/2
	c.Pen.TransformBegin()
	c.Pen.TransformRotate(90, lx, ly)
	c.Pen.Text(lx, ly, label)
	c.Pen.TransformEnd()
}

// legend explains the picture beside it and says how many accounts go unnamed.
func (m Matrix) legend(c *Canvas, l chart.MatrixLayout, n int, x, y float64) {
	c.Pen.SetXY(x, y)
	c.font("", 7)
	c.colour(muted)
	w := c.Width() - (x - c.MarginX)
	c.Pen.MultiCell(w, 3.4, c.T("pdf.matrix_legend", c.Loc.Number(m.Cutoff, 1)), "", "L", false)
	for _, q := range l.Quadrants {
		c.Pen.SetX(x)
		c.fill(chart.QuadrantColour(q.Quadrant))
		c.Pen.Circle(x+1.5, c.Pen.GetY()+1.9, 1.3, "F")
		c.Pen.SetX(x + 4)
		c.Pen.MultiCell(w-4, 3.8, c.T("portfolio."+string(q.Quadrant))+": "+c.T("portfolio."+string(q.Quadrant)+".advice"), "", "L", false)
	}
	if l.Hidden > 0 {
		c.Pen.SetX(x)
		c.Pen.MultiCell(w, 3.4, c.tc("matrix.pdf.unnamed", l.Hidden, l.Hidden, n), "", "L", false)
	}
}
