package picture

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// RelationshipMap draws a plan's org chart (chart.LayoutOrg) with pan and zoom. Dragging a
// card reports where it was dropped, dragging a card's handle onto another card reports an
// "influences" link, dragging empty space pans; the wheel pans and Ctrl+wheel (or + and −)
// zooms. A tap on a card reports it; a tap on "+N" expands the subtree; a secondary tap
// reports the card and where to show its menu.
type RelationshipMap struct {
	widget.BaseWidget
	plan   *domain.Plan
	text   chart.OrgText
	opts   chart.OrgOptions
	layout chart.OrgChart
	scale  chart.Scale // unit → widget coordinates
	moved  bool        // panned or zoomed by hand: a resize keeps the view
	whole  bool        // opened showing the whole map (else its width, from the top)
	drag   *relmapDrag
	r      *relmapRenderer
	// OnView is told the view changed (the page keeps it across rebuilds: see MapView).
	OnView func(MapView)

	OnDrop func(contactID string, drop chart.OrgDrop) // a card dropped elsewhere
	OnLink func(from, to string)                      // a handle dragged onto another card
	OnOpen func(contactID string)                     // a card tapped
	OnMenu func(contactID string, at fyne.Position)   // a card's secondary tap (absolute position)
}

// relmapDrag is what a drag is doing: moving a card, drawing a link, or panning.
type relmapDrag struct {
	kind chart.OrgHitKind // OrgHitCard, OrgHitHandle or OrgHitNone (pan)
	card chart.OrgCard
	grab chart.Point // unit pointer minus the card's corner
	at   chart.Point // unit position of the pointer
}

// Zoom limits of the map.
const (
	relmapMinZoom = 0.15
	relmapMaxZoom = 2.5
)

// NewRelationshipMap draws plan's map with the given words.
func NewRelationshipMap(plan *domain.Plan, text chart.OrgText) *RelationshipMap {
	m := &RelationshipMap{plan: plan, text: text, opts: chart.DefaultOrgOptions(), scale: chart.Scale{Factor: 1}}
	m.opts.Collapsed = map[string]bool{}
	m.opts.Measure = onScreen
	m.ExtendBaseWidget(m)
	m.relayout()
	return m
}

func (m *RelationshipMap) relayout() {
	m.layout = chart.LayoutOrg(m.plan.Contacts, m.plan.Links, m.text, m.opts)
}

// MapView is what a person did to a map that the plan does not hold: the collapsed branches
// and the view (scale, panned or zoomed by hand, shown whole, the width rows wrap at).
type MapView struct {
	Collapsed map[string]bool
	Scale     chart.Scale
	Moved     bool
	Whole     bool
	RowWidth  float64
}

// MapView is the map's view now.
func (m *RelationshipMap) MapView() MapView {
	return MapView{Collapsed: m.opts.Collapsed, Scale: m.scale, Moved: m.moved, Whole: m.whole, RowWidth: m.opts.MaxRowW}
}

// SetMapView shows the map as a person left it.
func (m *RelationshipMap) SetMapView(v MapView) {
	m.opts.Collapsed, m.scale, m.moved, m.whole, m.opts.MaxRowW = v.Collapsed, v.Scale, v.Moved, v.Whole, v.RowWidth
	m.relayout()
}

// Layout is the geometry drawn, in unit coordinates (for tests and hit-testing).
func (m *RelationshipMap) Layout() chart.OrgChart { return m.layout }

// View is the scale from unit coordinates to the widget.
func (m *RelationshipMap) View() chart.Scale { return m.scale }

// Refresh lays the map out again from the plan and redraws it.
func (m *RelationshipMap) Refresh() {
	m.relayout()
	switch {
	case m.moved:
	case m.whole:
		m.fitWhole()
	default:
		m.fitView()
	}
	m.BaseWidget.Refresh()
}

// Resize lays the map out for its new size unless the person moved it.
func (m *RelationshipMap) Resize(s fyne.Size) {
	if s == m.Size() {
		return
	}
	m.BaseWidget.Resize(s)
	if !m.moved {
		m.arrange()
	}
	m.redraw()
}

// MinSize is a small window onto the map.
func (m *RelationshipMap) MinSize() fyne.Size { return fyne.NewSize(320, 240) }

// FitToWindow shows the whole map, its rows wrapped to suit the window's shape.
func (m *RelationshipMap) FitToWindow() {
	row, _ := m.bestRowWidth()
	m.opts.MaxRowW = row
	m.relayout()
	m.fitWhole()
	m.moved = true
	m.redraw()
}

