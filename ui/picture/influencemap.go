package picture

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// InfluenceMap draws a plan's influence map (chart.LayoutInfluence) at the widget's size,
// one unit to one pixel. A card dragged to another cell reports the move; a tap on a card
// or on a cell's "+N" box reports what was tapped.
type InfluenceMap struct {
	widget.BaseWidget
	plan   *domain.Plan
	text   chart.InfluenceText
	opts   chart.InfluenceOptions
	layout chart.InfluenceMap
	drag   *influenceDrag
	r      *influenceRenderer

	OnMove func(contactID string, influence, attitude int) // a card dropped on another cell
	OnOpen func(contactID string)                          // a card tapped
	OnMore func(cell chart.InfluenceCell)                  // a "+N" box tapped
}

// influenceDrag is a card being dragged: where it was grabbed and where the pointer is.
type influenceDrag struct {
	card   chart.InfluenceCard
	grab   chart.Point // pointer minus the card's corner
	at     chart.Point
	noCard bool // the drag started off any card: ignored
}

// influenceMinH is the least height of the map on screen: a few cards in every cell.
const influenceMinH = 560

// NewInfluenceMap draws plan's map with the given words.
func NewInfluenceMap(plan *domain.Plan, text chart.InfluenceText) *InfluenceMap {
	m := &InfluenceMap{plan: plan, text: text, opts: chart.DefaultInfluenceOptions()}
	m.opts.H, m.opts.Measure = influenceMinH, onScreen
	m.ExtendBaseWidget(m)
	m.relayout()
	return m
}

func (m *InfluenceMap) relayout() {
	m.layout = chart.LayoutInfluence(m.plan.Contacts, m.text, m.opts)
}

// Layout is the geometry drawn (for tests and hit-testing).
func (m *InfluenceMap) Layout() chart.InfluenceMap { return m.layout }

// Resize lays the map out again at its new size.
func (m *InfluenceMap) Resize(s fyne.Size) {
	if s == m.Size() {
		return
	}
	m.opts.W, m.opts.H = float64(s.Width), max(float64(s.Height), influenceMinH)
	m.BaseWidget.Resize(s)
	m.Refresh()
}

// Refresh lays the map out again from the plan and redraws it.
func (m *InfluenceMap) Refresh() {
	m.relayout()
	m.BaseWidget.Refresh()
}

// MinSize is the least size that shows one card in every cell, at least influenceMinH high.
func (m *InfluenceMap) MinSize() fyne.Size {
	o := m.opts
	o.W, o.H = 0, influenceMinH
	f := chart.LayoutInfluence(nil, m.text, o).Frame
	return fyne.NewSize(float32(f.W), float32(f.H))
}

// Tapped opens the card's contact, or the list of a crowded cell.
func (m *InfluenceMap) Tapped(ev *fyne.PointEvent) {
	hit := m.layout.HitTest(unitPoint(ev.Position))
	switch {
	case hit.Kind == chart.InfluenceHitCard && m.OnOpen != nil:
		m.OnOpen(hit.ContactID)
	case hit.Kind == chart.InfluenceHitMore && m.OnMore != nil:
		m.OnMore(*m.layout.Cell(hit.Influence, hit.Attitude))
	}
}

func unitPoint(p fyne.Position) chart.Point { return chart.Point{X: float64(p.X), Y: float64(p.Y)} }

// Dragged moves a card with the pointer. As in Fyne's desktop driver, the first event's
// position is where the pointer is now and Dragged how far it went since it was pressed.
func (m *InfluenceMap) Dragged(ev *fyne.DragEvent) {
	at := unitPoint(ev.Position)
	if m.drag == nil {
		start := chart.Point{X: at.X - float64(ev.Dragged.DX), Y: at.Y - float64(ev.Dragged.DY)}
		m.drag = m.startDrag(start)
	}
	if m.drag.noCard {
		return
	}
	m.drag.at = at
	if m.r != nil {
		m.r.showDrag(m.drag)
	}
}

func (m *InfluenceMap) startDrag(start chart.Point) *influenceDrag {
	hit := m.layout.HitTest(start)
	if hit.Kind != chart.InfluenceHitCard {
		return &influenceDrag{noCard: true}
	}
	card, _ := m.layout.Card(hit.ContactID)
	return &influenceDrag{card: card, grab: chart.Point{X: start.X - card.Box.X, Y: start.Y - card.Box.Y}}
}

// DragEnd drops the card: on another cell, it reports the move.
func (m *InfluenceMap) DragEnd() {
	d := m.drag
	m.drag = nil
	if m.r != nil {
		m.r.showDrag(nil)
	}
	if d == nil || d.noCard {
		return
	}
	inf, att, ok := m.layout.CellAt(d.at)
	if ok && (inf != d.card.Influence || att != d.card.Attitude) && m.OnMove != nil {
		m.OnMove(d.card.ContactID, inf, att)
	}
}

// CreateRenderer implements fyne.Widget.
func (m *InfluenceMap) CreateRenderer() fyne.WidgetRenderer {
	r := &influenceRenderer{m: m}
	m.r = r
	r.build()
	return r
}
