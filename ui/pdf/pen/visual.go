package pen

import (
	"fmt"
	"strings"
	"unicode/utf16"

	"github.com/jung-kurt/gofpdf"

	"kamplan/ui/pdf/rtl"
)

// lineText draws a line of cleaned text, in logical order, from x on the baseline y: in
// visual order (Hebrew and Arabic right to left, by the bidirectional algorithm), each
// face in its run. Readers (pdftotext, viewers' search) take right-to-left glyphs drawn
// in visual order back to logical order; an ActualText span would be read backwards by
// them, so none is written.
func (p *Pen) lineText(x, y float64, txt string) {
	txt = rtl.VisualIn(txt, p.rightToLeft || rtl.RightToLeft(txt))
	for len(txt) > 0 {
		i, mark := firstMark(p.spoken, txt)
		p.mixedText(x, y, txt[:i])
		x += p.mixedWidth(txt[:i])
		if mark == "" {
			return
		}
		p.Fpdf.RawWriteStr("/Span <</ActualText " + TextString(p.spoken[mark]) + ">> BDC")
		p.mixedText(x, y, mark)
		p.Fpdf.RawWriteStr("EMC")
		x += p.mixedWidth(mark)
		txt = txt[i+len(mark):]
	}
}

// marks are what the document says in words where it draws a mark or a picture.
type marks struct {
	f      *gofpdf.Fpdf
	spoken map[string]string // marks drawn in text → the words they stand for (Speak)
}

// Speak gives a mark drawn in the text (●●●●○) the words a reader extracts, or a screen
// reader says, in its place ("impact 4 of 5").
func (m *marks) Speak(mark, words string) {
	if m.spoken == nil {
		m.spoken = map[string]string{}
	}
	m.spoken[mark] = words
}

// Figure starts a picture that alt words for a reader who does not see it (its
// alternative text), on the current page; the function returned ends it, on the same page.
func (m *marks) Figure(alt string) (end func()) {
	m.f.RawWriteStr("/Span <</Alt " + TextString(alt) + ">> BDC")
	return func() { m.f.RawWriteStr("EMC") }
}

// firstMark is where the first of marks stands in txt, and the mark; len(txt) and ""
// when there is none.
func firstMark(marks map[string]string, txt string) (int, string) {
	at, mark := len(txt), ""
	for m := range marks {
		if i := strings.Index(txt, m); i >= 0 && (i < at || i == at && len(m) > len(mark)) {
			at, mark = i, m
		}
	}
	return at, mark
}

// UTF16BE is s as gofpdf writes a text in a Unicode font into a page: UTF-16, big-endian.
func UTF16BE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

// TextString is s as a PDF text string: UTF-16BE with its byte order mark, in hexadecimal.
func TextString(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// plain reports whether gofpdf can draw txt in one call: one face, left to right, no mark
// given words.
func (p *Pen) plain(txt string) bool {
	if !p.single(txt) || rtl.Has(txt) {
		return false
	}
	at, _ := firstMark(p.spoken, txt)
	return at == len(txt)
}

// SetHeaderFuncMode marks what the header draws as a pagination artifact, not content: a
// reader aloud skips it, and text extraction may leave it out.
func (p *Pen) SetHeaderFuncMode(fn func(), homeMode bool) {
	p.Fpdf.SetHeaderFuncMode(artifact(p, "Header", fn), homeMode)
}

// SetFooterFunc marks what the footer draws as a pagination artifact.
func (p *Pen) SetFooterFunc(fn func()) { p.Fpdf.SetFooterFunc(artifact(p, "Footer", fn)) }

// artifact marks what fn draws as an artifact of kind. gofpdf sets the page's font again
// after a header or footer: the pen's record of the font is put back as fn found it.
func artifact(p *Pen, kind string, fn func()) func() {
	return func() {
		font := p.font
		p.RawWriteStr("/Artifact <</Type /Pagination /Subtype /" + kind + ">> BDC")
		fn()
		p.RawWriteStr("EMC")
		p.font = font
	}
}
