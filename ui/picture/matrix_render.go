package picture

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"kamplan/ui/chart"
)

// matrixRenderer draws a PortfolioMatrix's layout. Its canvas objects are kept in pools and
// reused, and the bubbles are one raster (matrix_bubbles.go), so 1,000 accounts draw quickly.
type matrixRenderer struct {
	m       *PortfolioMatrix
	quads   []*canvas.Rectangle
	names   []*canvas.Text
	rules   []*canvas.Rectangle
	xAxis   *canvas.Text
	yAxis   *canvas.Image
	yKey    string
	ticks   []*canvas.Text
	bubbles *canvas.Raster
	plates  []*canvas.Rectangle
	labels  []*canvas.Text
	tipBox  *canvas.Rectangle
	tipText []*canvas.Text
	objects []fyne.CanvasObject
}

func (r *matrixRenderer) Layout(size fyne.Size) {
	r.m.relayout(size)
	r.draw()
}

func (r *matrixRenderer) MinSize() fyne.Size { return fyne.NewSize(320, 240) }

func (r *matrixRenderer) Refresh() {
	r.m.relayout(r.m.Size())
	r.draw()
	canvas.Refresh(r.m)
}

func (r *matrixRenderer) Objects() []fyne.CanvasObject {
	if r.objects == nil {
		r.m.relayout(r.m.Size())
		r.draw()
	}
	return r.objects
}

func (r *matrixRenderer) Destroy() {}

func (r *matrixRenderer) draw() {
	l := r.m.layout
	r.objects = r.objects[:0]
	r.drawPlot(l)
	r.drawAxes(l)
	r.drawBubbles(l)
	r.drawLabels(l)
	r.drawTip(l)
}

func (r *matrixRenderer) drawPlot(l chart.MatrixLayout) {
	for len(r.quads) < len(l.Quadrants) {
		r.quads = append(r.quads, canvas.NewRectangle(color.Transparent))
		name := canvas.NewText("", color.Black)
		name.TextStyle.Bold = true
		r.names = append(r.names, name)
	}
	for i, q := range l.Quadrants {
		r.quads[i].FillColor = chart.QuadrantColour(q.Quadrant).WithAlpha(0x1C)
		moveTo(r.quads[i], q.Box)
		r.objects = append(r.objects, r.quads[i])
	}
	// the cut-offs and the frame as thin filled boxes (the cheapest thing to paint)
	p := l.Plot
	edges := []chart.Rect{{X: p.X, Y: p.Y, W: p.W, H: 1}, {X: p.X, Y: p.Bottom() - 1, W: p.W, H: 1},
		{X: p.X, Y: p.Y, W: 1, H: p.H}, {X: p.Right() - 1, Y: p.Y, W: 1, H: p.H}}
	for _, c := range l.Cuts {
		edges = append(edges, chart.Rect{X: c.From.X, Y: c.From.Y, W: math.Max(1, c.To.X-c.From.X), H: math.Max(1, c.To.Y-c.From.Y)})
	}
	for len(r.rules) < len(edges) {
		r.rules = append(r.rules, canvas.NewRectangle(color.Transparent))
	}
	for i, e := range edges {
		r.rules[i].FillColor = theme.Color(theme.ColorNameDisabled)
		moveTo(r.rules[i], e)
		r.objects = append(r.objects, r.rules[i])
	}
}

func (r *matrixRenderer) drawAxes(l chart.MatrixLayout) {
	fg := theme.Color(theme.ColorNameForeground)
	if r.xAxis == nil {
		r.xAxis = canvas.NewText("", fg)
	}
	size := float32(r.m.opts.AxisFontSize)
	r.text(r.xAxis, l.XAxis, fg, size)
	r.drawYAxis(l.YAxis, fg, size)
	for len(r.ticks) < len(l.Ticks) {
		r.ticks = append(r.ticks, canvas.NewText("", fg))
	}
	for i, t := range l.Ticks {
		r.text(r.ticks[i], t, theme.Color(theme.ColorNamePlaceHolder), size*0.9)
	}
}

// drawYAxis shows the vertical axis name turned to read upwards (an image: Fyne cannot turn text).
func (r *matrixRenderer) drawYAxis(lb chart.Label, fg color.Color, size float32) {
	key := lb.Text + "|" + colourKey(fg)
	if r.yAxis == nil || r.yKey != key {
		r.yAxis = canvas.NewImageFromImage(uprightText(lb.Text, size, fg))
		r.yAxis.FillMode = canvas.ImageFillContain
		r.yKey = key
	}
	img := r.yAxis.Image.Bounds()
	w, h := float32(img.Dx())/uprightScale, float32(img.Dy())/uprightScale
	r.yAxis.Resize(fyne.NewSize(w, h))
	r.yAxis.Move(fyne.NewPos(float32(lb.Box.X)+(float32(lb.Box.W)-w)/2, float32(lb.Box.Y)+(float32(lb.Box.H)-h)/2))
	r.objects = append(r.objects, r.yAxis)
}

