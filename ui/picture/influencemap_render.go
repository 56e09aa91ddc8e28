package picture

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"kamplan/ui/chart"
)

type influenceRenderer struct {
	m *InfluenceMap
	drawing
	// the card being dragged and the cell under it, drawn above the rest
	ghost     *canvas.Rectangle
	ghostText *canvas.Text
	target    *canvas.Rectangle
}

func (r *influenceRenderer) build() {
	lay := r.m.layout
	bg, fg := theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNameForeground)
	line := theme.Color(theme.ColorNameSeparator)
	r.objects = r.objects[:0]
	for _, z := range lay.Zones {
		r.rect(z.Box, chart.Mix(bg, chart.ZoneColour(z.Zone), 0.12), nil, 0)
	}
	for _, c := range lay.Cells {
		r.rect(c.Box, color.Transparent, line, 1)
	}
	for _, l := range lay.Cuts {
		ln := canvas.NewLine(fg)
		ln.StrokeWidth = 2
		ln.Position1, ln.Position2 = fyne.NewPos(float32(l.From.X), float32(l.From.Y)), fyne.NewPos(float32(l.To.X), float32(l.To.Y))
		r.objects = append(r.objects, ln)
	}
	for _, z := range lay.Zones {
		r.text(z.Label, chart.Mix(bg, chart.ZoneColour(z.Zone), 0.9), true, false)
	}
	for _, l := range lay.Axes {
		r.text(l, fg, false, true)
	}
	for _, c := range lay.Cells {
		r.cards(c, bg, fg)
	}
	r.ghost = canvas.NewRectangle(color.Transparent)
	r.ghostText = canvas.NewText("", fg)
	r.ghostText.TextSize = float32(r.m.opts.FontSize)
	r.target = canvas.NewRectangle(color.Transparent)
	r.target.StrokeColor, r.target.StrokeWidth = theme.Color(theme.ColorNamePrimary), 3
	r.objects = append(r.objects, r.target, r.ghost, r.ghostText)
	r.showDrag(r.m.drag)
}

func (r *influenceRenderer) cards(c chart.InfluenceCell, bg, fg color.Color) {
	for _, k := range c.Cards {
		hue := chart.AttitudeColour(k.Attitude)
		width := float32(1)
		if k.KeyPlayer {
			width = 2.5
		}
		r.rect(k.Box, chart.Mix(bg, hue, 0.3), hue, width)
		r.text(k.Label, fg, k.KeyPlayer, false)
	}
	if c.More != nil {
		r.rect(c.More.Box, theme.Color(theme.ColorNameInputBackground), theme.Color(theme.ColorNamePrimary), 1)
		r.text(c.More.Label, theme.Color(theme.ColorNamePrimary), true, false)
	}
}

func (r *influenceRenderer) rect(b chart.Rect, fill, stroke color.Color, width float32) *canvas.Rectangle {
	rc := canvas.NewRectangle(fill)
	if stroke != nil {
		rc.StrokeColor, rc.StrokeWidth = stroke, width
	}
	rc.CornerRadius = 0
	placeBox(rc, b)
	r.objects = append(r.objects, rc)
	return rc
}

func placeBox(o fyne.CanvasObject, b chart.Rect) {
	o.Move(fyne.NewPos(float32(b.X), float32(b.Y)))
	o.Resize(fyne.NewSize(float32(b.W), float32(b.H)))
}

// text writes a label in its box.
func (r *influenceRenderer) text(l chart.Label, ink color.Color, bold, centred bool) {
	r.objects = append(r.objects, labelText(l, ink, float32(r.m.opts.FontSize), bold, centred))
}

// labelText is a layout's label drawn in its box, centred or from the left. The layout
// measured the text with onScreen; should a label be drawn in a wider face than it was
// measured in, it is cut further, so no text leaves its card, cell or frame.
func labelText(l chart.Label, ink color.Color, size float32, bold, centred bool) *canvas.Text {
	style := fyne.TextStyle{Bold: bold}
	text, w := fitText(l.Text, float32(l.Box.W), size, style)
	t := canvas.NewText(text, ink)
	t.TextSize, t.TextStyle = size, style
	x := float32(l.Box.X)
	if centred {
		x += (float32(l.Box.W) - w) / 2
	}
	t.Move(fyne.NewPos(x, float32(l.Box.Y)))
	t.Resize(fyne.NewSize(w, t.MinSize().Height))
	return t
}

// fitText cuts text with "…" until the font draws it within width; it returns the text and
// its drawn width.
func fitText(text string, width, size float32, style fyne.TextStyle) (string, float32) {
	w := fyne.MeasureText(text, size, style).Width
	if w <= width {
		return text, w
	}
	rs := []rune(strings.TrimSuffix(text, "…"))
	for n := len(rs) - 1; n > 0; n-- {
		s := strings.TrimRight(string(rs[:n]), " ") + "…"
		if w = fyne.MeasureText(s, size, style).Width; w <= width {
			return s, w
		}
	}
	return "", 0
}

// showDrag draws the dragged card under the pointer and frames the cell it would land in;
// nil hides them. Only these three objects change while a card moves.
func (r *influenceRenderer) showDrag(d *influenceDrag) {
	if d == nil || d.noCard {
		r.ghost.Hide()
		r.ghostText.Hide()
		r.target.Hide()
		canvas.Refresh(r.m)
		return
	}
	box := d.card.Box
	box.X, box.Y = d.at.X-d.grab.X, d.at.Y-d.grab.Y
	hue := chart.AttitudeColour(d.card.Attitude)
	r.ghost.FillColor, r.ghost.StrokeColor, r.ghost.StrokeWidth = hue, theme.Color(theme.ColorNameForeground), 2
	placeBox(r.ghost, box)
	r.ghostText.Text = d.card.Label.Text
	r.ghostText.Color = color.White
	r.ghostText.Move(fyne.NewPos(float32(box.X+d.card.Label.Box.X-d.card.Box.X), float32(box.Y+d.card.Label.Box.Y-d.card.Box.Y)))
	r.ghostText.Resize(r.ghostText.MinSize())
	r.ghost.Show()
	r.ghostText.Show()
	if inf, att, ok := r.m.layout.CellAt(d.at); ok {
		placeBox(r.target, r.m.layout.Cell(inf, att).Box)
		r.target.Show()
	} else {
		r.target.Hide()
	}
	// the widget, not the three objects: a canvas does not know objects it has not drawn
	// yet, and these were hidden until now
	canvas.Refresh(r.m)
}

func (r *influenceRenderer) Layout(fyne.Size) {}

func (r *influenceRenderer) MinSize() fyne.Size { return r.m.MinSize() }

func (r *influenceRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.m)
}
