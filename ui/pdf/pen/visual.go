package pen

import "kamplan/ui/pdf/rtl"

// lineText draws a line of cleaned text, in logical order, from x on the baseline y: in
// visual order (Hebrew and Arabic right to left, by the bidirectional algorithm), each
// face in its run. Readers (pdftotext, viewers' search) take right-to-left glyphs drawn
// in visual order back to logical order; an ActualText span would be read backwards by
// them, so none is written.
func (p *Pen) lineText(x, y float64, txt string) {
	p.mixedText(x, y, rtl.VisualIn(txt, p.rightToLeft || rtl.RightToLeft(txt)))
}

// plain reports whether gofpdf can draw txt in one call: one face, left to right.
func (p *Pen) plain(txt string) bool { return p.single(txt) && !rtl.Has(txt) }