// drawLabels writes the quadrants' and the shown accounts' names after every bubble, each on
// a plate of the background.
func (r *matrixRenderer) drawLabels(l chart.MatrixLayout) {
	n := 0
	fg := theme.Color(theme.ColorNameForeground)
	for i, q := range l.Quadrants {
		r.text(r.names[i], q.Name, chart.QuadrantColour(q.Quadrant).WithAlpha(0xFF), float32(r.m.opts.AxisFontSize))
		if !q.Name.Hidden {
			r.plateUnder(n, q.Name, r.names[i])
			n++
		}
	}
	for _, b := range l.Bubbles {
		if b.Label.Hidden || b.Label.Text == "" {
			continue
		}
		r.grow(n)
		r.labels[n].TextStyle.Bold = b.Selected
		r.plate(n, b.Label)
		r.text(r.labels[n], b.Label, fg, float32(r.m.opts.FontSize))
		n++
	}
}

// plate puts the n-th plate of the background colour under the n-th account label; the
// plate hugs the text as drawn, never wider than the label's box.
func (r *matrixRenderer) plate(n int, lb chart.Label) {
	r.grow(n)
	r.labels[n].Text, r.labels[n].TextSize = lb.Text, float32(r.m.opts.FontSize)
	r.placePlate(r.plates[n], lb, r.labels[n].MinSize().Width)
}

// plateUnder puts the n-th plate under a text already placed (drawn again above the plate).
func (r *matrixRenderer) plateUnder(n int, lb chart.Label, t *canvas.Text) {
	r.grow(n)
	last := r.objects[len(r.objects)-1]
	r.objects = r.objects[:len(r.objects)-1]
	r.placePlate(r.plates[n], lb, t.MinSize().Width)
	r.objects = append(r.objects, last)
}

// grow makes room in the pools of plates and labels for the n-th.
func (r *matrixRenderer) grow(n int) {
	for n >= len(r.plates) {
		r.plates = append(r.plates, canvas.NewRectangle(color.Transparent))
		r.labels = append(r.labels, canvas.NewText("", color.Black))
	}
}

func (r *matrixRenderer) placePlate(p *canvas.Rectangle, lb chart.Label, textW float32) {
	p.FillColor = withAlpha(theme.Color(theme.ColorNameBackground), 0xC8)
	w := min(float32(lb.Box.W), textW+6)
	p.Move(fyne.NewPos(float32(lb.Box.X)+(float32(lb.Box.W)-w)/2, float32(lb.Box.Y)))
	p.Resize(fyne.NewSize(w, float32(lb.Box.H)))
	r.objects = append(r.objects, p)
}

// drawTip is the hover pop-up: a box of lines beside the pointer, kept inside the widget.
func (r *matrixRenderer) drawTip(l chart.MatrixLayout) {
	lines := r.m.HoverText()
	if len(lines) == 0 {
		return
	}
	if r.tipBox == nil {
		r.tipBox = canvas.NewRectangle(color.Transparent)
	}
	r.tipBox.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	r.tipBox.StrokeColor, r.tipBox.StrokeWidth, r.tipBox.CornerRadius = theme.Color(theme.ColorNameShadow), 1, 4
	size := theme.CaptionTextSize()
	var w, h float32
	for len(r.tipText) < len(lines) {
		r.tipText = append(r.tipText, canvas.NewText("", color.Black))
	}
	for i, s := range lines {
		t := r.tipText[i]
		t.Text, t.TextSize, t.Color, t.TextStyle.Bold = s, size, theme.Color(theme.ColorNameForeground), i == 0
		ms := t.MinSize()
		w, h = max(w, ms.Width), h+ms.Height
	}
	pad := float32(6)
	box := fyne.NewSize(w+2*pad, h+2*pad)
	at := r.m.hoverAt.Add(fyne.NewPos(14, 14))
	sz := r.m.Size()
	at.X, at.Y = max(0, min(at.X, sz.Width-box.Width)), max(0, min(at.Y, sz.Height-box.Height))
	r.tipBox.Move(at)
	r.tipBox.Resize(box)
	r.objects = append(r.objects, r.tipBox)
	y := at.Y + pad
	for _, t := range r.tipText[:len(lines)] {
		t.Move(fyne.NewPos(at.X+pad, y))
		t.Resize(t.MinSize())
		y += t.MinSize().Height
		r.objects = append(r.objects, t)
	}
}

// text sets a canvas text from a layout label, vertically centred in the label's box.
func (r *matrixRenderer) text(t *canvas.Text, lb chart.Label, c color.Color, size float32) {
	if lb.Hidden || lb.Text == "" {
		return
	}
	t.Text, t.Color, t.TextSize = lb.Text, c, size
	ms := t.MinSize()
	t.Move(fyne.NewPos(float32(lb.Box.X)+(float32(lb.Box.W)-ms.Width)/2, float32(lb.Box.Y)+(float32(lb.Box.H)-ms.Height)/2))
	t.Resize(ms)
	r.objects = append(r.objects, t)
}

func moveTo(o fyne.CanvasObject, b chart.Rect) {
	o.Move(fyne.NewPos(float32(b.X), float32(b.Y)))
	o.Resize(fyne.NewSize(float32(b.W), float32(b.H)))
}

func withAlpha(c color.Color, a uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
