package picture

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// WhiteSpaceMap draws the white-space map of a plan — the client's buying centres × our
// offerings — as laid out by chart.LayoutWhiteSpace, one unit to one pixel. A tap reports
// what lies under it (a cell, a centre's or an offering's header).
type WhiteSpaceMap struct {
	widget.BaseWidget
	plan    *domain.Plan
	text    chart.SpaceText
	layout  chart.SpaceMap
	onTap   func(hit chart.SpaceHit, at fyne.Position)
	focused bool
	curRow  int // the keyboard's cursor: a cell, or a header when −1 (the other index)
	curCol  int
	// OnHover, when set, is told what the pointer is on (SpaceHitNone when it leaves).
	OnHover func(hit chart.SpaceHit)
}

// NewWhiteSpaceMap draws plan's map with the given words; onTap may be nil.
func NewWhiteSpaceMap(plan *domain.Plan, text chart.SpaceText, onTap func(chart.SpaceHit, fyne.Position)) *WhiteSpaceMap {
	m := &WhiteSpaceMap{plan: plan, text: text, onTap: onTap}
	m.ExtendBaseWidget(m)
	m.relayout()
	return m
}

func (m *WhiteSpaceMap) relayout() {
	o := chart.DefaultSpaceOptions()
	o.Measure = onScreen
	m.layout = chart.LayoutWhiteSpace(m.plan, m.text, o)
}

// Refresh lays the map out again from the plan and redraws it.
func (m *WhiteSpaceMap) Refresh() {
	m.relayout()
	m.BaseWidget.Refresh()
}

// Layout is the geometry drawn (for tests and hit-testing).
func (m *WhiteSpaceMap) Layout() chart.SpaceMap { return m.layout }

// Tapped implements fyne.Tappable.
func (m *WhiteSpaceMap) Tapped(ev *fyne.PointEvent) {
	if m.onTap == nil {
		return
	}
	hit := m.layout.HitTest(chart.Point{X: float64(ev.Position.X), Y: float64(ev.Position.Y)})
	m.follow(hit) // the keyboard carries on from what was tapped
	if hit.Kind != chart.SpaceHitNone && hit.Kind != chart.SpaceHitTotal {
		m.onTap(hit, ev.AbsolutePosition)
	}
}

// MouseIn implements desktop.Hoverable.
func (m *WhiteSpaceMap) MouseIn(ev *desktop.MouseEvent) { m.MouseMoved(ev) }

// MouseMoved implements desktop.Hoverable.
func (m *WhiteSpaceMap) MouseMoved(ev *desktop.MouseEvent) {
	if m.OnHover != nil {
		m.OnHover(m.layout.HitTest(chart.Point{X: float64(ev.Position.X), Y: float64(ev.Position.Y)}))
	}
}

// MouseOut implements desktop.Hoverable.
func (m *WhiteSpaceMap) MouseOut() {
	if m.OnHover != nil {
		m.OnHover(chart.SpaceHit{Index: -1})
	}
}

// CreateRenderer implements fyne.Widget.
func (m *WhiteSpaceMap) CreateRenderer() fyne.WidgetRenderer {
	r := &whiteSpaceRenderer{m: m}
	r.build()
	return r
}

type whiteSpaceRenderer struct {
	m *WhiteSpaceMap
	drawing
}

func (r *whiteSpaceRenderer) build() {
	lay := r.m.layout
	bg, fg := theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNameForeground)
	line := theme.Color(theme.ColorNameSeparator)
	r.objects = r.objects[:0]
	for _, h := range append(append([]chart.SpaceHead{}, lay.Rows...), lay.Cols...) {
		r.box(h.Box, theme.Color(theme.ColorNameInputBackground), line)
		r.texts(h.Labels, fg, false)
	}
	for _, b := range lay.Boxes() {
		fill, ink := bg, fg
		if c, ok := chart.SpaceColour(b.Class); ok {
			fill = chart.Mix(bg, c, b.Strength)
		}
		if b.Class == "total" {
			fill = theme.Color(theme.ColorNameInputBackground)
		}
		if b.Dark {
			ink = color.White
		}
		r.box(b.Box, fill, line)
		r.texts(b.Labels, ink, b.Class == "total")
	}
	if _, b, ok := r.m.cursorHit(); ok && r.m.focused {
		focus := canvas.NewRectangle(color.Transparent)
		focus.StrokeColor, focus.StrokeWidth = theme.Color(theme.ColorNameFocus), 3
		focus.Move(fyne.NewPos(float32(b.X)+1, float32(b.Y)+1))
		focus.Resize(fyne.NewSize(float32(b.W)-2, float32(b.H)-2))
		r.objects = append(r.objects, focus)
	}
}

