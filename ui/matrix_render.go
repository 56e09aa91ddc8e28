package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// matrixRenderer draws a PortfolioMatrix's layout. Its canvas objects are kept in pools and
// reused, so a redraw of 1,000 accounts allocates little.
type matrixRenderer struct {
	m       *PortfolioMatrix
	quads   []*canvas.Rectangle
	names   []*canvas.Text
	cuts    []*canvas.Line
	frame   *canvas.Rectangle
	xAxis   *canvas.Text
	yAxis   *canvas.Image
	yKey    string
	ticks   []*canvas.Text
	rings   []*canvas.Circle
	discs   []*canvas.Circle
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

// matrixColour is a quadrant's colour with the given opacity.
func matrixColour(q domain.PortfolioQuadrant, alpha uint8) color.NRGBA {
	c := chart.MatrixColours[q]
	return color.NRGBA{R: c[0], G: c[1], B: c[2], A: alpha}
}

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
		r.quads[i].FillColor = matrixColour(q.Quadrant, 0x1C)
		moveTo(r.quads[i], q.Box)
		r.objects = append(r.objects, r.quads[i])
	}
	for len(r.cuts) < len(l.Cuts) {
		r.cuts = append(r.cuts, canvas.NewLine(color.Black))
	}
	for i, c := range l.Cuts {
		r.cuts[i].StrokeColor, r.cuts[i].StrokeWidth = theme.Color(theme.ColorNameDisabled), 1
		r.cuts[i].Position1 = fyne.NewPos(float32(c.From.X), float32(c.From.Y))
		r.cuts[i].Position2 = fyne.NewPos(float32(c.To.X), float32(c.To.Y))
		r.objects = append(r.objects, r.cuts[i])
	}
	if r.frame == nil {
		r.frame = canvas.NewRectangle(color.Transparent)
	}
	r.frame.StrokeColor, r.frame.StrokeWidth = theme.Color(theme.ColorNameDisabled), 1
	moveTo(r.frame, l.Plot)
	r.objects = append(r.objects, r.frame)
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

func (r *matrixRenderer) drawBubbles(l chart.MatrixLayout) {
	for len(r.discs) < len(l.Bubbles) {
		r.rings = append(r.rings, canvas.NewCircle(color.Transparent))
		r.discs = append(r.discs, canvas.NewCircle(color.Transparent))
	}
	fg := theme.Color(theme.ColorNameForeground)
	for i, b := range l.Bubbles {
		ring, disc := r.rings[i], r.discs[i]
		ring.FillColor, ring.StrokeColor, ring.StrokeWidth = color.Transparent, matrixColour(b.Class, 0xC0), 1
		circleAt(ring, b.Centre, b.Ring)
		disc.FillColor, disc.StrokeColor, disc.StrokeWidth = matrixColour(b.Class, 0xB8), color.Transparent, 0
		if b.Selected || i == r.m.hover {
			disc.FillColor, disc.StrokeColor, disc.StrokeWidth = matrixColour(b.Class, 0xFF), fg, 2
		}
		circleAt(disc, b.Centre, b.Radius)
		if b.Ring > 0 {
			r.objects = append(r.objects, ring)
		}
		r.objects = append(r.objects, disc)
	}
}

// drawLabels writes the quadrants' and the shown accounts' names after every bubble, each on
// a plate of the background.
func (r *matrixRenderer) drawLabels(l chart.MatrixLayout) {
	n := 0
	fg := theme.Color(theme.ColorNameForeground)
	for i, q := range l.Quadrants {
		if !q.Name.Hidden {
			r.plate(n, q.Name)
			n++
		}
		r.text(r.names[i], q.Name, matrixColour(q.Quadrant, 0xFF), float32(r.m.opts.AxisFontSize))
	}
	for _, b := range l.Bubbles {
		if b.Label.Hidden || b.Label.Text == "" {
			continue
		}
		r.plate(n, b.Label)
		r.labels[n].TextStyle.Bold = b.Selected
		r.text(r.labels[n], b.Label, fg, float32(r.m.opts.FontSize))
		n++
	}
}

// plate puts the n-th plate of the background colour under a label.
func (r *matrixRenderer) plate(n int, lb chart.Label) {
	for n >= len(r.plates) {
		r.plates = append(r.plates, canvas.NewRectangle(color.Transparent))
		r.labels = append(r.labels, canvas.NewText("", color.Black))
	}
	r.plates[n].FillColor, r.plates[n].CornerRadius = withAlpha(theme.Color(theme.ColorNameBackground), 0xC8), 2
	moveTo(r.plates[n], lb.Box)
	r.objects = append(r.objects, r.plates[n])
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

func circleAt(c *canvas.Circle, p chart.Point, radius float64) {
	c.Move(fyne.NewPos(float32(p.X-radius), float32(p.Y-radius)))
	c.Resize(fyne.NewSize(float32(2*radius), float32(2*radius)))
}

func withAlpha(c color.Color, a uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
