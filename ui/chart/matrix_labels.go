package chart

import (
	"math"
	"sort"
	"strings"
)

// Labels of the portfolio matrix: the most important accounts (the selected one, then by
// revenue, then by potential) are labelled first, each to the right, left, above or below
// its bubble (or off-centre above or below, near the plot's edges), wherever the label stays
// inside the plot, outside its own potential ring, and covers no label already placed
// (quadrant names included), no larger bubble and crosses no larger bubble's ring —
// preferably no other bubble or ring at all (a small bubble is covered, or its ring
// crossed, only when the label has no other place). Labels are drawn after every bubble on
// a plate of the background colour, so a label is never hidden under a bubble. So that
// 1,000 accounts stay readable, at most o.MaxLabels accounts are named (the selected one
// always may be). An account with no place keeps a hidden label; HideColliding is the last
// guard that no two shown labels overlap.

func (m *MatrixLayout) labels(accounts []MatrixAccount, o MatrixOptions) {
	order := m.labelOrder(accounts)
	grid := newDiscGrid(m.Plot, m.Bubbles)
	grid.rings = newDiscGrid(m.Plot, outerExtents(m.Bubbles)).buckets
	var shown []Rect
	for _, q := range m.Quadrants {
		if !q.Name.Hidden {
			shown = append(shown, q.Name.Box)
		}
	}
	all := make([]Label, 0, len(order))
	budget := m.labelBudget(o)
	for _, i := range order {
		b := &m.Bubbles[i]
		if !b.Selected && len(shown)-len(m.Quadrants) >= budget {
			// past the budget a label is never shown: its text is not even measured, which
			// with 1,000 accounts is most of the time the home takes to draw
			b.Label = Label{ID: b.ID, Text: matrixName(accounts[b.Index].Name, o.MaxLabelChars), Hidden: true}
			all = append(all, b.Label)
			continue
		}
		b.Label = m.placeLabel(i, accounts[b.Index].Name, o, grid, shown)
		if !b.Label.Hidden {
			shown = append(shown, b.Label.Box)
		}
		all = append(all, b.Label)
	}
	HideColliding(all)
	for k, i := range order {
		m.Bubbles[i].Label.Hidden = all[k].Hidden
		if all[k].Hidden {
			m.Hidden++
		}
	}
}

// labelOrder is the order in which the bubbles are named: the selected one, then by
// revenue, then by potential, then by name.
func (m *MatrixLayout) labelOrder(accounts []MatrixAccount) []int {
	order := make([]int, len(m.Bubbles))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := m.Bubbles[order[i]], m.Bubbles[order[j]]
		if a.Selected != b.Selected {
			return a.Selected
		}
		x, y := accounts[a.Index], accounts[b.Index]
		if x.Revenue != y.Revenue {
			return x.Revenue > y.Revenue
		}
		if x.Potential != y.Potential {
			return x.Potential > y.Potential
		}
		return strings.ToLower(x.Name) < strings.ToLower(y.Name)
	})
	return order
}

// placeLabel tries the places beside bubble i; the label is hidden when none is free.
func (m MatrixLayout) placeLabel(i int, name string, o MatrixOptions, grid discGrid, shown []Rect) Label {
	b := m.Bubbles[i]
	text := matrixName(name, o.MaxLabelChars)
	fs := o.FontSize
	w, h := face{o.Measure, fs, b.Selected}.width(text)+fs*plateSide, fs*1.25
	r, gap := math.Max(b.Radius, b.Ring), fs*0.25 // outside its own ring
	c := b.Centre
	candidates := []Rect{
		{c.X + r + gap, c.Y - h/2, w, h},
		{c.X - r - gap - w, c.Y - h/2, w, h},
		{c.X - w/2, c.Y - r - gap - h, w, h},
		{c.X - w/2, c.Y + r + gap, w, h},
		{c.X, c.Y - r - gap - h, w, h}, // beside a corner or an edge of the plot
		{c.X, c.Y + r + gap, w, h},
		{c.X - w, c.Y - r - gap - h, w, h},
		{c.X - w, c.Y + r + gap, w, h},
	}
	l := Label{ID: b.ID, Text: text, Box: candidates[0], Hidden: true}
	for _, ignore := range []float64{-1, b.Radius} {
		for _, box := range candidates {
			if box.Inside(m.Plot) && !overlapsAny(box, shown) && !grid.covers(box, i, ignore) && !grid.crossesRing(box, i, ignore) {
				l.Box, l.Hidden = box, false
				return l
			}
		}
	}
	return l
}

// labelBudget is how many accounts a plot names: o.MaxLabels, else about one label per
// eight label-sized areas of the plot.
func (m MatrixLayout) labelBudget(o MatrixOptions) int {
	if o.MaxLabels > 0 {
		return o.MaxLabels
	}
	typical := (o.Measure.regular(o.FontSize).width("Cliente 0000 Siderurgia") + o.FontSize*plateSide) * o.FontSize * 1.25
	return max(12, int(m.Plot.W*m.Plot.H/(8*typical)))
}

