package chart

import (
	"fmt"

	"kamplan/domain"
)

// placeZones draws the four zones as areas over their cells, each named in the strip above
// its first row, and the two cut lines between them.
func (m *InfluenceMap) placeZones(tx InfluenceText, o InfluenceOptions, infCut, attCut int) {
	x := func(att int) float64 { return m.Plot.X + float64(att+2)*m.colW }
	top := func(inf int) float64 { return m.rows[5-inf][0] }
	bottom := func(inf int) float64 { return m.rows[5-inf][2] }
	cutX := x(clampInt(attCut, -2, 3))
	cutY := m.Plot.Bottom()
	if infCut >= 2 && infCut <= 5 {
		cutY = bottom(infCut)
	}
	areas := []struct {
		zone domain.GridCell
		box  Rect
	}{
		{domain.CellConvert, Rect{m.Plot.X, top(5), cutX - m.Plot.X, cutY - top(5)}},
		{domain.CellLeverage, Rect{cutX, top(5), m.Plot.Right() - cutX, cutY - top(5)}},
		{domain.CellMonitor, Rect{m.Plot.X, cutY, cutX - m.Plot.X, m.Plot.Bottom() - cutY}},
		{domain.CellMobilise, Rect{cutX, cutY, m.Plot.Right() - cutX, m.Plot.Bottom() - cutY}},
	}
	for _, a := range areas {
		if a.box.W <= 0 || a.box.H <= 0 {
			continue
		}
		strip := Rect{a.box.X, a.box.Y, a.box.W, o.ZoneH}
		m.Zones = append(m.Zones, InfluenceZone{Zone: a.zone, Box: a.box, Label: stripLabel(string(a.zone), tx.Zones[a.zone], strip, o)})
	}
	m.Cuts = []Line{{Point{cutX, m.Plot.Y}, Point{cutX, m.Plot.Bottom()}}, {Point{m.Plot.X, cutY}, Point{m.Plot.Right(), cutY}}}
}

// stripLabel is a zone's name, bold by the drawer, cut to the strip; its box is the strip's room.
func stripLabel(id, text string, strip Rect, o InfluenceOptions) Label {
	lh := o.FontSize * 1.3
	return Label{ID: id, Text: o.Measure.bold(o.FontSize).clip(text, strip.W-2*o.Pad), Box: Rect{strip.X + o.Pad, strip.Y + (strip.H-lh)/2, strip.W - 2*o.Pad, lh}}
}

// placeAxes writes the influence digits left of the rows, the attitude words under the
// columns, and the two axis titles in the bottom-left corner.
func (m *InfluenceMap) placeAxes(tx InfluenceText, o InfluenceOptions) {
	f, lh := o.Measure.regular(o.FontSize), o.FontSize*1.3
	centred := func(id, text string, box Rect) Label { // the drawer centres the text in the box
		inner := Rect{box.X + o.Pad, box.Y + (box.H-lh)/2, box.W - 2*o.Pad, lh}
		return Label{ID: id, Text: f.clip(text, inner.W), Box: inner}
	}
	for inf := 5; inf >= 1; inf-- {
		b := m.rows[5-inf]
		m.Axes = append(m.Axes, centred(fmt.Sprintf("influence.%d", inf), fmt.Sprint(inf), Rect{0, b[1], m.Plot.X, b[2] - b[1]}))
	}
	for att := -2; att <= 2; att++ {
		box := Rect{m.Plot.X + float64(att+2)*m.colW, m.Plot.Bottom() + o.Pad, m.colW, lh}
		m.Axes = append(m.Axes, centred(fmt.Sprintf("attitude.%d", att), tx.Attitudes[att+2], box))
	}
	corner := Rect{0, m.Plot.Bottom() + o.Pad, m.Plot.X, lh}
	m.Axes = append(m.Axes, centred("axis.influence", "↑ "+tx.Influence, corner))
	corner.Y += lh
	m.Axes = append(m.Axes, centred("axis.attitude", tx.Attitude+" →", Rect{m.Plot.X, corner.Y, m.Plot.W, lh}))
}

// InfluenceHitKind says what a point of the map is on.
type InfluenceHitKind int

const (
	InfluenceHitNone InfluenceHitKind = iota
	InfluenceHitCell                  // a cell, off its cards
	InfluenceHitCard                  // a contact's card
	InfluenceHitMore                  // a cell's "+N" box
)

// InfluenceHit is what lies under a point: the cell (influence, attitude) and, on a card,
// its contact.
type InfluenceHit struct {
	Kind                InfluenceHitKind
	Influence, Attitude int
	ContactID           string
}

// CellAt is the cell whose column and row band (zone strip included) hold p.
func (m InfluenceMap) CellAt(p Point) (influence, attitude int, ok bool) {
	if !m.Plot.Contains(p) || m.colW <= 0 {
		return 0, 0, false
	}
	att := clampInt(int((p.X-m.Plot.X)/m.colW), 0, 4) - 2
	for r, b := range m.rows {
		if p.Y >= b[0] && p.Y <= b[2] {
			return 5 - r, att, true
		}
	}
	return 0, 0, false
}

// Cell returns the laid-out cell of an influence and attitude.
func (m InfluenceMap) Cell(influence, attitude int) *InfluenceCell {
	for i := range m.Cells {
		if m.Cells[i].Influence == influence && m.Cells[i].Attitude == attitude {
			return &m.Cells[i]
		}
	}
	return nil
}

// HitTest finds what lies under p.
func (m InfluenceMap) HitTest(p Point) InfluenceHit {
	inf, att, ok := m.CellAt(p)
	if !ok {
		return InfluenceHit{}
	}
	hit := InfluenceHit{Kind: InfluenceHitCell, Influence: inf, Attitude: att}
	c := m.Cell(inf, att)
	for _, k := range c.Cards {
		if k.Box.Contains(p) {
			hit.Kind, hit.ContactID = InfluenceHitCard, k.ContactID
			return hit
		}
	}
	if c.More != nil && c.More.Box.Contains(p) {
		hit.Kind = InfluenceHitMore
	}
	return hit
}

// Card finds the card of a contact, if it has one.
func (m InfluenceMap) Card(contactID string) (InfluenceCard, bool) {
	for _, c := range m.Cells {
		for _, k := range c.Cards {
			if k.ContactID == contactID {
				return k, true
			}
		}
	}
	return InfluenceCard{}, false
}

// Labels is every label of the map (for collision tests and drawers).
func (m InfluenceMap) Labels() []Label {
	out := append([]Label(nil), m.Axes...)
	for _, z := range m.Zones {
		out = append(out, z.Label)
	}
	for _, c := range m.Cells {
		for _, k := range c.Cards {
			out = append(out, k.Label)
		}
		if c.More != nil {
			out = append(out, c.More.Label)
		}
	}
	return out
}
