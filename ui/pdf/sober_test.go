package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
	"kamplan/ui/pdf/pen"
	"kamplan/ui/pdf/theme"
)

var colourOpRE = regexp.MustCompile(`([\d.]+) ([\d.]+) ([\d.]+) (rg|RG)\b`)

// pageColours are the colours (not greys) each page sets for fills, lines and text.
func pageColours(t *testing.T, data []byte) []map[chart.RGB]bool {
	t.Helper()
	var pages []map[chart.RGB]bool
	for _, c := range contentStreams(t, data) {
		seen := map[chart.RGB]bool{}
		for _, m := range colourOpRE.FindAllSubmatch(c, -1) {
			var k [3]uint8
			for i := range k {
				v, _ := strconv.ParseFloat(string(m[i+1]), 64)
				k[i] = uint8(v*255 + 0.5)
			}
			if k[0] != k[1] || k[1] != k[2] {
				seen[chart.RGB{R: k[0], G: k[1], B: k[2]}] = true
			}
		}
		pages = append(pages, seen)
	}
	return pages
}

// soberDocuments are the sample in every kind of document, in the sober theme.
func soberDocuments(t *testing.T) map[string]Document {
	out := map[string]Document{}
	for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
		for _, kind := range []string{"plan", "one page", "review pack"} {
			doc := sampleDocument(t, "es", ed)
			doc.Theme, doc.OnePage, doc.Review = theme.Sober, kind == "one page", kind == "review pack"
			out[fmt.Sprintf("%s %s", ed, kind)] = doc
		}
	}
	return out
}

// In the sober theme every colour is printed in grey but the signals a reader needs — the
// KPIs' lights and their thresholds, an overdue action, a conflict — and the cover's one
// accent rule; the signals are still there in colour (the review pack, all tables, has none).
func TestSoberPrintsOnlySignalsInColour(t *testing.T) {
	signals := map[chart.RGB]bool{chart.Red: true, chart.Amber: true, chart.Green: true,
		light(chart.Green, 0.5): true, light(chart.Amber, 0.5): true}
	for name, doc := range soberDocuments(t) {
		coloured := map[chart.RGB]bool{}
		for i, page := range pageColours(t, mustRender(t, doc)) {
			for k := range page {
				coloured[k] = true
				if !signals[k] && (i > 0 || k != chart.Accent || doc.OnePage || doc.Review) {
					t.Errorf("%s, page %d: colour %v", name, i+1, k)
				}
			}
		}
		if !doc.Review && (!coloured[chart.Red] || !coloured[chart.Green]) { // the sample's KPIs: on their path, and one off it
			t.Errorf("%s: the KPIs' red and green lights are not in colour: %v", name, coloured)
		}
	}
}

// The modern theme keeps its colours: the SWOT quadrants' and the accent.
func TestModernKeepsItsColours(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionClient)
	coloured := map[chart.RGB]bool{}
	for _, page := range pageColours(t, mustRender(t, doc)) {
		for k := range page {
			coloured[k] = true
		}
	}
	for _, k := range []chart.RGB{chart.Accent, chart.SWOTColour(domain.Strength), chart.SWOTColour(domain.Threat)} {
		if !coloured[k] {
			t.Errorf("the modern theme does not print %v", k)
		}
	}
}

// A colour key says what the chart shows: in the sober theme a signal's swatch is in its
// colour, as its bars are, and another swatch in grey, as its bars are.
func TestSoberKeyShowsSignalsInColour(t *testing.T) {
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	doc := sampleDocument(t, "es", domain.EditionInternal)
	doc.Theme = theme.Sober
	d := newDoc(doc, nil)
	d.pdf.AddPage()
	drawKey(d, colourKey{{Colour: chart.Accent, Label: "open"}, {Colour: chart.Red, Label: "overdue", Signal: true}})
	d.pdf.SetCompression(false)
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	op := func(k chart.RGB) []byte {
		return fmt.Appendf(nil, "%.3f %.3f %.3f rg", float64(k.R)/255, float64(k.G)/255, float64(k.B)/255)
	}
	grey := theme.Of(theme.Sober).Ink(chart.Accent)
	if !bytes.Contains(buf.Bytes(), op(chart.Red)) || bytes.Contains(buf.Bytes(), op(chart.Accent)) ||
		!bytes.Contains(buf.Bytes(), fmt.Appendf(nil, "%.3f g", float64(grey.R)/255)) {
		t.Error("the overdue swatch is not red, or the open one is not grey")
	}
}

// Printed in grey, the attitudes' tints look alike: the influence map's key says the column
// is the attitude instead of showing five near-equal swatches; in colour it shows them.
func TestTheInfluenceMapKeyInGreySaysTheColumnIsTheAttitude(t *testing.T) {
	for _, name := range domain.DocThemes {
		doc := sampleDocument(t, "es", domain.EditionInternal)
		doc.Theme = name
		data, _ := render(t, doc)
		text := strings.Join(strings.Fields(allText(t, data)), " ")
		grey, colour := locale.New("es").T("peoplemaps.pdf.chip_key_grey"), locale.New("es").T("peoplemaps.pdf.chip_key")
		inGrey := theme.Of(name).InGrey
		if strings.Contains(text, grey) != inGrey || strings.Contains(text, colour) == inGrey {
			t.Errorf("%s: the influence map's key says the column (%v) or the colours (%v)", name, strings.Contains(text, grey), strings.Contains(text, colour))
		}
	}
}

// Printed in grey the white-space map's status swatches look alike: the key then says in
// words that each cell names its status, in the one caption that says what a cell shows (two
// captions stacked read as a slip), and speaks of shades, not colours.
func TestTheWhiteSpaceKeyInGreySaysEachCellNamesItsStatus(t *testing.T) {
	for _, name := range domain.DocThemes {
		doc := sharedWalletDocument(t, "es", domain.EditionClient)
		doc.Theme = name
		text := spaceSection(t, doc)
		grey := locale.New("es").T("whitespace.pdf.note_grey_client", "Nuestro, En curso, Competidor, Libre, No aplica", "EUR")
		if said := strings.Contains(text, grey); said != theme.Of(name).InGrey {
			t.Errorf("%s: the key says each cell names its status: %v", name, said)
		}
		colour := locale.New("es").T("whitespace.pdf.note_client", "EUR")
		if said := strings.Contains(text, colour); said == theme.Of(name).InGrey {
			t.Errorf("%s: the key speaks of colours: %v", name, said)
		}
	}
}
