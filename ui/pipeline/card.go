package pipeline

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// card is one opportunity on the board: a tap (or Enter) opens it, a drag drops it on
// another stage's column, and with the focus on it ← and → move it one stage.
type card struct {
	widget.BaseWidget
	b        *board
	deal     domain.Deal
	bg       *canvas.Rectangle
	title    *widget.Label
	line     *widget.Label
	dropAt   fyne.Position // where a drag is, in the window
	dragging bool
}

func newCard(b *board, d domain.Deal) *card {
	c := &card{b: b, deal: d, bg: canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground)),
		title: widget.NewLabelWithStyle(d.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		line:  widget.NewLabel(dealLine(b.loc(), b.h.Env().Plan.Currency, d))}
	c.bg.CornerRadius = theme.InputRadiusSize()
	c.bg.StrokeWidth = 1
	c.bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	c.title.Wrapping = fyne.TextWrapWord
	c.line.Wrapping = fyne.TextWrapWord
	c.ExtendBaseWidget(c)
	return c
}

func (c *card) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, container.NewVBox(c.title, c.line)))
}

func (c *card) Tapped(*fyne.PointEvent) { c.b.open(c.deal) }

func (c *card) Dragged(e *fyne.DragEvent) {
	c.dropAt, c.dragging = e.AbsolutePosition, true
	if c.dropAt.IsZero() { // a driver that says where the drag is only from where it began
		c.dropAt = fyne.CurrentApp().Driver().AbsolutePositionForObject(c).Add(e.Position).Add(e.Dragged)
	}
}

func (c *card) DragEnd() {
	if c.dragging {
		c.dragging = false
		c.b.dropped(c.deal, c.dropAt)
	}
}

func (c *card) FocusGained() { c.outline(theme.Color(theme.ColorNameFocus), 2) }

func (c *card) FocusLost() { c.outline(theme.Color(theme.ColorNameInputBorder), 1) }

func (c *card) outline(col color.Color, width float32) {
	c.bg.StrokeColor, c.bg.StrokeWidth = col, width
	c.bg.Refresh()
}

func (c *card) TypedRune(rune) {}

func (c *card) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyLeft:
		c.b.step(c.deal, -1)
	case fyne.KeyRight:
		c.b.step(c.deal, +1)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		c.b.open(c.deal)
	}
}
