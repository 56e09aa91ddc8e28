package pdf

import (
	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
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

// portfolioMatrix is the Customer Portfolio Matrix of every placed account.
type portfolioMatrix struct{}

// draw draws the matrix and its legend beside it.
func (m portfolioMatrix) draw(d *doc) {
	d.need(matrixSize + 6)
	x0, y0 := marginX, d.pdf.GetY()+2
	accounts := m.accounts(d)
	defer d.pdf.Figure(d.alt().Matrix(len(accounts)))()
	l := chart.LayoutMatrix(accounts, m.text(d), m.options(d))
	s := chart.Scale{Origin: chart.Point{X: x0, Y: y0}, Factor: 1}
	m.plot(d, l, s)
	m.bubbles(d, l, s)
	m.labels(d, l, s)
	m.axes(d, l, s)
	m.legend(d, l, len(accounts), x0+matrixSize+4, y0)
	d.pdf.SetY(y0 + matrixSize + 4)
}

// options size the matrix for the page and measure its names as they are drawn.
func (m portfolioMatrix) options(d *doc) chart.MatrixOptions {
	return chart.MatrixOptions{W: matrixSize, H: matrixSize,
		Cutoff: d.in.Settings.Cutoff, StrengthOnLeft: d.in.Settings.StrengthOnLeft,
		FontSize: matrixFontMM, AxisFontSize: matrixAxisMM, MaxLabelChars: matrixNameChars, Selected: d.plan.AccountID,
		Measure: onPaper}
}

// accounts is one row per placed account: its newest plan, or this plan for this account.
func (m portfolioMatrix) accounts(d *doc) []chart.MatrixAccount {
	var out []chart.MatrixAccount
	seen := map[string]bool{d.plan.AccountID: true}
	if pos := d.plan.Portfolio.Position(d.in.Settings.Cutoff); pos.Placed {
		out = append(out, chart.MatrixAccount{ID: d.plan.AccountID, Name: d.account.Name, Attractiveness: pos.Attractiveness,
			Strength: pos.Strength, Revenue: d.plan.Wallet.Revenue, Potential: d.plan.Wallet.Potential})
	}
	for _, r := range d.in.Portfolio {
		if seen[r.AccountID] || !r.Position.Placed {
			continue
		}
		seen[r.AccountID] = true
		out = append(out, chart.MatrixAccount{ID: r.AccountID, Name: r.AccountName, Attractiveness: r.Position.Attractiveness,
			Strength: r.Position.Strength, Revenue: r.Revenue, Potential: r.Potential})
	}
	return out
}

func (m portfolioMatrix) text(d *doc) chart.MatrixText {
	tx := chart.MatrixText{Quadrants: map[domain.PortfolioQuadrant]string{},
		Attractiveness: d.t("portfolio.attractiveness"), Strength: d.t("portfolio.strength"),
		Number: func(v float64) string { return d.loc.Number(v, locale.Decimals(v)) }}
	for _, q := range domain.PortfolioQuadrants {
		tx.Quadrants[q] = d.t("portfolio." + string(q))
	}
	return tx
}

func (m portfolioMatrix) plot(d *doc, l chart.MatrixLayout, s chart.Scale) {
	for _, q := range l.Quadrants {
		b := s.Rect(q.Box)
		d.fill(light(chart.QuadrantColour(q.Quadrant), 0.1))
		d.pdf.Rect(b.X, b.Y, b.W, b.H, "F")
	}
	d.draw(muted)
	d.pdf.SetLineWidth(0.3)
	d.pdf.SetDashPattern([]float64{1.5, 1}, 0)
	for _, c := range l.Cuts {
		a, b := s.Point(c.From), s.Point(c.To)
		d.pdf.Line(a.X, a.Y, b.X, b.Y)
	}
	d.pdf.SetDashPattern(nil, 0)
}

func (m portfolioMatrix) bubbles(d *doc, l chart.MatrixLayout, s chart.Scale) {
	for _, b := range l.Bubbles {
		c := s.Point(b.Centre)
		col := chart.QuadrantColour(b.Class)
		d.pdf.SetLineWidth(0.25)
		if b.Ring > 0 {
			d.draw(col)
			d.pdf.Circle(c.X, c.Y, b.Ring*s.Factor, "D")
		}
		d.fill(col)
		d.pdf.SetAlpha(matrixFillAlpha, "Normal")
		if b.Selected {
			d.pdf.SetAlpha(1, "Normal")
			d.draw(ink)
			d.pdf.SetLineWidth(0.6)
			d.pdf.Circle(c.X, c.Y, b.Radius*s.Factor, "FD")
		} else {
			d.pdf.Circle(c.X, c.Y, b.Radius*s.Factor, "F")
		}
		d.pdf.SetAlpha(1, "Normal")
	}
}

// labels writes the quadrants' and the accounts' shown names after every bubble, each
// on a white plate.
func (m portfolioMatrix) labels(d *doc, l chart.MatrixLayout, s chart.Scale) {
	for _, q := range l.Quadrants {
		m.plate(d, q.Name, s)
		d.font("B", matrixAxisMM*mmToPt)
		d.colour(chart.QuadrantColour(q.Quadrant))
		m.label(d, q.Name, s)
	}
	for _, b := range l.Bubbles {
		if b.Label.Hidden || b.Label.Text == "" {
			continue
		}
		m.plate(d, b.Label, s)
		d.font("", matrixFontMM*mmToPt)
		d.colour(muted)
		if b.Selected {
			d.font("B", matrixFontMM*mmToPt)
			d.colour(ink)
		}
		m.label(d, b.Label, s)
	}
}

func (m portfolioMatrix) plate(d *doc, lb chart.Label, s chart.Scale) {
	if lb.Hidden || lb.Text == "" {
		return
	}
	box := s.Rect(lb.Box)
	d.fill(chart.White)
	d.pdf.SetAlpha(0.8, "Normal")
	d.pdf.Rect(box.X, box.Y, box.W, box.H, "F")
	d.pdf.SetAlpha(1, "Normal")
}

// label writes one label centred in its box.
func (m portfolioMatrix) label(d *doc, lb chart.Label, s chart.Scale) {
	if lb.Hidden || lb.Text == "" {
		return
	}
	b := s.Rect(lb.Box)
	d.pdf.SetXY(b.X, b.Y)
	d.pdf.CellFormat(b.W, b.H, d.txt(lb.Text), "", 0, "C", false, 0, "")
}

func (m portfolioMatrix) axes(d *doc, l chart.MatrixLayout, s chart.Scale) {
	p := s.Rect(l.Plot)
	d.draw(ink)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Rect(p.X, p.Y, p.W, p.H, "D")
	d.font("", matrixAxisMM*mmToPt)
	d.colour(ink)
	m.label(d, l.XAxis, s)
	d.colour(muted)
	for _, t := range l.Ticks {
		m.label(d, t, s)
	}
	d.colour(ink)
	y := s.Rect(l.YAxis.Box)
	label := d.txt(l.YAxis.Text)
	lx := y.X + y.W*0.75
	ly := y.Y + y.H/2 + d.pdf.GetStringWidth(label)/2
	d.pdf.TransformBegin()
	d.pdf.TransformRotate(90, lx, ly)
	d.pdf.Text(lx, ly, label)
	d.pdf.TransformEnd()
}

// legend explains the picture beside it and says how many accounts go unnamed.
func (m portfolioMatrix) legend(d *doc, l chart.MatrixLayout, n int, x, y float64) {
	d.pdf.SetXY(x, y)
	d.font("", 7)
	d.colour(muted)
	w := d.width() - (x - marginX)
	d.pdf.MultiCell(w, 3.4, d.t("pdf.matrix_legend", d.loc.Number(d.in.Settings.Cutoff, 1)), "", "L", false)
	for _, q := range l.Quadrants {
		d.pdf.SetX(x)
		d.fill(chart.QuadrantColour(q.Quadrant))
		d.pdf.Circle(x+1.5, d.pdf.GetY()+1.9, 1.3, "F")
		d.pdf.SetX(x + 4)
		d.pdf.MultiCell(w-4, 3.8, d.t("portfolio."+string(q.Quadrant))+": "+d.t("portfolio."+string(q.Quadrant)+".advice"), "", "L", false)
	}
	if l.Hidden > 0 {
		d.pdf.SetX(x)
		d.pdf.MultiCell(w, 3.4, d.tc("matrix.pdf.unnamed", l.Hidden, l.Hidden, n), "", "L", false)
	}
}
