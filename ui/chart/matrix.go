package chart

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"kamplan/domain"
)

// The Customer Portfolio Matrix (METHOD §4): customer attractiveness up, relative strength
// across (high strength right, or left as in McDonald's matrix). Each account is a bubble
// whose area follows our revenue, with a ring whose area follows its purchase potential, so
// the gap between them is the white space; bubbles are coloured by quadrant. Labels go
// beside their bubble where they cover no other label and no other bubble, most important
// accounts first; the rest are hidden (a hover or a list names them), never overprinted.

// MatrixAccount is one placed account as the matrix needs it.
type MatrixAccount struct {
	ID                       string // the caller's key (account ID)
	Name                     string
	Attractiveness, Strength float64 // axis totals, 1–10
	Revenue, Potential       int64   // minor units
}

// MatrixText are the words a matrix is drawn with, in the caller's language.
type MatrixText struct {
	Quadrants      map[domain.PortfolioQuadrant]string
	Attractiveness string                 // the vertical axis
	Strength       string                 // the horizontal axis
	Number         func(v float64) string // the cut-off on the axes: "5.5" or "5,5"
}

// MatrixOptions size a matrix in unit coordinates (pixels on screen, millimetres on paper).
type MatrixOptions struct {
	W, H           float64 // the whole picture, axes included
	Cutoff         float64
	StrengthOnLeft bool    // high strength on the left
	FontSize       float64 // account labels
	AxisFontSize   float64 // axes, ticks and quadrant names
	MaxRadius      float64 // the largest ring or bubble; 0: 8 % of the plot's shorter side
	MinRadius      float64 // the smallest dot; 0: 0.7 % of the plot's shorter side
	Fill           float64 // at most this share of the plot is covered by rings; 0: 0.2
	MaxLabelChars  int     // longer names are cut with "…"; 0: 24
	MaxLabels      int     // at most this many accounts are named; 0: by the plot's size
	Selected       string  // the account drawn on top and labelled first
	Measure        Measure // how wide the renderer draws text
}

// MatrixQuadrantBox is one quadrant of the plot with its name in its outer corner.
type MatrixQuadrantBox struct {
	Quadrant domain.PortfolioQuadrant
	Box      Rect
	Name     Label
}

// MatrixBubble is one account: a disc for our revenue, a ring for its potential.
type MatrixBubble struct {
	ID       string
	Index    int // in the accounts given
	Centre   Point
	Radius   float64 // disc: area ∝ revenue (never below MinRadius)
	Ring     float64 // outline: area ∝ potential; 0 without a potential
	Class    domain.PortfolioQuadrant
	Selected bool
	Label    Label
}

// MatrixLayout is a laid-out matrix. Bubbles are in drawing order (large first, the
// selected one last); draw every bubble before any label.
type MatrixLayout struct {
	Frame, Plot Rect
	Cuts        []Line // the cut-off on each axis
	Quadrants   []MatrixQuadrantBox
	Bubbles     []MatrixBubble
	XAxis       Label   // below the plot
	YAxis       Label   // left of the plot; Box is upright, the text is drawn turned 90° to read upwards
	Ticks       []Label // 1, the cut-off and 10 on each axis
	Hidden      int     // accounts whose label was hidden
}

func (o *MatrixOptions) defaults() {
	if o.FontSize <= 0 {
		o.FontSize = 11
	}
	if o.AxisFontSize <= 0 {
		o.AxisFontSize = o.FontSize
	}
	if o.Fill <= 0 {
		o.Fill = 0.2
	}
	if o.MaxLabelChars <= 0 {
		o.MaxLabelChars = 24
	}
	if o.Cutoff <= 0 {
		o.Cutoff = domain.DefaultCutoff
	}
}

// LayoutMatrix lays out accounts (only placed ones: both axes scored) in a frame of o.W × o.H.
func LayoutMatrix(accounts []MatrixAccount, tx MatrixText, o MatrixOptions) MatrixLayout {
	o.defaults()
	m := MatrixLayout{Frame: Rect{0, 0, o.W, o.H}}
	m.Plot = matrixPlot(tx, o)
	side := math.Min(m.Plot.W, m.Plot.H)
	if o.MaxRadius <= 0 {
		o.MaxRadius = 0.08 * side
	}
	if o.MinRadius <= 0 {
		o.MinRadius = 0.007 * side
	}
	m.quadrants(tx, o)
	m.axes(tx, o)
	m.bubbles(accounts, o)
	m.labels(accounts, o)
	return m
}