// relmapRows are the widths the map's rows may wrap at, in units.
var relmapRows = []float64{600, 800, 1050, 1400, 1850, 2450, 3250, 4300, 5700}

// bestRowWidth is the row width whose layout fits the widget at the largest zoom.
func (m *RelationshipMap) bestRowWidth() (row, zoom float64) {
	s := m.Size()
	view := chart.Rect{W: float64(s.Width), H: float64(s.Height)}
	o := m.opts
	for _, w := range relmapRows {
		o.MaxRowW = w
		f := chart.LayoutOrg(m.plan.Contacts, nil, m.text, o).Frame
		z := math.Min(1, math.Min(view.W/f.W, view.H/f.H))
		if z > zoom+1e-9 {
			row, zoom = w, z
		}
	}
	return row, zoom
}

// arrange lays the map out as opened: whole when that is readable, else wrapped to the
// widget's width at a readable zoom and shown from the top.
func (m *RelationshipMap) arrange() {
	s := m.Size()
	if s.Width <= 0 || s.Height <= 0 {
		return
	}
	if row, zoom := m.bestRowWidth(); zoom >= relmapMinOpenZoom {
		m.opts.MaxRowW = row
		m.relayout()
		m.fitWhole()
		m.whole = true
		return
	}
	m.whole = false
	m.opts.MaxRowW = max(relmapRows[0], float64(s.Width)/relmapReadZoom-2*m.opts.Margin)
	m.relayout()
	m.fitView()
}

// The zoom a map opens at when it is shown whole, and the zoom of a map too big for that.
const (
	relmapMinOpenZoom = 0.6
	relmapReadZoom    = 0.9
)

// fitWhole shows the whole map, at most at full size, centred.
func (m *RelationshipMap) fitWhole() {
	s := m.Size()
	view := chart.Rect{W: float64(s.Width), H: float64(s.Height)}
	m.scale = chart.Fit(m.layout.Frame, view)
	if m.scale.Factor > 1 {
		m.scale = chart.Fit(m.layout.Frame, chart.Rect{X: (view.W - m.layout.Frame.W) / 2, W: m.layout.Frame.W, H: m.layout.Frame.H})
	}
}

// fitView shows the map's width, at most at full size (never so small that the text cannot
// be read), centred, from the top.
func (m *RelationshipMap) fitView() {
	s := m.Size()
	if s.Width <= 0 || s.Height <= 0 {
		return
	}
	w := float64(s.Width)
	f := math.Max(relmapMinOpenZoom, math.Min(1, w/m.layout.Frame.W))
	m.scale = chart.Scale{Origin: chart.Point{X: math.Max(0, (w-m.layout.Frame.W*f)/2)}, Factor: f}
}

// ZoomBy zooms by factor f about a point of the widget.
func (m *RelationshipMap) ZoomBy(f float64, about fyne.Position) {
	p := chart.Point{X: float64(about.X), Y: float64(about.Y)}
	u := m.scale.Unit(p)
	z := math.Max(relmapMinZoom, math.Min(relmapMaxZoom, m.scale.Factor*f))
	m.scale = chart.Scale{Origin: chart.Point{X: p.X - u.X*z, Y: p.Y - u.Y*z}, Factor: z}
	m.moved = true
	m.redraw()
}

// ZoomIn and ZoomOut zoom about the middle of the view.
func (m *RelationshipMap) ZoomIn()  { m.ZoomBy(1.25, m.middle()) }
func (m *RelationshipMap) ZoomOut() { m.ZoomBy(1/1.25, m.middle()) }

func (m *RelationshipMap) middle() fyne.Position {
	return fyne.NewPos(m.Size().Width/2, m.Size().Height/2)
}

// PanBy moves the view by a distance on screen.
func (m *RelationshipMap) PanBy(dx, dy float32) {
	m.scale.Origin.X += float64(dx)
	m.scale.Origin.Y += float64(dy)
	m.moved = true
	m.redraw()
}

// SetCollapsed hides or shows the subtree below a contact.
func (m *RelationshipMap) SetCollapsed(id string, collapsed bool) {
	if collapsed {
		m.opts.Collapsed[id] = true
	} else {
		delete(m.opts.Collapsed, id)
	}
	m.relayout()
	m.redraw()
}

// Collapsed reports whether a contact's subtree is hidden.
func (m *RelationshipMap) Collapsed(id string) bool { return m.opts.Collapsed[id] }

