package pen

import (
	"encoding/binary"
	"errors"
	"math"
)

// advances are a face's character widths in thousandths of an em, read from the font as
// gofpdf reads them when a document registers it (utf8fontfile.go: the Unicode cmap of
// format 4, then hmtx), so that Width measures what a page draws without a gofpdf document
// of its own, which would parse every font a second time in each process.
type advances struct {
	cw      []int // by rune of the Basic Multilingual Plane; 0: not in the font; 65535: zero wide
	missing int   // the width of a character the font lacks
}

// width is the width of r as gofpdf's GetStringSymbolWidth counts it.
func (a *advances) width(r rune) int {
	switch c := a.cw[r]; {
	case c == 65535:
		return 0
	case c > 0:
		return c
	case a.missing != 0:
		return a.missing
	}
	return 500
}

// readAdvances reads the widths of a TrueType font.
func readAdvances(ttf []byte) (a *advances, err error) {
	defer func() { // a damaged font is an error, not a crash
		if recover() != nil {
			a, err = nil, errors.New("damaged font tables")
		}
	}()
	tables := tableOffsets(ttf)
	for _, t := range []string{"head", "hhea", "maxp", "cmap", "hmtx"} {
		if _, ok := tables[t]; !ok {
			return nil, errors.New("no " + t + " table")
		}
	}
	be := binary.BigEndian
	m := metrics{ttf: ttf, hmtx: tables["hmtx"], scale: 1000.0 / float64(be.Uint16(ttf[tables["head"]+18:])),
		count: int(be.Uint16(ttf[tables["hhea"]+34:])), glyphs: int(be.Uint16(ttf[tables["maxp"]+4:]))}
	cmap := cmap4Offset(ttf, tables["cmap"])
	if cmap == 0 || m.count == 0 {
		return nil, errors.New("no Unicode cmap of format 4")
	}
	a = &advances{cw: make([]int, 256*256), missing: int(math.Floor(m.scale*float64(m.advance(0)) + 0.5))}
	eachGlyph(ttf, cmap, func(c, glyph int) {
		if c != 0 && c != 0xFFFF && glyph != 0 && glyph < m.glyphs {
			a.cw[c] = m.width(glyph)
		}
	})
	return a, nil
}

func tableOffsets(ttf []byte) map[string]int {
	be := binary.BigEndian
	out := map[string]int{}
	for i := 0; i < int(be.Uint16(ttf[4:])); i++ {
		rec := ttf[12+16*i:]
		out[string(rec[:4])] = int(be.Uint32(rec[8:]))
	}
	return out
}

// cmap4Offset is where the first Unicode subtable of format 4 starts, as gofpdf chooses it.
func cmap4Offset(ttf []byte, cmap int) int {
	be := binary.BigEndian
	for i := 0; i < int(be.Uint16(ttf[cmap+2:])); i++ {
		rec := ttf[cmap+4+8*i:]
		platform, encoding := be.Uint16(rec), be.Uint16(rec[2:])
		at := cmap + int(be.Uint32(rec[4:]))
		if ((platform == 3 && encoding == 1) || platform == 0) && be.Uint16(ttf[at:]) == 4 {
			return at
		}
	}
	return 0
}

// eachGlyph calls f with each character of a format-4 subtable and its glyph, walking the
// segments exactly as gofpdf's generateSCCSDictionaries does.
func eachGlyph(ttf []byte, at int, f func(c, glyph int)) {
	be := binary.BigEndian
	u16 := func(p int) int { return int(be.Uint16(ttf[p:])) }
	rim := at + u16(at+2)
	segs := u16(at+6) / 2
	ends, starts, deltas, offsets := at+14, at+16+2*segs, at+16+4*segs, at+16+6*segs
	for n := 0; n < segs; n++ {
		start, delta, off := u16(starts+2*n), int(int16(u16(deltas+2*n))), u16(offsets+2*n)
		for c := start; c <= u16(ends+2*n); c++ {
			glyph := (c + delta) & 0xFFFF
			if off != 0 {
				glyph = 0
				if p := offsets + 2*n + off + 2*(c-start); p < rim {
					if glyph = u16(p); glyph != 0 {
						glyph = (glyph + delta) & 0xFFFF
					}
				}
			}
			f(c, glyph)
		}
	}
}

// metrics are a font's horizontal metrics (hmtx): a glyph past the last metric has the
// last metric's advance.
type metrics struct {
	ttf                 []byte
	hmtx, count, glyphs int
	scale               float64
}

func (m metrics) advance(glyph int) int {
	a := int(binary.BigEndian.Uint16(m.ttf[m.hmtx+4*min(glyph, m.count-1):]))
	if a >= 1<<15 {
		return 0
	}
	return a
}

// width is a glyph's advance in thousandths of an em, as gofpdf's parseHMTXTable scales
// it; 65535 stands for a glyph of no width.
func (m metrics) width(glyph int) int {
	if w := int(math.Round(m.scale * float64(m.advance(glyph)))); w != 0 {
		return w
	}
	return 65535
}
