package chart

import "golang.org/x/text/width"

// Measure says how wide text is drawn in a font of size, regular or bold, in the unit of
// size. A layout takes it from its renderer — Fyne's text measurement on screen, the PDF's
// string width on paper — so that it cuts, wraps and sizes text as it will be drawn. A
// layout given none measures with EstimateWidth.
type Measure func(text string, size float64, bold bool) float64

// EstimateWidth measures without fonts, for tests and callers that draw nothing: an average
// Latin glyph is 0.55 em (0.6 in bold), a wide East Asian character (Chinese, Japanese,
// Korean, fullwidth forms) 1 em.
func EstimateWidth(text string, size float64, bold bool) float64 {
	narrow := 0.55
	if bold {
		narrow = 0.6
	}
	ems := 0.0
	for _, r := range text {
		ems += narrow
		if r >= 0x1100 {
			if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
				ems += 1 - narrow
			}
		}
	}
	return ems * size
}

// face is text of one size and weight, with the measure that knows how wide it is drawn.
type face struct {
	measure Measure
	size    float64
	bold    bool
}

// regular and bold are the faces of a size.
func (m Measure) regular(size float64) face { return face{m, size, false} }
func (m Measure) bold(size float64) face    { return face{m, size, true} }

func (f face) width(text string) float64 {
	if f.measure == nil {
		return EstimateWidth(text, f.size, f.bold)
	}
	return f.measure(text, f.size, f.bold)
}
