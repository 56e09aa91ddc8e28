// Package charts draws the document's charts that stand on their own — the SWOT grid, the
// relationship pyramid, the portfolio matrix and the action timeline — from the layouts of ui/chart, on a
// Canvas the document lends them: its pen, accent colour, words and margins.
package charts

import (
	"strings"

	"kamplan/ui/chart"
	"kamplan/ui/locale"
	"kamplan/ui/pdf/alt"
	"kamplan/ui/pdf/pen"
	"kamplan/ui/pdf/theme"
)

// Points and millimetres.
const (
	PtToMM = 0.3528
	MMToPt = 72 / 25.4
)

// The type sizes the charts share with the document's text, in points: nothing is set
// under minType.
const (
	smallSize = 8.0
	minType   = 6.5
)

var (
	ink   = chart.Ink
	muted = chart.Muted
	zebra = chart.Zebra
	rule  = chart.Rule
)

// Canvas is the part of the document a chart draws on.
type Canvas struct {
	Pen          *pen.Pen
	Accent       chart.RGB
	Look         theme.Theme // prints the colours (theme.Paint)
	Loc          locale.Locale
	Clean        func(string) string // prepares text for the fonts
	Client       bool                // the client edition
	MarginX      float64             // left and right margins, mm
	MarginBottom float64             // mm
	NotAssessed  func()              // says in one line that a part of the plan is still empty
	Alt          alt.Words           // the charts in words, for a reader who does not see them
}

// T translates a catalogue key into the document's language.
func (c *Canvas) T(key string, args ...any) string { return c.Clean(c.Loc.T(key, args...)) }

// tc is T for a text about n things.
func (c *Canvas) tc(key string, n int, args ...any) string {
	return c.Clean(c.Loc.TCount(key, n, args...))
}

// Txt prepares text from the plan for the fonts.
func (c *Canvas) Txt(s string) string { return c.Clean(s) }

// Width is the width of the text area.
func (c *Canvas) Width() float64 {
	w, _ := c.Pen.GetPageSize()
	return w - 2*c.MarginX
}

// Room is what is left of the page under the cursor, in mm.
func (c *Canvas) Room() float64 {
	_, ph := c.Pen.GetPageSize()
	return ph - c.MarginBottom - c.Pen.GetY()
}

// Need starts a new page unless h millimetres are left: a chart never splits.
func (c *Canvas) Need(h float64) {
	if c.Room() < h {
		c.Pen.AddPage()
	}
}

func (c *Canvas) paint() theme.Paint            { return theme.Paint{Pen: c.Pen, Theme: c.Look} }
func (c *Canvas) colour(k chart.RGB)            { c.paint().Text(k) }
func (c *Canvas) fill(k chart.RGB)              { c.paint().Fill(k) }
func (c *Canvas) draw(k chart.RGB)              { c.paint().Line(k) }
func (c *Canvas) font(style string, pt float64) { c.Pen.SetFont(pen.Family, style, pt) }
func (c *Canvas) tint(f float64) chart.RGB      { return Light(c.Accent, f) }

// Light mixes a colour with white: 0 is white, 1 the colour itself.
func Light(k chart.RGB, f float64) chart.RGB { return chart.Mix(chart.White, k, f) }

// OnPaper measures a layout's text as the document draws it (see pen.Width). A layout's
// font size is in its own unit, and so is the width: drawn at scale f, the text is
// size·f/PtToMM points high and f times as wide.
func OnPaper(text string, size float64, bold bool) float64 {
	style := ""
	if bold {
		style = "B"
	}
	return pen.Width(text, style, size/PtToMM)
}

// Label writes a layout's label at its place. The layout measured the text with OnPaper,
// so it fits; should a label's font be wider than measured (oblique, or regular text drawn
// bold), the text is set smaller (down to 90 %, never under minType), and only past that cut to its box (false
// then).
func (c *Canvas) Label(s chart.Scale, l chart.Label, pt float64, style string, k chart.RGB, align string) bool {
	return c.label(c.paint(), s, l, pt, style, k, align)
}

// SignalLabel is Label in a signal's colour, printed as it is in every theme (theme.Paint).
func (c *Canvas) SignalLabel(s chart.Scale, l chart.Label, pt float64, style string, k chart.RGB, align string) bool {
	return c.label(c.paint().Signal(true), s, l, pt, style, k, align)
}

func (c *Canvas) label(p theme.Paint, s chart.Scale, l chart.Label, pt float64, style string, k chart.RGB, align string) bool {
	if l.Text == "" {
		return true
	}
	b := s.Rect(l.Box)
	text := c.Txt(l.Text)
	c.font(style, pt)
	fits := true
	if w := c.Pen.GetStringWidth(text); w > b.W {
		size := max(0.9*pt, b.W/w*pt, min(pt, minType))
		c.font(style, size)
		if c.Pen.GetStringWidth(text) > b.W+0.01 {
			text, fits = c.Fit(text, b.W), false
		}
	}
	p.Text(k)
	c.Pen.SetXY(b.X, b.Y)
	margin := c.Pen.GetCellMargin()
	c.Pen.SetCellMargin(0)
	c.Pen.CellFormat(b.W, b.H, text, "", 0, align+"M", false, 0, "")
	c.Pen.SetCellMargin(margin)
	return fits
}

// Fit shortens text with an ellipsis to fit w millimetres in the current font.
func (c *Canvas) Fit(s string, w float64) string {
	if c.Pen.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && c.Pen.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}