// plateSide is the room, in ems, a label's box leaves beside its text: the plate the label
// is drawn on shows around it.
const plateSide = 0.5

func matrixName(name string, maxChars int) string {
	r := []rune(strings.TrimSpace(name))
	if len(r) <= maxChars {
		return string(r)
	}
	return strings.TrimRight(string(r[:maxChars-1]), " ,.") + "…"
}

func overlapsAny(box Rect, shown []Rect) bool {
	for _, s := range shown {
		if s.Overlaps(box) {
			return true
		}
	}
	return false
}

// discGrid finds the bubbles near a box quickly: each disc is filed in every cell its
// bounding square touches (and in rings, every cell its ring's square touches).
type discGrid struct {
	frame   Rect
	cell    float64
	cols    int
	rows    int
	buckets [][]int
	rings   [][]int
	discs   []MatrixBubble
}

// outerExtents are the bubbles as large as their rings.
func outerExtents(bubbles []MatrixBubble) []MatrixBubble {
	out := make([]MatrixBubble, len(bubbles))
	for i, b := range bubbles {
		out[i] = MatrixBubble{Centre: b.Centre, Radius: math.Max(b.Radius, b.Ring)}
	}
	return out
}

// crossesRing reports whether the potential ring of a bubble runs through box, ignoring
// the rings of other bubbles of radius up to ignore.
func (g discGrid) crossesRing(box Rect, self int, ignore float64) bool {
	return g.each(box, func(k int) bool {
		for _, i := range g.rings[k] {
			if (i == self || g.discs[i].Radius > ignore) && ringCrosses(g.discs[i], box) {
				return true
			}
		}
		return false
	})
}

func newDiscGrid(frame Rect, discs []MatrixBubble) discGrid {
	g := discGrid{frame: frame, discs: discs}
	g.cell = math.Max(frame.W, frame.H) / 32
	g.cols, g.rows = int(frame.W/g.cell)+1, int(frame.H/g.cell)+1
	g.buckets = make([][]int, g.cols*g.rows)
	for i, d := range discs {
		g.each(Rect{d.Centre.X - d.Radius, d.Centre.Y - d.Radius, 2 * d.Radius, 2 * d.Radius}, func(k int) bool {
			g.buckets[k] = append(g.buckets[k], i)
			return false
		})
	}
	return g
}

// each calls f with every cell index box touches, until f returns true.
func (g discGrid) each(box Rect, f func(int) bool) bool {
	c0, c1 := g.index(box.X, g.cols, g.frame.X), g.index(box.Right(), g.cols, g.frame.X)
	r0, r1 := g.index(box.Y, g.rows, g.frame.Y), g.index(box.Bottom(), g.rows, g.frame.Y)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			if f(r*g.cols + c) {
				return true
			}
		}
	}
	return false
}

func (g discGrid) index(v float64, n int, origin float64) int {
	return max(0, min(n-1, int((v-origin)/g.cell)))
}

// covers reports whether box overlaps the disc of any bubble but self, ignoring discs of
// radius up to ignore.
func (g discGrid) covers(box Rect, self int, ignore float64) bool {
	return g.each(box, func(k int) bool {
		for _, i := range g.buckets[k] {
			if i != self && g.discs[i].Radius > ignore && discOverlaps(g.discs[i], box) {
				return true
			}
		}
		return false
	})
}

// ringCrosses reports whether the potential ring of d runs through box: part of the box
// is inside the ring's circle and part outside.
func ringCrosses(d MatrixBubble, box Rect) bool {
	if d.Ring <= 0 {
		return false
	}
	nx := math.Max(box.X, math.Min(d.Centre.X, box.Right()))
	ny := math.Max(box.Y, math.Min(d.Centre.Y, box.Bottom()))
	near := math.Hypot(d.Centre.X-nx, d.Centre.Y-ny)
	fx := math.Max(math.Abs(d.Centre.X-box.X), math.Abs(d.Centre.X-box.Right()))
	fy := math.Max(math.Abs(d.Centre.Y-box.Y), math.Abs(d.Centre.Y-box.Bottom()))
	return near < d.Ring && math.Hypot(fx, fy) > d.Ring
}

func discOverlaps(d MatrixBubble, box Rect) bool {
	nx := math.Max(box.X, math.Min(d.Centre.X, box.Right()))
	ny := math.Max(box.Y, math.Min(d.Centre.Y, box.Bottom()))
	dx, dy := d.Centre.X-nx, d.Centre.Y-ny
	return dx*dx+dy*dy < d.Radius*d.Radius
}
