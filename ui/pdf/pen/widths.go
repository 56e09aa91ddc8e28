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
	scale := 1000.0 / float64(be.Uint16(ttf[tables["head"]+18:]))
	metrics := int(be.Uint16(ttf[tables["hhea"]+34:]))
	glyphs := int(be.Uint16(ttf[tables["maxp"]+4:]))
	cmap := cmap4Offset(ttf, tables["cmap"])
	if cmap == 0 {
		return nil, errors.New("no Unicode cmap of format 4")
	}
	return hmtxWidths(ttf, tables["hmtx"], metrics, glyphs, glyphChars(ttf, cmap), scale), nil
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

// glyphChars maps each glyph to the characters drawn with it, walking the segments of a
// format-4 subtable exactly as gofpdf's generateSCCSDictionaries does.
func glyphChars(ttf []byte, at int) map[int][]int {
	be := binary.BigEndian
	u16 := func(p int) int { return int(be.Uint16(ttf[p:])) }
	rim := at + u16(at+2)
	segs := u16(at+6) / 2
	ends, starts, deltas, offsets := at+14, at+16+2*segs, at+16+4*segs, at+16+6*segs
	out := map[int][]int{}
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
			out[glyph] = append(out[glyph], c)
		}
	}
	return out
}

// hmtxWidths scales each glyph's advance to thousandths of an em for its characters, as
// gofpdf's parseHMTXTable does (a glyph past the metrics has the last metric's advance).
func hmtxWidths(ttf []byte, hmtx, metrics, glyphs int, chars map[int][]int, scale float64) *advances {
	a := &advances{cw: make([]int, 256*256)}
	set := func(glyph, advance int) {
		w := int(math.Round(scale * float64(advance)))
		if w == 0 {
			w = 65535
		}
		for _, c := range chars[glyph] {
			if c != 0 && c != 65535 {
				a.cw[c] = w
			}
		}
	}
	advance := 0
	for g := 0; g < metrics; g++ {
		advance = int(binary.BigEndian.Uint16(ttf[hmtx+4*g:]))
		if _, ok := chars[g]; !ok && g != 0 {
			continue
		}
		if advance >= 1<<15 {
			advance = 0
		}
		if g == 0 {
			a.missing = int(math.Floor(scale*float64(advance) + 0.5))
			continue
		}
		set(g, advance)
	}
	for g := metrics; g < glyphs; g++ {
		set(g, advance)
	}
	return a
}
