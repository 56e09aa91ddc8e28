// Package chart lays out every picture of the plan — portfolio matrix, influence map,
// relationship map, team coverage, white-space map, pyramid, timeline, KPI lights — as pure
// geometry: data and options in, boxes, lines and labels in unit coordinates out. The Fyne
// widgets and the PDF only scale and draw what a layout returns, so screen and paper never
// disagree. Collisions and "+N" overflow are decided here; text is measured with the
// renderer's own Measure (measure.go), so what a layout keeps is what fits when drawn.
// No Fyne, no gofpdf.
package chart

import "math"

// Point is a position in a layout's unit coordinates (x right, y down).
type Point struct{ X, Y float64 }

// Rect is an axis-aligned box: its top-left corner and size.
type Rect struct{ X, Y, W, H float64 }

// Right is the x of the right edge.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom is the y of the bottom edge.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Center is the middle of the box.
func (r Rect) Center() Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// Contains reports whether p lies inside the box (edges included).
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.X <= r.Right() && p.Y >= r.Y && p.Y <= r.Bottom()
}

// Overlaps reports whether two boxes share some area (touching edges do not overlap).
func (r Rect) Overlaps(o Rect) bool {
	return r.X < o.Right() && o.X < r.Right() && r.Y < o.Bottom() && o.Y < r.Bottom()
}

// Inside reports whether r lies entirely within frame.
func (r Rect) Inside(frame Rect) bool {
	const eps = 1e-9
	return r.X >= frame.X-eps && r.Y >= frame.Y-eps && r.Right() <= frame.Right()+eps && r.Bottom() <= frame.Bottom()+eps
}

// Union is the smallest box holding both.
func (r Rect) Union(o Rect) Rect {
	x, y := math.Min(r.X, o.X), math.Min(r.Y, o.Y)
	return Rect{x, y, math.Max(r.Right(), o.Right()) - x, math.Max(r.Bottom(), o.Bottom()) - y}
}

// Inset shrinks the box by d on every side.
func (r Rect) Inset(d float64) Rect { return Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d} }

// Line is a segment between two points.
type Line struct{ From, To Point }

// Label is a text placed in a box. Hidden labels were dropped to avoid a collision:
// a drawer skips them (a hover or a list shows the text instead).
type Label struct {
	ID     string
	Text   string
	Box    Rect
	Hidden bool
}

// HideColliding marks as hidden every label that would overlap one placed before it.
// Labels earlier in the slice win, so callers order them by importance.
func HideColliding(labels []Label) {
	var shown []Rect
	for i := range labels {
		if labels[i].Hidden {
			continue
		}
		clash := false
		for _, s := range shown {
			if s.Overlaps(labels[i].Box) {
				clash = true
				break
			}
		}
		if clash {
			labels[i].Hidden = true
			continue
		}
		shown = append(shown, labels[i].Box)
	}
}

// Scale maps a layout onto a drawing surface: unit point p lands at Origin + p×Factor.
type Scale struct {
	Origin Point
	Factor float64
}

// Fit returns the scale that draws content centred in a target box, keeping its proportions.
func Fit(content, target Rect) Scale {
	if content.W <= 0 || content.H <= 0 {
		return Scale{Origin: Point{target.X, target.Y}, Factor: 1}
	}
	f := math.Min(target.W/content.W, target.H/content.H)
	ox := target.X + (target.W-content.W*f)/2 - content.X*f
	oy := target.Y + (target.H-content.H*f)/2 - content.Y*f
	return Scale{Origin: Point{ox, oy}, Factor: f}
}

// Point maps a unit point.
func (s Scale) Point(p Point) Point {
	return Point{s.Origin.X + p.X*s.Factor, s.Origin.Y + p.Y*s.Factor}
}

// Rect maps a unit box.
func (s Scale) Rect(r Rect) Rect {
	p := s.Point(Point{r.X, r.Y})
	return Rect{p.X, p.Y, r.W * s.Factor, r.H * s.Factor}
}

// Unit maps a drawing-surface point back to unit coordinates (for hit tests).
func (s Scale) Unit(p Point) Point {
	if s.Factor == 0 {
		return Point{}
	}
	return Point{(p.X - s.Origin.X) / s.Factor, (p.Y - s.Origin.Y) / s.Factor}
}

// indexRange is the indices from..to-1 of a list of n (to <= 0: up to n).
func indexRange(n, from, to int) []int {
	if to <= 0 || to > n {
		to = n
	}
	var out []int
	for i := max(0, from); i < to; i++ {
		out = append(out, i)
	}
	return out
}