func (m *RelationshipMap) redraw() {
	if m.OnView != nil {
		m.OnView(m.MapView())
	}
	if m.r != nil {
		m.r.draw()
	}
}

func (m *RelationshipMap) unit(p fyne.Position) chart.Point {
	return m.scale.Unit(chart.Point{X: float64(p.X), Y: float64(p.Y)})
}

// Tapped opens a card, or expands a collapsed card's "+N"; it takes the keyboard focus for + and −.
func (m *RelationshipMap) Tapped(ev *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil {
		c.Focus(m)
	}
	hit := m.layout.HitTest(m.unit(ev.Position))
	switch {
	case hit.Kind == chart.OrgHitMore:
		m.SetCollapsed(hit.ContactID, false)
	case hit.Kind != chart.OrgHitNone && m.OnOpen != nil:
		m.OnOpen(hit.ContactID)
	}
}

// TappedSecondary reports the card under the pointer for its menu.
func (m *RelationshipMap) TappedSecondary(ev *fyne.PointEvent) {
	if id, ok := m.layout.CardAt(m.unit(ev.Position)); ok && m.OnMenu != nil {
		m.OnMenu(id, ev.AbsolutePosition)
	}
}

// Scrolled pans, or zooms about the pointer while Ctrl is held.
func (m *RelationshipMap) Scrolled(ev *fyne.ScrollEvent) {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok && d.CurrentKeyModifiers()&fyne.KeyModifierShortcutDefault != 0 {
		m.ZoomBy(math.Pow(1.1, float64(ev.Scrolled.DY)/10), ev.Position)
		return
	}
	m.PanBy(ev.Scrolled.DX, ev.Scrolled.DY)
}

// FocusGained, FocusLost and TypedKey make + and − zoom and 0 fit the map.
func (m *RelationshipMap) FocusGained()            {}
func (m *RelationshipMap) FocusLost()              {}
func (m *RelationshipMap) TypedKey(*fyne.KeyEvent) {}

// TypedRune zooms with + and −, fits with 0.
func (m *RelationshipMap) TypedRune(r rune) {
	switch r {
	case '+', '=':
		m.ZoomIn()
	case '-':
		m.ZoomOut()
	case '0':
		m.FitToWindow()
	}
}

// Dragged moves a card, draws a link from a handle, or pans. As in Fyne's desktop driver,
// the first event's position is where the pointer is now and Dragged how far it went since
// it was pressed; later events say how far it went since the last one.
func (m *RelationshipMap) Dragged(ev *fyne.DragEvent) {
	if m.drag == nil {
		start := m.unit(ev.Position.Subtract(fyne.NewPos(ev.Dragged.DX, ev.Dragged.DY)))
		m.drag = m.startDrag(start)
	}
	if m.drag.kind == chart.OrgHitNone {
		m.PanBy(ev.Dragged.DX, ev.Dragged.DY)
		return
	}
	m.drag.at = m.unit(ev.Position)
	if m.r != nil {
		m.r.showDrag(m.drag)
	}
}

func (m *RelationshipMap) startDrag(start chart.Point) *relmapDrag {
	hit := m.layout.HitTest(start)
	card, ok := m.layout.Card(hit.ContactID)
	if !ok || (hit.Kind != chart.OrgHitCard && hit.Kind != chart.OrgHitHandle) {
		return &relmapDrag{}
	}
	return &relmapDrag{kind: hit.Kind, card: card, at: start,
		grab: chart.Point{X: start.X - card.Box.X, Y: start.Y - card.Box.Y}}
}

// DragEnd drops the card or the link where the pointer is.
func (m *RelationshipMap) DragEnd() {
	d := m.drag
	m.drag = nil
	if m.r != nil {
		m.r.showDrag(nil)
	}
	if d == nil {
		return
	}
	switch d.kind {
	case chart.OrgHitCard:
		if drop := m.layout.DropAt(d.card.ContactID, d.at, m.opts); drop.Kind != chart.OrgDropNone && m.OnDrop != nil {
			m.OnDrop(d.card.ContactID, drop)
		}
	case chart.OrgHitHandle:
		if to, ok := m.layout.CardAt(d.at); ok && to != d.card.ContactID && m.OnLink != nil {
			m.OnLink(d.card.ContactID, to)
		}
	}
}

// CreateRenderer implements fyne.Widget.
func (m *RelationshipMap) CreateRenderer() fyne.WidgetRenderer {
	r := &relmapRenderer{m: m}
	m.r = r
	r.draw()
	return r
}
