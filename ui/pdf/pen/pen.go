// Package pen writes text on a gofpdf document safely: every method that draws, measures
// or stores text cleans it first, so no character gofpdf cannot handle — a rune outside
// the fonts or the Basic Multilingual Plane, a byte that is not UTF-8 — ever reaches it.
// It holds the document's fonts (Open Sans, Caladea, symbols and DejaVu Sans, and Droid Sans Fallback for Chinese,
// Japanese and Korean: fonts.go), the cleaning and its record of what was replaced
// (clean.go), text that needs several faces drawn in runs of each (runs.go) and the
// least shaping that makes an Arabic name readable (arabic.go), drawn in visual order
// (visual.go).
package pen

import (
	"fmt"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// Pen is the gofpdf document with every method that draws, measures or stores text made
// safe: the text is cleaned first (see Cleaner). Text that needs another face than the
// current one (Chinese in an Open Sans line) is drawn in runs of each face (see runs.go).
type Pen struct {
	*gofpdf.Fpdf
	*Cleaner
	used  map[int]float64  // page → lowest point reached, in mm from the top
	font                   // the font set with SetFont
	faces map[faceKey]bool // faces registered: a face is parsed only when used
	// rightToLeft is set while the lines of a right-to-left paragraph are drawn
	rightToLeft bool
	*marks
}

// font is the font set with SetFont, and the faces that draw its text.
type font struct {
	family, style string
	size          float64
	chain         chain
	set           bool // gofpdf has it: SetFont was called
}

// New makes f safe for any text. The fonts must be loaded (see Load).
func New(f *gofpdf.Fpdf) *Pen {
	p := &Pen{Fpdf: f, Cleaner: &Cleaner{}, used: map[int]float64{}, faces: map[faceKey]bool{}, marks: &marks{f: f}}
	f.SetAcceptPageBreakFunc(func() bool {
		p.NoteUsed()
		auto, _ := p.GetAutoPageBreak()
		return auto
	})
	return p
}

// NoteUsed records how far down the current page the content reaches.
func (p *Pen) NoteUsed() {
	if n := p.PageNo(); n > 0 {
		p.used[n] = max(p.used[n], p.GetY())
	}
}

// AddPage records how full the page being left is, then starts a new one.
func (p *Pen) AddPage() {
	p.NoteUsed()
	p.Fpdf.AddPage()
}

// Used is the lowest point the content of page n reaches, in millimetres from the top, as
// far as recorded: when the page was left, or at the last NoteUsed.
func (p *Pen) Used(n int) float64 { return p.used[n] }

// SetFont remembers the font, to choose the face of each character. A face the program
// does not have (Caladea's regular) is the text face's in that style.
func (p *Pen) SetFont(family, style string, size float64) {
	if faceData(faceKey{family, style}) == nil {
		family = Family
	}
	if p.set && family == p.family && style == p.style && size == p.size {
		return // gofpdf would write the same font into the page again
	}
	if family != p.family || style != p.style {
		p.chain = chainOf(family, style)
	}
	p.family, p.style, p.size, p.set = family, style, size, true
	p.register(faceKey{family, style})
	p.Fpdf.SetFont(family, style, size)
}

// register adds a face to the document the first time it is used.
func (p *Pen) register(k faceKey) {
	if !p.faces[k] {
		p.AddUTF8FontFromBytes(k.family, k.style, faceData(k))
		p.faces[k] = true
	}
}

func (p *Pen) Cell(w, h float64, txt string) { p.CellFormat(w, h, txt, "", 0, "L", false, 0, "") }

func (p *Pen) Cellf(w, h float64, format string, args ...any) {
	p.Cell(w, h, fmt.Sprintf(format, args...))
}

func (p *Pen) CellFormat(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	txt = p.Clean(txt)
	if p.plain(txt) {
		p.Fpdf.CellFormat(w, h, txt, border, ln, align, fill, link, linkStr)
		return
	}
	p.mixedCell(w, h, txt, border, ln, align, fill, link, linkStr)
}

func (p *Pen) MultiCell(w, h float64, txt, border, align string, fill bool) {
	txt = p.Clean(txt)
	if p.plain(txt) {
		p.Fpdf.MultiCell(w, h, txt, border, align, fill)
		return
	}
	p.mixedMultiCell(w, h, txt, border, align, fill)
}

func (p *Pen) Text(x, y float64, txt string) {
	txt = p.Clean(txt)
	if p.plain(txt) {
		p.Fpdf.Text(x, y, txt)
		return
	}
	p.lineText(x, y, txt)
}

func (p *Pen) SplitText(txt string, w float64) []string {
	txt = p.Clean(txt)
	if p.plain(txt) && !strings.ContainsRune(txt, NoBreakSpace) {
		return p.Fpdf.SplitText(txt, w)
	}
	return p.mixedSplit(txt, w)
}

func (p *Pen) GetStringWidth(s string) float64 {
	s = p.Clean(s)
	if p.single(s) {
		return p.Fpdf.GetStringWidth(s)
	}
	return p.mixedWidth(s)
}

// Bookmarks and document properties are UTF-16 strings the viewer draws with its own
// fonts: they keep every character of the Basic Multilingual Plane.
// They are kept in logical order with Arabic's base letters: the viewer shapes them.
func (p *Pen) Bookmark(txt string, level int, y float64) {
	p.Fpdf.Bookmark(Unshape(p.Clean(txt)), level, y)
}

func (p *Pen) SetTitle(s string, isUTF8 bool)    { p.Fpdf.SetTitle(Unshape(p.Clean(s)), isUTF8) }
func (p *Pen) SetSubject(s string, isUTF8 bool)  { p.Fpdf.SetSubject(Unshape(p.Clean(s)), isUTF8) }
func (p *Pen) SetAuthor(s string, isUTF8 bool)   { p.Fpdf.SetAuthor(Unshape(p.Clean(s)), isUTF8) }
func (p *Pen) SetKeywords(s string, isUTF8 bool) { p.Fpdf.SetKeywords(Unshape(p.Clean(s)), isUTF8) }
func (p *Pen) SetCreator(s string, isUTF8 bool)  { p.Fpdf.SetCreator(Unshape(p.Clean(s)), isUTF8) }
func (p *Pen) SetProducer(s string, isUTF8 bool) { p.Fpdf.SetProducer(Unshape(p.Clean(s)), isUTF8) }

// The flowing-text methods of gofpdf are not used by the document; they are kept safe.
func (p *Pen) Write(h float64, txt string) { p.Fpdf.Write(h, p.Clean(txt)) }
func (p *Pen) WriteAligned(w, h float64, txt, align string) {
	p.Fpdf.WriteAligned(w, h, p.Clean(txt), align)
}
func (p *Pen) WriteLinkString(h float64, txt, target string) {
	p.Fpdf.WriteLinkString(h, p.Clean(txt), target)
}
func (p *Pen) WriteLinkID(h float64, txt string, link int) { p.Fpdf.WriteLinkID(h, p.Clean(txt), link) }
func (p *Pen) SplitLines(txt []byte, w float64) [][]byte {
	var out [][]byte
	for _, l := range p.SplitText(string(txt), w) {
		out = append(out, []byte(l))
	}
	return out
}
func (p *Pen) GetStringSymbolWidth(s string) int { return p.Fpdf.GetStringSymbolWidth(p.Clean(s)) }

// SetInk sets the colour of the text. The document sets it for every cell, and gofpdf
// formats the colour anew each time: the colour the text already has is kept as it is (no
// spot colours are used, so the RGB values say it all).
func SetInk(p *Pen, r, g, b int) {
	if cr, cg, cb := p.GetTextColor(); cr == r && cg == g && cb == b {
		return
	}
	p.SetTextColor(r, g, b)
}