// matrixPlot is the square's box: the frame less the axes' room on the left and below.
func matrixPlot(tx MatrixText, o MatrixOptions) Rect {
	tickW := 0.0 // the widest tick, so that none reaches into the axis' title
	for _, v := range []float64{1, o.Cutoff, 10} {
		tickW = math.Max(tickW, o.Measure.regular(o.AxisFontSize).width(tickText(tx, v)))
	}
	tickW += o.AxisFontSize * 0.4
	left := o.AxisFontSize*1.5 + tickW
	bottom := o.AxisFontSize * 2.9
	pad := o.AxisFontSize * 0.5
	return Rect{left, pad, math.Max(1, o.W-left-pad), math.Max(1, o.H-bottom-pad)}
}

// TickDecimals is how many decimals a tick needs: as few as show it, at most two (5.5, not 5.50).
func TickDecimals(v float64) int {
	_, frac, _ := strings.Cut(strconv.FormatFloat(v, 'f', -1, 64), ".")
	return min(len(frac), 2)
}

func tickText(tx MatrixText, v float64) string {
	if tx.Number != nil {
		return tx.Number(v)
	}
	return formatTick(v)
}

func formatTick(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// x is where a strength total lands across the plot.
func (m MatrixLayout) x(strength float64, left bool) float64 {
	f := (strength - 1) / 9
	if left {
		f = 1 - f
	}
	return m.Plot.X + math.Max(0, math.Min(1, f))*m.Plot.W
}

// y is where an attractiveness total lands on the plot (high at the top).
func (m MatrixLayout) y(attractiveness float64) float64 {
	f := (attractiveness - 1) / 9
	return m.Plot.Bottom() - math.Max(0, math.Min(1, f))*m.Plot.H
}

func (m *MatrixLayout) quadrants(tx MatrixText, o MatrixOptions) {
	cx, cy := m.x(o.Cutoff, o.StrengthOnLeft), m.y(o.Cutoff)
	p := m.Plot
	leftBox, rightBox := Rect{p.X, p.Y, cx - p.X, 0}, Rect{cx, p.Y, p.Right() - cx, 0}
	hiStrength, loStrength := rightBox, leftBox
	if o.StrengthOnLeft {
		hiStrength, loStrength = leftBox, rightBox
	}
	top, bottom := [2]float64{p.Y, cy - p.Y}, [2]float64{cy, p.Bottom() - cy}
	for _, q := range domain.PortfolioQuadrants {
		b := loStrength
		if q[1] == 'H' {
			b = hiStrength
		}
		v := bottom
		if q[0] == 'H' {
			v = top
		}
		b.Y, b.H = v[0], v[1]
		m.Quadrants = append(m.Quadrants, MatrixQuadrantBox{Quadrant: q, Box: b, Name: m.cornerName(q, b, tx, o)})
	}
	m.Cuts = []Line{{Point{cx, p.Y}, Point{cx, p.Bottom()}}, {Point{p.X, cy}, Point{p.Right(), cy}}}
}

// cornerName puts a quadrant's name, bold, in the corner of its box farthest from the centre.
func (m MatrixLayout) cornerName(q domain.PortfolioQuadrant, b Rect, tx MatrixText, o MatrixOptions) Label {
	fs, pad := o.AxisFontSize, o.AxisFontSize*0.3
	f := o.Measure.bold(fs)
	text := f.clip(tx.Quadrants[q], b.W-2*pad-fs*plateSide)
	w, h := f.width(text)+fs*plateSide, fs*1.3
	box := Rect{b.X + pad, b.Y + pad, w, h}
	if b.X+b.W/2 > m.Plot.X+m.Plot.W/2 {
		box.X = b.Right() - pad - w
	}
	if b.Y+b.H/2 > m.Plot.Y+m.Plot.H/2 {
		box.Y = b.Bottom() - pad - h
	}
	return Label{ID: string(q), Text: text, Box: box, Hidden: text == "" || !box.Inside(b)}
}

func (m *MatrixLayout) axes(tx MatrixText, o MatrixOptions) {
	fs, p := o.AxisFontSize, m.Plot
	f := o.Measure.regular(fs)
	xText := tx.Strength + " →"
	if o.StrengthOnLeft {
		xText = "← " + tx.Strength
	}
	xText = f.clip(xText, p.W)
	w := f.width(xText)
	m.XAxis = Label{ID: "x", Text: xText, Box: Rect{p.X + (p.W-w)/2, p.Bottom() + fs*1.45, w, fs * 1.3}}
	yText := f.clip(tx.Attractiveness+" →", p.H)
	h := f.width(yText)
	m.YAxis = Label{ID: "y", Text: yText, Box: Rect{m.Frame.X, p.Y + (p.H-h)/2, fs * 1.3, h}}
	for _, v := range []float64{1, o.Cutoff, 10} {
		t := tickText(tx, v)
		tw := f.width(t)
		x := m.x(v, o.StrengthOnLeft)
		m.Ticks = append(m.Ticks, Label{ID: "x", Text: t, Box: Rect{math.Max(p.X, math.Min(p.Right()-tw, x-tw/2)), p.Bottom() + fs*0.15, tw, fs * 1.3}})
		y := m.y(v)
		m.Ticks = append(m.Ticks, Label{ID: "y", Text: t, Box: Rect{p.X - fs*0.3 - tw, math.Max(p.Y, math.Min(p.Bottom()-fs*1.3, y-fs*0.65)), tw, fs * 1.3}})
	}
}

// bubbles sizes and places the discs and rings: area ∝ value, the largest at MaxRadius
// unless so many accounts share the plot that their rings would cover more than o.Fill of it.
func (m *MatrixLayout) bubbles(accounts []MatrixAccount, o MatrixOptions) {
	var top, sum float64
	for _, a := range accounts {
		v := float64(max(a.Revenue, a.Potential, 0))
		top, sum = math.Max(top, v), sum+v
	}
	k := 0.0
	if top > 0 {
		k = math.Min(o.MaxRadius/math.Sqrt(top), math.Sqrt(o.Fill*m.Plot.W*m.Plot.H/(math.Pi*sum)))
	}
	radius := func(v int64) float64 { return k * math.Sqrt(float64(max(v, 0))) }
	for i, a := range accounts {
		b := MatrixBubble{ID: a.ID, Index: i, Centre: Point{m.x(a.Strength, o.StrengthOnLeft), m.y(a.Attractiveness)},
			Radius: math.Max(o.MinRadius, radius(a.Revenue)), Ring: radius(a.Potential),
			Class: domain.QuadrantOf(a.Attractiveness, a.Strength, o.Cutoff), Selected: a.ID != "" && a.ID == o.Selected}
		m.Bubbles = append(m.Bubbles, b)
	}
	sort.SliceStable(m.Bubbles, func(i, j int) bool {
		a, b := m.Bubbles[i], m.Bubbles[j]
		if a.Selected != b.Selected {
			return b.Selected
		}
		return math.Max(a.Radius, a.Ring) > math.Max(b.Radius, b.Ring)
	})
}

// HitTest returns the index in Bubbles of the account under p — the topmost disc within
// slop units, or a shown label — or -1.
func (m MatrixLayout) HitTest(p Point, slop float64) int {
	for i := len(m.Bubbles) - 1; i >= 0; i-- {
		b := m.Bubbles[i]
		r := b.Radius + slop
		if dx, dy := p.X-b.Centre.X, p.Y-b.Centre.Y; dx*dx+dy*dy <= r*r {
			return i
		}
	}
	for i, b := range m.Bubbles {
		if !b.Label.Hidden && b.Label.Text != "" && b.Label.Box.Contains(p) {
			return i
		}
	}
	return -1
}

// Find returns the index in Bubbles of the account with id, or -1.
func (m MatrixLayout) Find(id string) int {
	for i, b := range m.Bubbles {
		if b.ID == id {
			return i
		}
	}
	return -1
}
