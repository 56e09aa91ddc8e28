package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kamplan/ui/chart"
)

// Where the text of a page lies, read from the PDF itself: each text operation's start (the
// Td before its Tj) and its width from the widths its font declares (/W, /DW), so a test
// sees what a viewer draws, not what the document meant to draw.

// textRun is one text operation: from X on the baseline Y, W wide (mm from the page's top
// left corner), in font Font of Size points, in Colour: the one the operation sets
// (HasColour), else the fill colour it is painted in, as a viewer paints it.
type textRun struct {
	X, Y, W   float64
	Text      string
	Font      string
	Size      float64
	Colour    chart.RGB
	HasColour bool
}

// Right is where the run ends.
func (r textRun) Right() float64 { return r.X + r.W }

var (
	objRE     = regexp.MustCompile(`(?s)\n(\d+) 0 obj\n(.*?)endobj`)
	fontsRE   = regexp.MustCompile(`(?s)/Font <<(.*?)>>`)
	fontRefRE = regexp.MustCompile(`/F(\w+) (\d+) 0 R`)
	opRE      = regexp.MustCompile(`/F(\w+) ([\d.]+) Tf|(?:([\d.]+) ([\d.]+) ([\d.]+) rg BT )?([\d.-]+) ([\d.-]+) Td \(((?:\\.|[^\\)])*)\)\s*Tj` +
		`|\b([\d.]+) (?:([\d.]+) ([\d.]+) rg|g)\b|\b([qQ])\b`)
)

// pageRuns returns the text runs of each page of a document pageH millimetres high.
func pageRuns(t testing.TB, data []byte, pageH float64) [][]textRun {
	t.Helper()
	widths := fontWidths(t, data)
	var pages [][]textRun
	for _, m := range streamRE.FindAllSubmatch(data, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(zr)
		if err != nil || !bytes.Contains(content, []byte("Tj")) {
			continue
		}
		pages = append(pages, contentRuns(content, widths, pageH))
	}
	return pages
}

func contentRuns(content []byte, widths map[string]glyphWidths, pageH float64) []textRun {
	const ptMM = 25.4 / 72
	var runs []textRun
	font, size := "", 0.0
	var fill chart.RGB // black, the fill colour a page starts with
	var saved []chart.RGB
	for _, op := range opRE.FindAllSubmatch(content, -1) {
		switch {
		case op[1] != nil:
			font, size = string(op[1]), number(op[2])
		case op[12] != nil && op[12][0] == 'q':
			saved = append(saved, fill)
		case op[12] != nil && len(saved) > 0:
			fill, saved = saved[len(saved)-1], saved[:len(saved)-1]
		case op[9] != nil && op[10] == nil:
			fill = chart.RGB{R: channel(op[9]), G: channel(op[9]), B: channel(op[9])}
		case op[9] != nil:
			fill = chart.RGB{R: channel(op[9]), G: channel(op[10]), B: channel(op[11])}
		case op[8] != nil:
			text := decodeUTF16(unescape(op[8]))
			run := textRun{X: number(op[6]) * ptMM, Y: pageH - number(op[7])*ptMM,
				W: widths[font].of(text) * size * ptMM, Text: text, Font: font, Size: size, Colour: fill}
			if op[3] != nil {
				run.Colour, run.HasColour = chart.RGB{R: channel(op[3]), G: channel(op[4]), B: channel(op[5])}, true
			}
			runs = append(runs, run)
		}
	}
	return runs
}

// channel is a colour channel written 0–1, as 0–255.
func channel(b []byte) uint8 { return uint8(math.Round(number(b) * 255)) }

func number(b []byte) float64 {
	v, _ := strconv.ParseFloat(string(b), 64)
	return v
}

// glyphWidths are a font's widths in thousandths of an em, by character (the fonts are
// Identity-H with Unicode code points as CIDs), and the width of any other.
type glyphWidths struct {
	w  map[rune]float64
	dw float64
}

func (g glyphWidths) of(s string) float64 {
	total := 0.0
	for _, r := range s {
		w, ok := g.w[r]
		if !ok {
			w = g.dw
		}
		total += w
	}
	return total / 1000
}

// fontWidths reads the widths of every font, by the name the pages use for it.
func fontWidths(t testing.TB, data []byte) map[string]glyphWidths {
	t.Helper()
	objs := map[string]string{}
	for _, m := range objRE.FindAllSubmatch(data, -1) {
		objs[string(m[1])] = string(m[2])
	}
	out := map[string]glyphWidths{}
	var refs [][][]byte
	for _, dict := range fontsRE.FindAllSubmatch(data, -1) {
		refs = append(refs, fontRefRE.FindAllSubmatch(dict[1], -1)...)
	}
	for _, m := range refs {
		desc := regexp.MustCompile(`/DescendantFonts \[(\d+) 0 R\]`).FindStringSubmatch(objs[string(m[2])])
		if desc == nil {
			t.Fatalf("font %s: no descendant font", m[1])
		}
		out[string(m[1])] = parseWidths(objs[desc[1]])
	}
	return out
}

// parseWidths reads /DW and /W: "c [w1 w2 …]" widths from c on, "c1 c2 w" one width for a range.
func parseWidths(cid string) glyphWidths {
	g := glyphWidths{w: map[rune]float64{}, dw: 1000}
	if m := regexp.MustCompile(`/DW (\d+)`).FindStringSubmatch(cid); m != nil {
		g.dw = number([]byte(m[1]))
	}
	fields := widthFields(cid)
	for i := 0; i < len(fields); {
		first := rune(number([]byte(fields[i])))
		if fields[i+1] == "[" {
			i += 2
			for ; fields[i] != "]"; i++ {
				g.w[first] = number([]byte(fields[i]))
				first++
			}
			i++
			continue
		}
		last, w := rune(number([]byte(fields[i+1]))), number([]byte(fields[i+2]))
		for c := first; c <= last; c++ {
			g.w[c] = w
		}
		i += 3
	}
	return g
}

// widthFields are the tokens of the /W array, brackets apart, without the outer ones.
func widthFields(cid string) []string {
	at := strings.Index(cid, "/W [")
	if at < 0 {
		return nil
	}
	var out []string
	depth := 0
	for _, f := range strings.Fields(strings.NewReplacer("[", " [ ", "]", " ] ").Replace(cid[at+3:])) {
		switch f {
		case "[":
			depth++
		case "]":
			depth--
		}
		if depth == 0 {
			return out[1:]
		}
		out = append(out, f)
	}
	return nil
}
