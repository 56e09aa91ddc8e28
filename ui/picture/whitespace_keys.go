package picture

import (
	"fyne.io/fyne/v2"

	"kamplan/ui/chart"
)

// The white-space map from the keyboard: Tab gives it the focus, the arrows move a cursor
// over the cells and onto the headers (left of the first column, above the first row); the
// line above the map says what the cursor is on; Enter or Space opens a cell's dialog or a
// header's menu (rename, move, delete).

// FocusGained implements fyne.Focusable.
func (m *WhiteSpaceMap) FocusGained() {
	m.focused = true
	m.clampCursor()
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
	moves := map[fyne.KeyName][2]int{fyne.KeyLeft: {0, -1}, fyne.KeyRight: {0, 1}, fyne.KeyUp: {-1, 0}, fyne.KeyDown: {1, 0}}
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		m.open()
		return
	}
	d, ok := moves[ev.Name]
	if !ok {
		return
	}
	r, c := m.curRow+d[0], m.curCol+d[1]
	rows, cols := m.size()
	if r < -1 || c < -1 || r >= rows || c >= cols || (r == -1 && c == -1) {
		return // the edge of the map, or the empty corner
	}
	m.curRow, m.curCol = r, c
	m.announce()
	m.BaseWidget.Refresh()
}

// size is the number of centres and offerings drawn.
func (m *WhiteSpaceMap) size() (rows, cols int) {
	for _, h := range m.layout.Rows {
		if h.ID != "" {
			rows++
		}
	}
	for _, h := range m.layout.Cols {
		if h.ID != "" {
			cols++
		}
	}
	return rows, cols
}

func (m *WhiteSpaceMap) clampCursor() {
	rows, cols := m.size()
	m.curRow, m.curCol = min(max(m.curRow, -1), rows-1), min(max(m.curCol, -1), cols-1)
	if m.curRow < 0 && m.curCol < 0 {
		m.curRow, m.curCol = 0, 0
	}
}

// follow puts the cursor on what a tap hit.
func (m *WhiteSpaceMap) follow(hit chart.SpaceHit) {
	for i, h := range m.layout.Rows {
		if h.ID != "" && h.ID == hit.CentreID {
			m.curRow = i
		}
	}
	for j, h := range m.layout.Cols {
		if h.ID != "" && h.ID == hit.OfferingID {
			m.curCol = j
		}
	}
	switch hit.Kind {
	case chart.SpaceHitCentre:
		m.curCol = -1
	case chart.SpaceHitOffering:
		m.curRow = -1
	}
}

// cursorHit is what the keyboard cursor is on, with its box.
func (m *WhiteSpaceMap) cursorHit() (chart.SpaceHit, chart.Rect, bool) {
	rows, cols := m.size()
	r, c := m.curRow, m.curCol
	switch {
	case r >= rows || c >= cols || (r < 0 && c < 0):
		return chart.SpaceHit{Index: -1}, chart.Rect{}, false
	case r < 0:
		h := m.layout.Cols[c]
		return chart.SpaceHit{Kind: chart.SpaceHitOffering, OfferingID: h.ID, Index: h.Index}, h.Box, true
	case c < 0:
		h := m.layout.Rows[r]
		return chart.SpaceHit{Kind: chart.SpaceHitCentre, CentreID: h.ID, Index: h.Index}, h.Box, true
	}
	x := m.layout.Cells[r*cols+c]
	return chart.SpaceHit{Kind: chart.SpaceHitCell, CellID: x.CellID, CentreID: x.CentreID, OfferingID: x.OfferingID, Index: -1}, x.Box, true
}

func (m *WhiteSpaceMap) announce() {
	if hit, _, ok := m.cursorHit(); ok && m.OnHover != nil {
		m.OnHover(hit)
	}
}

func (m *WhiteSpaceMap) open() {
	hit, box, ok := m.cursorHit()
	if !ok || m.onTap == nil {
		return
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(m)
	m.onTap(hit, at.AddXY(float32(box.X), float32(box.Bottom())))
}
