package ui

import (
	"fyne.io/fyne/v2"

	"kamplan/ui/chart"
)

// The white-space map from the keyboard: Tab gives it the focus, the arrows move a cursor
// over the cells (the line above the map says the cell in full), Enter or Space opens it.

// FocusGained implements fyne.Focusable.
func (m *WhiteSpaceMap) FocusGained() {
	m.focused = true
	m.cursor = min(max(m.cursor, 0), max(len(m.layout.Cells)-1, 0))
	m.announce()
	m.BaseWidget.Refresh()
}

// FocusLost implements fyne.Focusable.
func (m *WhiteSpaceMap) FocusLost() {
	m.focused = false
	m.BaseWidget.Refresh()
}

// TypedRune implements fyne.Focusable.
func (m *WhiteSpaceMap) TypedRune(r rune) {
	if r == ' ' {
		m.open()
	}
}

// TypedKey implements fyne.Focusable.
func (m *WhiteSpaceMap) TypedKey(ev *fyne.KeyEvent) {
	cols := m.columns()
	if cols == 0 {
		return
	}
	moves := map[fyne.KeyName]int{fyne.KeyLeft: -1, fyne.KeyRight: 1, fyne.KeyUp: -cols, fyne.KeyDown: cols}
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		m.open()
		return
	}
	d, ok := moves[ev.Name]
	if !ok {
		return
	}
	next := m.cursor + d
	if next < 0 || next >= len(m.layout.Cells) || (d == 1 && next%cols == 0) || (d == -1 && m.cursor%cols == 0) {
		return // the edge of the map
	}
	m.cursor = next
	m.announce()
	m.BaseWidget.Refresh()
}

// columns is how many cells a row of the map holds.
func (m *WhiteSpaceMap) columns() int {
	n := 0
	for _, c := range m.layout.Cells {
		if c.Row != m.layout.Cells[0].Row {
			break
		}
		n++
	}
	return n
}

// cursorHit is the cell under the keyboard cursor.
func (m *WhiteSpaceMap) cursorHit() (chart.SpaceHit, chart.SpaceBox, bool) {
	if m.cursor < 0 || m.cursor >= len(m.layout.Cells) {
		return chart.SpaceHit{Index: -1}, chart.SpaceBox{}, false
	}
	c := m.layout.Cells[m.cursor]
	return chart.SpaceHit{Kind: chart.SpaceHitCell, CellID: c.CellID, CentreID: c.CentreID, OfferingID: c.OfferingID, Index: -1}, c, true
}

func (m *WhiteSpaceMap) announce() {
	if hit, _, ok := m.cursorHit(); ok && m.OnHover != nil {
		m.OnHover(hit)
	}
}

func (m *WhiteSpaceMap) open() {
	hit, c, ok := m.cursorHit()
	if !ok || m.onTap == nil {
		return
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(m)
	m.onTap(hit, at.AddXY(float32(c.Box.X), float32(c.Box.Bottom())))
}
