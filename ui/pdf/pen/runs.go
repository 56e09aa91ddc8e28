package pen

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kamplan/ui/pdf/rtl"
)

// A run is a piece of text drawn in one face.
type run struct {
	text          string
	family, style string
}

// single reports whether the current face draws all of txt (the common case: one
// gofpdf call does the job).
func (p *Pen) single(txt string) bool {
	if p.family == fallbackFamily {
		return true
	}
	bit := p.chain[0].bit
	for i := 0; i < len(txt); {
		if txt[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(txt[i:])
		i += n
		if r <= lastDrawable && coverage[r]&bit == 0 {
			return false
		}
	}
	return true
}

// runs splits cleaned text into pieces of one face each.
func (p *Pen) runs(txt string) []run {
	var out []run
	var b strings.Builder
	cur := run{family: p.family, style: p.style}
	for _, r := range txt {
		k, ok := p.chain.face(r)
		if !ok || unicode.IsSpace(r) {
			k = faceKey{cur.family, cur.style} // spaces go with their neighbours
		}
		if fam, sty := k.family, k.style; fam != cur.family || sty != cur.style {
			if b.Len() > 0 {
				out = append(out, run{b.String(), cur.family, cur.style})
				b.Reset()
			}
			cur = run{family: fam, style: sty}
		}
		b.WriteRune(r)
	}
	if b.Len() > 0 {
		out = append(out, run{b.String(), cur.family, cur.style})
	}
	return out
}

// use sets the face of a run, registering it the first time it is needed.
func (p *Pen) use(r run) {
	p.register(faceKey{r.family, r.style})
	p.Fpdf.SetFont(r.family, r.style, p.size)
}

func (p *Pen) restore() { p.Fpdf.SetFont(p.family, p.style, p.size) }

func (p *Pen) mixedWidth(txt string) float64 {
	w := 0.0
	for _, r := range p.runs(txt) {
		p.use(r)
		w += p.Fpdf.GetStringWidth(r.text)
	}
	p.restore()
	return w
}

// mixedText draws the runs one after the other from x on the baseline y.
func (p *Pen) mixedText(x, y float64, txt string) {
	for _, r := range p.runs(txt) {
		p.use(r)
		p.Fpdf.Text(x, y, r.text)
		x += p.Fpdf.GetStringWidth(r.text)
	}
	p.restore()
}

// mixedCell draws a cell like CellFormat: border, fill and link from gofpdf, then the runs.
func (p *Pen) mixedCell(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	x, y := p.GetXY()
	if w == 0 {
		pw, _ := p.GetPageSize()
		_, _, right, _ := p.GetMargins()
		w = pw - right - x
	}
	p.Fpdf.CellFormat(w, h, "", border, ln, align, fill, link, linkStr)
	tw := p.mixedWidth(txt)
	m := p.GetCellMargin()
	tx := x + m
	switch {
	case strings.Contains(align, "R"):
		tx = x + w - m - tw
	case strings.Contains(align, "C"):
		tx = x + (w-tw)/2
	}
	_, fontH := p.GetFontSize()
	p.lineText(tx, y+h/2+0.3*fontH, txt)
}

// mixedMultiCell wraps the text like MultiCell and draws each line as a mixed cell; a
// paragraph that reads from right to left is aligned on the right, unless centred.
func (p *Pen) mixedMultiCell(w, h float64, txt, border, align string, fill bool) {
	x := p.GetX()
	for _, para := range strings.Split(strings.TrimRight(txt, "\n"), "\n") {
		a := align
		if p.rightToLeft = rtl.RightToLeft(para); p.rightToLeft && a != "C" {
			a = "R"
		}
		for _, line := range p.lines(para, w) {
			p.SetX(x)
			p.mixedCell(w, h, line, border, 2, a, fill, 0, "")
		}
	}
	p.rightToLeft = false
	left, _, _, _ := p.GetMargins()
	p.SetX(left)
}

// mixedSplit breaks text into lines of width w (cell margins deducted), at spaces, or
// anywhere in Chinese and Japanese, as SplitText does.
func (p *Pen) mixedSplit(txt string, w float64) []string {
	var lines []string
	for _, para := range strings.Split(strings.TrimRight(txt, "\n"), "\n") {
		lines = append(lines, p.lines(para, w)...)
	}
	return lines
}

// lines wraps a paragraph in cells of width w: as gofpdf does when one face draws it left
// to right (text with marks given words, such as the impact dots), else measuring each
// face's runs.
func (p *Pen) lines(para string, w float64) []string {
	if !p.single(para) || rtl.Has(para) || strings.ContainsRune(para, NoBreakSpace) {
		return p.wrapLine(para, w-2*p.GetCellMargin())
	}
	if ls := p.Fpdf.SplitText(para, w); len(ls) > 0 {
		return ls
	}
	return []string{""}
}

// wrapLine breaks a paragraph at spaces (a no-break space keeps its words together) or
// anywhere in Chinese and Japanese. Text in one face is measured a character at a time, as
// its width is the sum of theirs; text in several faces a line at a time.
func (p *Pen) wrapLine(para string, avail float64) []string {
	var lines []string
	rs := []rune(para)
	start, lastBreak, single, w := 0, -1, p.single(para), 0.0
	for i := 0; i < len(rs); i++ {
		if (unicode.IsSpace(rs[i]) && rs[i] != NoBreakSpace) || isCJK(rs[i]) {
			lastBreak = i
		}
		if single {
			w += p.Fpdf.GetStringWidth(string(rs[i]))
		} else {
			w = p.mixedWidth(string(rs[start : i+1]))
		}
		if w <= avail || i == start {
			continue
		}
		end := i
		if lastBreak > start {
			end = lastBreak
		}
		lines = append(lines, strings.TrimRight(string(rs[start:end]), " "))
		start = end
		if unicode.IsSpace(rs[start]) && rs[start] != NoBreakSpace {
			start++
		}
		i, lastBreak, w = start-1, -1, 0
	}
	return append(lines, string(rs[start:]))
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}