func (r *whiteSpaceRenderer) box(b chart.Rect, fill, stroke color.Color) {
	rc := canvas.NewRectangle(fill)
	rc.StrokeColor, rc.StrokeWidth = stroke, 1
	rc.Move(fyne.NewPos(float32(b.X), float32(b.Y)))
	rc.Resize(fyne.NewSize(float32(b.W), float32(b.H)))
	r.objects = append(r.objects, rc)
}

func (r *whiteSpaceRenderer) texts(ls []chart.Label, ink color.Color, bold bool) {
	size := float32(chart.DefaultSpaceOptions().FontSize)
	for _, l := range ls {
		t := canvas.NewText(l.Text, ink)
		t.TextSize = size
		t.TextStyle.Bold = bold
		t.Move(fyne.NewPos(float32(l.Box.X), float32(l.Box.Y)))
		t.Resize(fyne.NewSize(float32(l.Box.W), float32(l.Box.H)))
		r.objects = append(r.objects, t)
	}
}

func (r *whiteSpaceRenderer) Layout(fyne.Size) {}

func (r *whiteSpaceRenderer) MinSize() fyne.Size {
	f := r.m.layout.Frame
	return fyne.NewSize(float32(f.Right())+1, float32(f.Bottom())+1)
}

func (r *whiteSpaceRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.m)
}

// maxMapHeight is the tallest a map is drawn before it scrolls inside the page.
const maxMapHeight = 520

// SpaceViewport shows the map as it is when it fits the page (so the mouse wheel scrolls the
// page over it) and inside its own scroller when it is wider or taller.
type SpaceViewport struct {
	widget.BaseWidget
	m      *WhiteSpaceMap
	scroll *container.Scroll
	fits   bool
}

func NewSpaceViewport(m *WhiteSpaceMap) *SpaceViewport {
	v := &SpaceViewport{m: m, scroll: container.NewScroll(canvas.NewRectangle(color.Transparent)), fits: true}
	v.scroll.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer implements fyne.Widget.
// Map is the map the viewport shows.
func (v *SpaceViewport) Map() *WhiteSpaceMap { return v.m }

func (v *SpaceViewport) CreateRenderer() fyne.WidgetRenderer { return &viewportRenderer{v: v} }

type viewportRenderer struct{ v *SpaceViewport }

func (r *viewportRenderer) Layout(size fyne.Size) {
	v := r.v
	f := v.m.MinSize()
	fits := f.Width <= size.Width && f.Height <= maxMapHeight
	if fits != v.fits {
		v.fits = fits
		if fits {
			v.scroll.Content = canvas.NewRectangle(color.Transparent)
			v.scroll.Hide()
		} else {
			v.scroll.Content = v.m
			v.scroll.Show()
		}
		v.scroll.Refresh()
	}
	if fits {
		v.m.Move(fyne.NewPos(0, 0))
		v.m.Resize(f)
		return
	}
	v.scroll.Move(fyne.NewPos(0, 0))
	v.scroll.Resize(size)
}

func (r *viewportRenderer) MinSize() fyne.Size {
	f := r.v.m.MinSize()
	return fyne.NewSize(min(f.Width, 200), min(f.Height+theme.ScrollBarSize(), maxMapHeight))
}

func (r *viewportRenderer) Refresh() {
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}

func (r *viewportRenderer) Objects() []fyne.CanvasObject {
	if r.v.fits {
		return []fyne.CanvasObject{r.v.m}
	}
	return []fyne.CanvasObject{r.v.scroll}
}

func (r *viewportRenderer) Destroy() {}
