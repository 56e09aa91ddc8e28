package chart

// Text of the white-space map: every line is cut to its box's width with "…" and lines that
// do not fit the box's height are left out, so no label leaves its box and none overlaps
// another (boxes of the grid do not overlap). The totals are drawn bold (the totals' header
// too, on paper).

// spaceFace is the text of the map, bold or regular.
func (o SpaceOptions) spaceFace(bold bool) face { return face{o.Measure, o.FontSize, bold} }

// spaceTextLines wraps a header's name into its box, centred or from the left.
func spaceTextLines(id, text string, box Rect, o SpaceOptions, maxLines int, centred, bold bool) []Label {
	inner := box.Inset(o.Pad)
	maxLines = min(maxLines, int(inner.H/o.LineH))
	if maxLines < 1 {
		return nil
	}
	f := o.spaceFace(bold)
	return spacePlaceLines(id, f.wrap(text, inner.W, maxLines), inner, f, o.LineH, centred)
}

// spaceStackLines places given lines (each cut to width) centred in the box; lines below the
// box's height are left out.
func spaceStackLines(id string, lines []string, box Rect, o SpaceOptions, bold bool) []Label {
	inner := box.Inset(o.Pad)
	n := min(len(lines), int(inner.H/o.LineH))
	f := o.spaceFace(bold)
	var kept []string
	for _, l := range lines[:max(0, n)] {
		if l = f.clip(l, inner.W); l != "" {
			kept = append(kept, l)
		}
	}
	return spacePlaceLines(id, kept, inner, f, o.LineH, true)
}

func spacePlaceLines(id string, lines []string, inner Rect, f face, lineH float64, centred bool) []Label {
	top := inner.Y + (inner.H-float64(len(lines))*lineH)/2
	var out []Label
	for i, l := range lines {
		w := f.width(l)
		x := inner.X
		if centred {
			x = inner.X + (inner.W-w)/2
		}
		out = append(out, Label{ID: id, Text: l, Box: Rect{x, top + float64(i)*lineH, w, lineH}})
	}
	return out
}

// SpaceHitKind says what a point of the map is on.
type SpaceHitKind int

const (
	SpaceHitNone SpaceHitKind = iota
	SpaceHitCell
	SpaceHitCentre   // a row header
	SpaceHitOffering // a column header
	SpaceHitTotal
)

// SpaceHit is what lies under a point: for a cell, its centre and offering (and CellID
// when the pair has a cell); for a header, the centre's or offering's ID and index.
type SpaceHit struct {
	Kind       SpaceHitKind
	CellID     string
	CentreID   string
	OfferingID string
	Index      int
}

// HitTest finds what lies under p (unit coordinates).
func (m SpaceMap) HitTest(p Point) SpaceHit {
	for _, c := range m.Cells {
		if c.Box.Contains(p) {
			return SpaceHit{Kind: SpaceHitCell, CellID: c.CellID, CentreID: c.CentreID, OfferingID: c.OfferingID, Index: -1}
		}
	}
	for _, h := range m.Rows {
		if h.Box.Contains(p) && h.ID != "" {
			return SpaceHit{Kind: SpaceHitCentre, CentreID: h.ID, Index: h.Index}
		}
	}
	for _, h := range m.Cols {
		if h.Box.Contains(p) && h.ID != "" {
			return SpaceHit{Kind: SpaceHitOffering, OfferingID: h.ID, Index: h.Index}
		}
	}
	if m.Frame.Contains(p) && !m.Corner.Contains(p) {
		return SpaceHit{Kind: SpaceHitTotal, Index: -1}
	}
	return SpaceHit{Index: -1}
}

// Labels returns every label of the map (headers, cells, totals), for drawing and tests.
func (m SpaceMap) Labels() []Label {
	var out []Label
	for _, h := range append(append([]SpaceHead{}, m.Rows...), m.Cols...) {
		out = append(out, h.Labels...)
	}
	for _, c := range m.Boxes() {
		out = append(out, c.Labels...)
	}
	return out
}

// Boxes returns the cells and the totals.
func (m SpaceMap) Boxes() []SpaceBox {
	out := append(append(append([]SpaceBox{}, m.Cells...), m.RowTotals...), m.ColTotals...)
	if m.Grand != nil {
		out = append(out, *m.Grand)
	}
	return out
}
