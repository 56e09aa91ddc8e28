package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"math"
	"regexp"
	"strconv"
	"testing"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/charts"
)

var fontSizeRE = regexp.MustCompile(`/F\w+ ([0-9.]+) Tf`)

// fontSizes are the sizes every text of the PDF is set in (the Tf operators of its pages).
func fontSizes(t *testing.T, data []byte) map[float64]int {
	t.Helper()
	sizes := map[float64]int{}
	for _, m := range streamRE.FindAllSubmatch(data, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(zr)
		if err != nil {
			continue
		}
		for _, f := range fontSizeRE.FindAllSubmatch(content, -1) {
			v, _ := strconv.ParseFloat(string(f[1]), 64)
			sizes[v]++
		}
	}
	return sizes
}

// No text of the sixteen documents is set under minType: not the org chart's badges and
// titles, not the influence map's names, not a label shrunk to fit.
func TestNoTypeUnderSixAndAHalfPoints(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		data, _ := render(t, s.doc)
		for size, n := range fontSizes(t, data) {
			if size < minType-0.005 {
				t.Errorf("%s: %d texts set in %.2f pt", s.name, n, size)
			}
		}
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b chart.RGB) float64 {
	lum := func(c chart.RGB) float64 {
		ch := func(v uint8) float64 {
			x := float64(v) / 255
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
	}
	hi, lo := lum(a), lum(b)
	if lo > hi {
		hi, lo = lo, hi
	}
	return (hi + 0.05) / (lo + 0.05)
}

// The org chart's small grey text (titles, the "continued" marks) reads on every card's
// tint with the contrast WCAG asks of small text (4.5:1), and the influence map's names
// on theirs.
func TestCardTextHasReadableContrast(t *testing.T) {
	for a := -2; a <= 2; a++ {
		hue := chart.AttitudeColour(a)
		if c := contrast(cardSubtle, light(hue, orgTint)); c < 4.5 {
			t.Errorf("attitude %d: org card titles at %.2f:1", a, c)
		}
		if c := contrast(ink, light(hue, chipTint)); c < 4.5 {
			t.Errorf("attitude %d: influence names at %.2f:1", a, c)
		}
	}
}

// Every bar of the timeline stands out from the month stripes behind it, in the default
// accent: its fill — or, for a cancelled action's pale bar, its outline — has at least the
// 1.5:1 contrast of a light grey on white (a cancelled bar was 1.1:1 and hardly showed).
func TestTimelineBarsStandOutFromTheStripes(t *testing.T) {
	accent := parseColour(domain.DefaultSettings().Accent)
	for _, cl := range []chart.TimelineClass{chart.TimelineOpen, chart.TimelineOverdue, chart.TimelineDone, chart.TimelineCancelled} {
		edge := charts.TimelineColour(accent, cl)
		if cl == chart.TimelineCancelled {
			edge = charts.CancelledEdge
		}
		for i := range 2 {
			if r := contrast(edge, charts.MonthStripe(accent, i)); r < 1.5 {
				t.Errorf("bar class %s on stripe %d: contrast %.2f:1", cl, i, r)
			}
		}
	}
}
