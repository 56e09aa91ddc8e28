package picture

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// relmapRenderer draws only what the view shows: cards, lines and links inside the widget,
// texts only when they are big enough to read. Canvas objects are kept in pools and reused,
// so panning and zooming move objects rather than make new ones; a drag moves three.
type relmapRenderer struct {
	m     *RelationshipMap
	bg    *canvas.Rectangle
	rects relmapPool[*canvas.Rectangle]
	texts relmapPool[*canvas.Text]
	lines relmapPool[*canvas.Line]
	drawing
	// what a drag shows above the rest
	ghost  *canvas.Rectangle
	ghostT *canvas.Text
	target *canvas.Rectangle
	link   *canvas.Line
}

// relmapPool hands out canvas objects, making new ones only when the pool is empty.
type relmapPool[T fyne.CanvasObject] struct {
	items []T
	used  int
	make  func() T
}

func (p *relmapPool[T]) take() T {
	if p.used == len(p.items) {
		p.items = append(p.items, p.make())
	}
	p.used++
	return p.items[p.used-1]
}

// relmapMinText is the smallest text drawn, in pixels; names are drawn smaller still, so a
// map zoomed out to fit its window still says who is who.
const (
	relmapMinText = 5
	relmapMinName = 3.5
)

func (r *relmapRenderer) init() {
	r.bg = canvas.NewRectangle(color.Transparent)
	r.rects.make = func() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) }
	r.texts.make = func() *canvas.Text { return canvas.NewText("", color.Black) }
	r.lines.make = func() *canvas.Line { return canvas.NewLine(color.Black) }
	r.ghost = canvas.NewRectangle(color.Transparent)
	r.ghostT = canvas.NewText("", color.White)
	r.target = canvas.NewRectangle(color.Transparent)
	r.link = canvas.NewLine(color.Black)
}

// draw places every visible object for the current layout and view.
func (r *relmapRenderer) draw() {
	if r.bg == nil {
		r.init()
	}
	m, s := r.m, r.m.scale
	size := m.Size()
	view := s.Unit(chart.Point{})
	end := s.Unit(chart.Point{X: float64(size.Width), Y: float64(size.Height)})
	viewBox := chart.Rect{X: view.X, Y: view.Y, W: end.X - view.X, H: end.Y - view.Y}
	r.rects.used, r.texts.used, r.lines.used = 0, 0, 0
	r.objects = append(r.objects[:0], r.bg)
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.bg.Resize(size)
	fg := theme.Color(theme.ColorNameForeground)
	for _, l := range m.layout.Tree {
		r.line(l, viewBox, chart.Mix(theme.Color(theme.ColorNameBackground), fg, 0.45), 1.5)
	}
	for _, l := range m.layout.Links { // under the cards: a link never crosses a card's text
		r.infoLink(l, viewBox)
	}
	for _, c := range m.layout.Cards {
		if c.Box.Overlaps(viewBox) || (c.More != nil && c.More.Box.Overlaps(viewBox)) {
			r.card(c)
		}
	}
	r.objects = append(r.objects, r.target, r.ghost, r.ghostT, r.link)
	r.showDrag(m.drag)
	canvas.Refresh(m)
}

