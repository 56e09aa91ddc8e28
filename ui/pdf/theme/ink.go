package theme

import (
	"math"

	"kamplan/ui/chart"
	"kamplan/ui/pdf/pen"
)

// Ink is the colour k is printed in: k itself, or in a theme in grey the grey of the same
// lightness (relative luminance), so that a chart's lighter and darker parts stay so.
func (t Theme) Ink(k chart.RGB) chart.RGB {
	if !t.InGrey {
		return k
	}
	v := uint8(math.Round(255 * encode(luminance(k))))
	return chart.RGB{R: v, G: v, B: v}
}

// TextOn is the colour of text that is white on a coloured fill. In grey, a colour may be
// printed too light for white (an orange): the text is then in ink, whichever of the two
// reads better on the fill.
func (t Theme) TextOn(fill chart.RGB) chart.RGB {
	if t.InGrey && contrast(chart.Ink, t.Ink(fill)) > contrast(chart.White, t.Ink(fill)) {
		return chart.Ink
	}
	return chart.White
}

// Mark is the colour of a small mark in colour k on a light ground (the key player's star):
// k, but in grey one printed too light to stand out (a gold) is in ink.
func (t Theme) Mark(k chart.RGB) chart.RGB {
	if t.InGrey && contrast(chart.White, t.Ink(k)) < 3 {
		return chart.Ink
	}
	return k
}

// contrast is the WCAG contrast ratio of two colours, 1 to 21.
func contrast(a, b chart.RGB) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance is the relative luminance of a colour, 0 (black) to 1 (white).
func luminance(k chart.RGB) float64 {
	return 0.2126*decode(k.R) + 0.7152*decode(k.G) + 0.0722*decode(k.B)
}

// decode is an sRGB channel's linear light, encode its inverse.
func decode(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

func encode(v float64) float64 {
	if v <= 0.0031308 {
		return 12.92 * v
	}
	return 1.055*math.Pow(v, 1/2.4) - 0.055
}

// Paint sets the colours of what the pen draws next as the theme prints them. A signal —
// a colour that tells a reader something is wrong or fine: a KPI's light, an overdue
// action, a conflict — is printed as it is in every theme (Signal).
type Paint struct {
	Pen    *pen.Pen
	Theme  Theme
	signal bool
}

// Signal is p for a signal's colours when on.
func (p Paint) Signal(on bool) Paint {
	p.signal = on
	return p
}

func (p Paint) ink(k chart.RGB) chart.RGB {
	if p.signal {
		return k
	}
	return p.Theme.Ink(k)
}

// Text, Fill and Line set the colour of text, of fills and of lines.
func (p Paint) Text(k chart.RGB) {
	k = p.ink(k)
	pen.SetInk(p.Pen, int(k.R), int(k.G), int(k.B))
}

func (p Paint) Fill(k chart.RGB) {
	k = p.ink(k)
	p.Pen.SetFillColor(int(k.R), int(k.G), int(k.B))
}

func (p Paint) Line(k chart.RGB) {
	k = p.ink(k)
	p.Pen.SetDrawColor(int(k.R), int(k.G), int(k.B))
}
