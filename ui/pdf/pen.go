package pdf

import (
	"fmt"

	"github.com/jung-kurt/gofpdf"
)

// pen is the gofpdf document with every method that draws, measures or stores text made
// safe: the text is cleaned first (see doc.clean), so no character gofpdf cannot handle
// — a rune outside the fonts or the Basic Multilingual Plane, a byte that is not UTF-8 —
// ever reaches it, whatever part of the document the text is for. Text that needs
// another face than the current one (Chinese in a DejaVu line) is drawn in runes of
// each face (see pen_runs.go).
type pen struct {
	*gofpdf.Fpdf
	clean    func(string) string
	used     map[int]float64 // page → lowest point reached, in mm from the top
	family   string          // the font set with SetFont
	style    string
	size     float64
	fallback bool            // the fallback font is registered
	faces    map[string]bool // DejaVu styles registered: a face is parsed only when used
}

func newPen(f *gofpdf.Fpdf, clean func(string) string) *pen {
	p := &pen{Fpdf: f, clean: clean, used: map[int]float64{}, faces: map[string]bool{}}
	f.SetAcceptPageBreakFunc(func() bool {
		p.noteUsed()
		auto, _ := p.GetAutoPageBreak()
		return auto
	})
	return p
}

// noteUsed records how far down the current page the content reaches.
func (p *pen) noteUsed() {
	if n := p.PageNo(); n > 0 {
		p.used[n] = max(p.used[n], p.GetY())
	}
}

// AddPage records how full the page being left is, then starts a new one.
func (p *pen) AddPage() {
	p.noteUsed()
	p.Fpdf.AddPage()
}

// SetFont remembers the font, to choose the face of each character.
func (p *pen) SetFont(family, style string, size float64) {
	p.family, p.style, p.size = family, style, size
	p.register(family, style)
	p.Fpdf.SetFont(family, style, size)
}

// register adds a face to the document the first time it is used.
func (p *pen) register(fam, style string) {
	switch {
	case fam == family && !p.faces[style]:
		p.AddUTF8FontFromBytes(family, style, fontBytes[style])
		p.faces[style] = true
	case fam == fallbackFamily && !p.fallback:
		p.AddUTF8FontFromBytes(fallbackFamily, "", fallbackBytes)
		p.fallback = true
	}
}

func (p *pen) Cell(w, h float64, txt string) { p.CellFormat(w, h, txt, "", 0, "L", false, 0, "") }

func (p *pen) Cellf(w, h float64, format string, args ...any) {
	p.Cell(w, h, fmt.Sprintf(format, args...))
}

func (p *pen) CellFormat(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	txt = p.clean(txt)
	if p.single(txt) {
		p.Fpdf.CellFormat(w, h, txt, border, ln, align, fill, link, linkStr)
		return
	}
	p.mixedCell(w, h, txt, border, ln, align, fill, link, linkStr)
}

func (p *pen) MultiCell(w, h float64, txt, border, align string, fill bool) {
	txt = p.clean(txt)
	if p.single(txt) {
		p.Fpdf.MultiCell(w, h, txt, border, align, fill)
		return
	}
	p.mixedMultiCell(w, h, txt, border, align, fill)
}

func (p *pen) Text(x, y float64, txt string) {
	txt = p.clean(txt)
	if p.single(txt) {
		p.Fpdf.Text(x, y, txt)
		return
	}
	p.mixedText(x, y, txt)
}

func (p *pen) SplitText(txt string, w float64) []string {
	txt = p.clean(txt)
	if p.single(txt) {
		return p.Fpdf.SplitText(txt, w)
	}
	return p.mixedSplit(txt, w)
}

func (p *pen) GetStringWidth(s string) float64 {
	s = p.clean(s)
	if p.single(s) {
		return p.Fpdf.GetStringWidth(s)
	}
	return p.mixedWidth(s)
}

// Bookmarks and document properties are UTF-16 strings the viewer draws with its own
// fonts: they keep every character of the Basic Multilingual Plane.
func (p *pen) Bookmark(txt string, level int, y float64) { p.Fpdf.Bookmark(p.clean(txt), level, y) }

func (p *pen) SetTitle(s string, isUTF8 bool)    { p.Fpdf.SetTitle(p.clean(s), isUTF8) }
func (p *pen) SetSubject(s string, isUTF8 bool)  { p.Fpdf.SetSubject(p.clean(s), isUTF8) }
func (p *pen) SetAuthor(s string, isUTF8 bool)   { p.Fpdf.SetAuthor(p.clean(s), isUTF8) }
func (p *pen) SetKeywords(s string, isUTF8 bool) { p.Fpdf.SetKeywords(p.clean(s), isUTF8) }
func (p *pen) SetCreator(s string, isUTF8 bool)  { p.Fpdf.SetCreator(p.clean(s), isUTF8) }
func (p *pen) SetProducer(s string, isUTF8 bool) { p.Fpdf.SetProducer(p.clean(s), isUTF8) }

// The flowing-text methods of gofpdf are not used by the document; they are kept safe.
func (p *pen) Write(h float64, txt string) { p.Fpdf.Write(h, p.clean(txt)) }
func (p *pen) WriteAligned(w, h float64, txt, align string) {
	p.Fpdf.WriteAligned(w, h, p.clean(txt), align)
}
func (p *pen) WriteLinkString(h float64, txt, target string) {
	p.Fpdf.WriteLinkString(h, p.clean(txt), target)
}
func (p *pen) WriteLinkID(h float64, txt string, link int) { p.Fpdf.WriteLinkID(h, p.clean(txt), link) }
func (p *pen) SplitLines(txt []byte, w float64) [][]byte {
	var out [][]byte
	for _, l := range p.SplitText(string(txt), w) {
		out = append(out, []byte(l))
	}
	return out
}
func (p *pen) GetStringSymbolWidth(s string) int { return p.Fpdf.GetStringSymbolWidth(p.clean(s)) }