// line draws a segment when it crosses the view.
func (r *relmapRenderer) line(l chart.Line, view chart.Rect, ink color.Color, width float32) {
	box := chart.Rect{X: min(l.From.X, l.To.X), Y: min(l.From.Y, l.To.Y), W: abs(l.To.X - l.From.X), H: abs(l.To.Y - l.From.Y)}
	if !box.Inset(-1).Overlaps(view) {
		return
	}
	s := r.m.scale
	ln := r.lines.take()
	a, b := s.Point(l.From), s.Point(l.To)
	p1, p2 := fyne.NewPos(float32(a.X), float32(a.Y)), fyne.NewPos(float32(b.X), float32(b.Y))
	if ln.StrokeColor != ink || ln.StrokeWidth != width || ln.Position1 != p1 || ln.Position2 != p2 {
		ln.StrokeColor, ln.StrokeWidth = ink, width
		ln.Position1, ln.Position2 = p1, p2
		canvas.Refresh(ln) // a pooled object drawn elsewhere before
	}
	r.objects = append(r.objects, ln)
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// infoLink draws an informal link: an arrow (influences) or a dashed red line (conflict).
func (r *relmapRenderer) infoLink(l chart.OrgLink, view chart.Rect) {
	if l.Kind == domain.LinkConflict {
		for _, d := range l.Dashes {
			r.line(d, view, chart.Red, 2)
		}
		return
	}
	ink := theme.Color(theme.ColorNamePrimary)
	r.line(l.Line, view, ink, 1.8)
	for _, a := range l.Arrow {
		r.line(a, view, ink, 1.8)
	}
}

// card draws one contact's card.
func (r *relmapRenderer) card(c chart.OrgCard) {
	bg, fg := theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNameForeground)
	hue := chart.AttitudeColour(c.Attitude)
	z := float32(r.m.scale.Factor)
	width := 1.2 * z
	if c.KeyPlayer {
		width = 3 * z
	}
	box := r.rect(c.Box, chart.Mix(bg, hue, 0.22), hue, width)
	box.CornerRadius = 5 * z
	r.text(c.Name, fg, true)
	r.text(c.Key, chart.KeyGold, true)
	for _, l := range c.Title {
		r.text(l, chart.Mix(bg, fg, 0.72), false)
	}
	r.text(c.Rel, fg, false)
	primary := theme.Color(theme.ColorNamePrimary)
	for i, d := range c.Weight {
		fill := color.Color(color.Transparent)
		if i < c.Influence {
			fill = fg
		}
		r.rect(d, fill, fg, 1)
	}
	for _, b := range c.Badges {
		r.rect(b.Box, chart.Mix(bg, fg, 0.12), nil, 0).CornerRadius = 3 * z
		l := b
		l.Box.X += 3
		r.text(l, fg, true)
	}
	h := r.rect(c.Handle, bg, primary, 1.5)
	h.CornerRadius = float32(c.Handle.W/2) * z
	if c.More != nil {
		r.rect(c.More.Box, primary, nil, 0).CornerRadius = float32(c.More.Box.H/2) * z
		l := *c.More
		l.Box.X += 5
		r.text(l, theme.Color(theme.ColorNameForegroundOnPrimary), true)
	}
}

func (r *relmapRenderer) rect(b chart.Rect, fill, stroke color.Color, width float32) *canvas.Rectangle {
	rc := r.rects.take()
	if stroke == nil {
		width = 0
	}
	if rc.FillColor != fill || rc.StrokeColor != stroke || rc.StrokeWidth != width {
		rc.FillColor, rc.StrokeColor, rc.StrokeWidth = fill, stroke, width
		canvas.Refresh(rc)
	}
	rc.CornerRadius = 0
	sb := r.m.scale.Rect(b)
	rc.Move(fyne.NewPos(float32(sb.X), float32(sb.Y)))
	rc.Resize(fyne.NewSize(float32(sb.W), float32(sb.H)))
	r.objects = append(r.objects, rc)
	return rc
}

func (r *relmapRenderer) text(l chart.Label, ink color.Color, bold bool) {
	size := chart.OrgFontSize(l) * r.m.scale.Factor
	if l.Text == "" || size < relmapMinText && (!bold || size < relmapMinName) {
		return
	}
	style := fyne.TextStyle{Bold: bold}
	// the layout measured the text at zoom 1: zoomed, the font may round a little wider
	text, _ := fitText(l.Text, float32(l.Box.W*r.m.scale.Factor)+1, float32(size), style)
	if text == "" {
		return
	}
	t := r.texts.take()
	if t.Text != text || t.Color != ink || t.TextSize != float32(size) || t.TextStyle != style {
		t.Text, t.Color, t.TextSize, t.TextStyle = text, ink, float32(size), style
		t.Refresh() // a pooled text drawn before must not keep its old texture
	}
	p := r.m.scale.Point(chart.Point{X: l.Box.X, Y: l.Box.Y})
	t.Move(fyne.NewPos(float32(p.X), float32(p.Y)))
	r.objects = append(r.objects, t)
}

