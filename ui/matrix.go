package ui

import (
	"image/color"
	"math"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// PortfolioMatrix draws the Customer Portfolio Matrix: every placed account as a bubble whose
// area follows its revenue, with a ring for its purchase potential.
type PortfolioMatrix struct {
	widget.BaseWidget
	rows   []domain.PlanSummary
	cutoff float64
	flip   bool // high strength on the left, as in McDonald's matrix
	labels map[domain.PortfolioQuadrant]string
	xLabel string
	yLabel string
}

func newPortfolioMatrix(a *App, rows []domain.PlanSummary) *PortfolioMatrix {
	st, _ := a.store.Settings(a.ctx)
	m := &PortfolioMatrix{rows: rows, cutoff: st.Cutoff, flip: st.StrengthOnLeft, labels: map[domain.PortfolioQuadrant]string{},
		xLabel: a.tr("portfolio.strength") + " →", yLabel: a.tr("portfolio.attractiveness") + " ↑"}
	if m.flip {
		m.xLabel = "← " + a.tr("portfolio.strength")
	}
	for _, q := range domain.PortfolioQuadrants {
		m.labels[q] = a.tr("portfolio." + string(q))
	}
	m.ExtendBaseWidget(m)
	return m
}

// CreateRenderer implements fyne.Widget.
func (m *PortfolioMatrix) CreateRenderer() fyne.WidgetRenderer {
	r := &matrixRenderer{m: m}
	r.build()
	return r
}

type matrixRenderer struct {
	m       *PortfolioMatrix
	cells   [4]*canvas.Rectangle
	names   [4]*canvas.Text
	axes    [2]*canvas.Text
	rings   []*canvas.Circle
	bubbles []*canvas.Circle
	tags    []*canvas.Text
	placed  []domain.PlanSummary
}

func (r *matrixRenderer) build() {
	primary := theme.Color(theme.ColorNamePrimary)
	for i := range r.cells {
		c := color.NRGBAModel.Convert(primary).(color.NRGBA)
		c.A = uint8(18 + 14*(i%2))
		r.cells[i] = canvas.NewRectangle(c)
		r.names[i] = canvas.NewText(r.m.labels[domain.PortfolioQuadrants[i]], primary)
		r.names[i].TextSize = theme.CaptionTextSize()
		r.names[i].TextStyle.Bold = true
	}
	r.axes[0] = canvas.NewText(r.m.xLabel, theme.Color(theme.ColorNameForeground))
	r.axes[1] = canvas.NewText(r.m.yLabel, theme.Color(theme.ColorNameForeground))
	for i := range r.axes {
		r.axes[i].TextSize = theme.CaptionTextSize()
	}
	for _, row := range r.m.rows {
		if row.Position.Placed {
			r.placed = append(r.placed, row)
		}
	}
	// The largest accounts first: only they get a ring and a name, so a portfolio of
	// hundreds stays readable (and quick to draw).
	sort.SliceStable(r.placed, func(i, j int) bool { return r.placed[i].Potential > r.placed[j].Potential })
	for i, row := range r.placed {
		r.bubbles = append(r.bubbles, canvas.NewCircle(primary))
		if i >= maxNamed {
			continue
		}
		ring := canvas.NewCircle(color.Transparent)
		ring.StrokeColor, ring.StrokeWidth = theme.Color(theme.ColorNameDisabled), 1
		r.rings = append(r.rings, ring)
		tag := canvas.NewText(row.AccountName, theme.Color(theme.ColorNameForeground))
		tag.TextSize = theme.CaptionTextSize() * 0.9
		r.tags = append(r.tags, tag)
	}
}

// maxNamed is how many of the largest accounts the matrix names.
const maxNamed = 25

func (r *matrixRenderer) Layout(size fyne.Size) {
	pad := float32(18)
	w, h := size.Width-pad, size.Height-pad
	xOf := func(strength float64) float32 {
		f := float32((strength - 1) / 9)
		if r.m.flip {
			f = 1 - f
		}
		return pad + w*f
	}
	cx := xOf(r.m.cutoff)
	cy := h - h*float32((r.m.cutoff-1)/9)
	// order: HH, HL, LH, LL; high strength is on the right unless flipped
	hi, lo := [2]float32{cx, pad + w - cx}, [2]float32{pad, cx - pad}
	if r.m.flip {
		hi, lo = [2]float32{pad, cx - pad}, [2]float32{cx, pad + w - cx}
	}
	rects := [4][4]float32{{hi[0], 0, hi[1], cy}, {lo[0], 0, lo[1], cy}, {hi[0], cy, hi[1], h - cy}, {lo[0], cy, lo[1], h - cy}}
	for i, rc := range rects {
		r.cells[i].Move(fyne.NewPos(rc[0], rc[1]))
		r.cells[i].Resize(fyne.NewSize(rc[2], rc[3]))
		r.names[i].Move(fyne.NewPos(rc[0]+4, rc[1]+2))
	}
	r.axes[0].Move(fyne.NewPos(pad+w/2-r.axes[0].MinSize().Width/2, h+2))
	r.axes[1].Move(fyne.NewPos(0, h+2))
	var maxPot int64 = 1
	for _, row := range r.placed {
		maxPot = max(maxPot, row.Potential, row.Revenue)
	}
	radius := func(v int64) float32 { return 3 + 22*float32(math.Sqrt(float64(v)/float64(maxPot))) }
	for i, row := range r.placed {
		x := xOf(row.Position.Strength)
		y := h - h*float32((row.Position.Attractiveness-1)/9)
		place(r.bubbles[i], x, y, radius(row.Revenue))
		if i < len(r.rings) {
			place(r.rings[i], x, y, radius(row.Potential))
			r.tags[i].Move(fyne.NewPos(x+radius(row.Revenue)+2, y-6))
		}
	}
}

func place(c *canvas.Circle, x, y, radius float32) {
	c.Move(fyne.NewPos(x-radius, y-radius))
	c.Resize(fyne.NewSize(2*radius, 2*radius))
}

func (r *matrixRenderer) MinSize() fyne.Size { return fyne.NewSize(360, 280) }

func (r *matrixRenderer) Refresh() { r.Layout(r.m.Size()) }

func (r *matrixRenderer) Objects() []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for i := range r.cells {
		objs = append(objs, r.cells[i], r.names[i])
	}
	objs = append(objs, r.axes[0])
	for i := range r.rings {
		objs = append(objs, r.rings[i])
	}
	for i := range r.bubbles {
		objs = append(objs, r.bubbles[i])
	}
	for i := range r.tags {
		objs = append(objs, r.tags[i])
	}
	return objs
}

func (r *matrixRenderer) Destroy() {}
