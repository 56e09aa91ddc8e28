package picture

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// CoverageMatrix draws the team coverage of a plan (chart.LayoutCoverage), one unit to one
// pixel: their people × our team, each pair with its levels and frequency, gaps marked.
// A tap reports what lies under it.
type CoverageMatrix struct {
	widget.BaseWidget
	plan   *domain.Plan
	team   func() []domain.TeamMember
	text   chart.CoverageText
	today  domain.Date
	layout chart.CoverageMatrix
	OnTap  func(hit chart.CoverageHit)
}

// NewCoverageMatrix draws plan's coverage by the team team() on today.
func NewCoverageMatrix(plan *domain.Plan, team func() []domain.TeamMember, text chart.CoverageText, today domain.Date) *CoverageMatrix {
	m := &CoverageMatrix{plan: plan, team: team, text: text, today: today}
	m.ExtendBaseWidget(m)
	m.relayout()
	return m
}

func (m *CoverageMatrix) relayout() {
	o := chart.DefaultCoverageOptions()
	o.Measure = onScreen
	m.layout = chart.LayoutCoverage(m.plan, m.team(), m.today, m.text, o)
}

// Layout is the geometry drawn.
func (m *CoverageMatrix) Layout() chart.CoverageMatrix { return m.layout }

// Refresh lays the matrix out again from the plan and redraws it.
func (m *CoverageMatrix) Refresh() {
	m.relayout()
	m.BaseWidget.Refresh()
}

// Tapped reports the cell, person or member under the pointer.
func (m *CoverageMatrix) Tapped(ev *fyne.PointEvent) {
	if hit := m.layout.HitTest(unitPoint(ev.Position)); hit.Kind != chart.CoverageHitNone && m.OnTap != nil {
		m.OnTap(hit)
	}
}

// CreateRenderer implements fyne.Widget.
func (m *CoverageMatrix) CreateRenderer() fyne.WidgetRenderer {
	r := &coverageRenderer{m: m}
	r.build()
	return r
}

type coverageRenderer struct {
	m *CoverageMatrix
	drawing
}

func (r *coverageRenderer) text(l chart.Label, ink color.Color, bold, centred bool) {
	r.objects = append(r.objects, labelText(l, ink, float32(chart.DefaultCoverageOptions().FontSize), bold, centred))
}

func (r *coverageRenderer) build() {
	lay := r.m.layout
	bg, fg := theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNameForeground)
	line, head := theme.Color(theme.ColorNameSeparator), theme.Color(theme.ColorNameInputBackground)
	primary, danger := theme.Color(theme.ColorNamePrimary), theme.Color(theme.ColorNameError)
	r.box(lay.Corner, head, line)
	r.text(chart.Label{Text: r.m.text.Person, Box: lay.Corner.Inset(5)}, fg, true, false)
	for _, c := range lay.Cols {
		r.box(c.Box, head, line)
		for i, l := range c.Labels {
			r.text(l, fg, i == 0, true)
		}
	}
	for i, row := range lay.Rows {
		fill := bg
		if i%2 == 1 {
			fill = chart.Mix(bg, fg, 0.04)
		}
		r.box(chart.Rect{X: 0, Y: row.Box.Y, W: lay.Frame.W, H: row.Box.H}, fill, line)
		for k, l := range row.Labels {
			r.text(l, fg, k == 0, false)
		}
		if row.Mark != nil {
			r.text(*row.Mark, danger, true, false)
		}
	}
	for _, c := range lay.Cols {
		r.line(chart.Point{X: c.Box.X, Y: 0}, chart.Point{X: c.Box.X, Y: lay.Frame.H}, line)
	}
	for _, c := range lay.Cells {
		r.box(c.Box.Inset(2), chart.Mix(bg, primary, 0.12+0.12*float64(c.RelNow)), nil)
		for _, l := range c.Labels {
			r.text(l, fg, false, true)
		}
	}
	r.box(lay.Frame, color.Transparent, line)
}

// box adds a rectangle.
func (r *coverageRenderer) box(b chart.Rect, fill, stroke color.Color) {
	rc := canvas.NewRectangle(fill)
	if stroke != nil {
		rc.StrokeColor, rc.StrokeWidth = stroke, 1
	}
	placeBox(rc, b)
	r.objects = append(r.objects, rc)
}

func (r *coverageRenderer) line(a, b chart.Point, c color.Color) {
	l := canvas.NewLine(c)
	l.Position1, l.Position2 = fyne.NewPos(float32(a.X), float32(a.Y)), fyne.NewPos(float32(b.X), float32(b.Y))
	r.objects = append(r.objects, l)
}

func (r *coverageRenderer) Layout(fyne.Size) {}

func (r *coverageRenderer) MinSize() fyne.Size {
	f := r.m.layout.Frame
	return fyne.NewSize(float32(f.Right())+1, float32(f.Bottom())+1)
}

func (r *coverageRenderer) Refresh() {
	r.objects = nil
	r.build()
	canvas.Refresh(r.m)
}