// showDrag draws the dragged card under the pointer and frames where it would land, or the
// link being drawn from a handle; nil hides them. Only these objects change during a drag.
func (r *relmapRenderer) showDrag(d *relmapDrag) {
	r.ghost.Hide()
	r.ghostT.Hide()
	r.target.Hide()
	r.link.Hide()
	if d != nil && d.kind == chart.OrgHitCard {
		r.showCardDrag(d)
	}
	if d != nil && d.kind == chart.OrgHitHandle {
		s := r.m.scale
		a, b := s.Point(d.card.Handle.Center()), s.Point(d.at)
		r.link.StrokeColor, r.link.StrokeWidth = theme.Color(theme.ColorNamePrimary), 2
		r.link.Position1, r.link.Position2 = fyne.NewPos(float32(a.X), float32(a.Y)), fyne.NewPos(float32(b.X), float32(b.Y))
		r.link.Show()
		if to, ok := r.m.layout.Card(r.cardAt(d.at)); ok && to.ContactID != d.card.ContactID {
			r.frame(to.Box, 3)
		}
	}
	for _, o := range []fyne.CanvasObject{r.ghost, r.ghostT, r.target, r.link} {
		canvas.Refresh(o)
	}
	// objects that were hidden until now are not known to the canvas yet: refreshing the
	// widget is what makes it paint them
	canvas.Refresh(r.m)
}

func (r *relmapRenderer) cardAt(p chart.Point) string {
	id, _ := r.m.layout.CardAt(p)
	return id
}

func (r *relmapRenderer) showCardDrag(d *relmapDrag) {
	s := r.m.scale
	box := d.card.Box
	box.X, box.Y = d.at.X-d.grab.X, d.at.Y-d.grab.Y
	sb := s.Rect(box)
	r.ghost.FillColor, r.ghost.StrokeColor, r.ghost.StrokeWidth = chart.AttitudeColour(d.card.Attitude), theme.Color(theme.ColorNameForeground), 2
	r.ghost.Move(fyne.NewPos(float32(sb.X), float32(sb.Y)))
	r.ghost.Resize(fyne.NewSize(float32(sb.W), float32(sb.H)))
	r.ghost.Show()
	r.ghostT.Text, r.ghostT.TextSize = d.card.Name.Text, float32(max(8, chart.OrgFontSize(d.card.Name)*s.Factor))
	r.ghostT.Move(fyne.NewPos(float32(sb.X+6), float32(sb.Y+6)))
	r.ghostT.Show()
	drop := r.m.layout.DropAt(d.card.ContactID, d.at, r.m.opts)
	if t, ok := r.m.layout.Card(drop.Target); ok {
		b := t.Box
		switch drop.Kind {
		case chart.OrgDropBefore:
			b = chart.Rect{X: b.X - 6, Y: b.Y, W: 4, H: b.H}
		case chart.OrgDropAfter:
			b = chart.Rect{X: b.Right() + 2, Y: b.Y, W: 4, H: b.H}
		}
		r.frame(b, 3)
	}
}

// frame outlines a box in the primary colour.
func (r *relmapRenderer) frame(b chart.Rect, width float32) {
	sb := r.m.scale.Rect(b)
	r.target.FillColor, r.target.StrokeColor, r.target.StrokeWidth = color.Transparent, theme.Color(theme.ColorNamePrimary), width
	r.target.Move(fyne.NewPos(float32(sb.X), float32(sb.Y)))
	r.target.Resize(fyne.NewSize(float32(sb.W), float32(sb.H)))
	r.target.Show()
}

func (r *relmapRenderer) Layout(fyne.Size) {}

func (r *relmapRenderer) MinSize() fyne.Size { return r.m.MinSize() }

func (r *relmapRenderer) Refresh() { r.draw() }
