package pen

import (
	"encoding/binary"
	"fmt"
	"sync"

	"kamplan/assets"
)

// The document's faces. Its text is set in Open Sans KAM (Apache 2.0: Open Sans — Latin,
// Greek, Cyrillic; regular, bold and italic — with the symbols the document draws beside
// its text, arrows, shapes, stars and checks, from DejaVu Sans: assets/fonts/
// make-text-face.sh), headings in it or in Caladea Bold (SIL OFL: Latin), as the
// document's theme chooses. What they lack comes, character by character, from the faces
// after them: DejaVu Sans (Hebrew, Arabic — regular and bold, the oblique lacks it — and
// the rest of its wide coverage), then for Chinese,
// Japanese and Korean Droid Sans Fallback (Apache 2.0, 3.4 MB, one regular face), read the
// first time a text has a character no other face has. A face is registered in a document
// only when its text needs it: gofpdf parses each face it is given, for every document.
const (
	Family         = "OpenSansKAM" // the text face, for SetFont
	Serif          = "Caladea"     // a heading face, bold only
	dejavuFamily   = "DejaVuSans"
	fallbackFamily = "DroidSansFallback"
	fallbackFile   = "DroidSansFallback.ttf"
)

// faceKey names a face: a family and a style ("", "B" or "I").
type faceKey struct{ family, style string }

// faceFiles are the faces read by Load, in the order of their coverage bits.
var faceFiles = []struct {
	key  faceKey
	file string
}{
	{faceKey{Family, ""}, "OpenSansKAM-Regular.ttf"},
	{faceKey{Family, "B"}, "OpenSansKAM-Bold.ttf"},
	{faceKey{Family, "I"}, "OpenSansKAM-Italic.ttf"},
	{faceKey{Serif, "B"}, "Caladea-Bold.ttf"},
	{faceKey{dejavuFamily, ""}, "DejaVuSans.ttf"},
	{faceKey{dejavuFamily, "B"}, "DejaVuSans-Bold.ttf"},
	{faceKey{dejavuFamily, "I"}, "DejaVuSans-Oblique.ttf"},
}

// Load reads the fonts and the characters they cover, once; an error says a font cannot
// be read. The fallback font is read when first needed (see inFallback).
func Load() error {
	fontsOnce.Do(loadFonts)
	return fontsErr
}

var (
	fontsOnce sync.Once
	fontBytes map[faceKey][]byte
	faceBit   map[faceKey]uint16
	coverage  [lastDrawable + 1]uint16 // which of faceFiles have a rune of the Basic Multilingual Plane
	fontsErr  error

	fallbackOnce  sync.Once
	fallbackBytes []byte
	fallbackCover [lastDrawable + 1]bool
)

func loadFonts() {
	fontBytes, faceBit = map[faceKey][]byte{}, map[faceKey]uint16{}
	for i, f := range faceFiles {
		b, err := assets.Font(f.file)
		if err != nil {
			fontsErr = err
			return
		}
		fontBytes[f.key], faceBit[f.key] = b, 1<<i
		if fontsErr = cover(b, 1<<i, f.file); fontsErr != nil {
			return
		}
	}
}

// inFallback reports whether the fallback font has r, reading it the first time it is
// asked: a plan in a Latin script never reads its 3.4 MB. A fallback that cannot be read
// has nothing, and its characters are replaced as any other missing one.
func inFallback(r rune) bool {
	fallbackOnce.Do(func() {
		b, err := assets.Font(fallbackFile)
		if err != nil {
			return
		}
		fallbackBytes = b
		_ = cmapRunes(b, func(r rune) {
			if r <= lastDrawable {
				fallbackCover[r] = true
			}
		})
	})
	return r <= lastDrawable && fallbackCover[r]
}

// faceData is the font file of a face; nil for one the program does not have.
func faceData(k faceKey) []byte {
	if k.family == fallbackFamily {
		return fallbackBytes
	}
	return fontBytes[k]
}

// cover marks the runes a font maps with bit.
func cover(ttf []byte, bit uint16, name string) error {
	err := cmapRunes(ttf, func(r rune) {
		if r <= lastDrawable {
			coverage[r] |= bit
		}
	})
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// chain is the faces that may draw a character of a text set in one face, in order.
type chain [6]struct {
	key faceKey
	bit uint16
}

// chainOf is the order of faces for text set in fam and style: the face itself, its
// family's regular, the text face in the style and regular, DejaVu Sans in the style and
// regular (Arabic in an oblique line).
func chainOf(fam, style string) chain {
	keys := [6]faceKey{{fam, style}, {fam, ""}, {Family, style}, {Family, ""}, {dejavuFamily, style}, {dejavuFamily, ""}}
	var c chain
	for i, k := range keys {
		c[i].key, c[i].bit = k, faceBit[k]
	}
	return c
}

// face is the face that draws r in a text of the chain's face, else the fallback; ok is
// false when no font has r.
func (c *chain) face(r rune) (faceKey, bool) {
	if r > lastDrawable {
		return faceKey{}, false
	}
	for _, f := range c {
		if coverage[r]&f.bit != 0 {
			return f.key, true
		}
	}
	if inFallback(r) {
		return faceKey{fallbackFamily, ""}, true
	}
	return faceKey{}, false
}

// cmapRunes calls mark with each Unicode character a TrueType font maps (cmap formats 4
// and 12), straight from the table: no set of the characters is built.
func cmapRunes(ttf []byte, mark func(rune)) error {
	if len(ttf) < 12 {
		return fmt.Errorf("not a TrueType font")
	}
	be := binary.BigEndian
	numTables := int(be.Uint16(ttf[4:]))
	for i := 0; i < numTables; i++ {
		rec := ttf[12+16*i:]
		if string(rec[:4]) != "cmap" {
			continue
		}
		return parseCmap(ttf[be.Uint32(rec[8:]):], mark)
	}
	return fmt.Errorf("no cmap table")
}

func parseCmap(cmap []byte, mark func(rune)) error {
	be := binary.BigEndian
	n := int(be.Uint16(cmap[2:]))
	best, bestFormat := []byte(nil), 0
	for i := 0; i < n; i++ {
		rec := cmap[4+8*i:]
		platform, encoding := be.Uint16(rec), be.Uint16(rec[2:])
		sub := cmap[be.Uint32(rec[4:]):]
		format := int(be.Uint16(sub))
		unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
		if unicode && (format == 12 || (format == 4 && bestFormat != 12)) {
			best, bestFormat = sub, format
		}
	}
	switch bestFormat {
	case 12:
		cmap12(best, mark)
		return nil
	case 4:
		cmap4(best, mark)
		return nil
	}
	return fmt.Errorf("no Unicode cmap")
}

func cmap4(sub []byte, mark func(rune)) {
	be := binary.BigEndian
	segs := int(be.Uint16(sub[6:])) / 2
	ends, starts := sub[14:], sub[16+2*segs:]
	deltas, offsets := sub[16+4*segs:], sub[16+6*segs:]
	for s := 0; s < segs; s++ {
		end, start := int(be.Uint16(ends[2*s:])), int(be.Uint16(starts[2*s:]))
		delta, off := int(be.Uint16(deltas[2*s:])), int(be.Uint16(offsets[2*s:]))
		for c := start; c <= end && c != 0xFFFF; c++ {
			glyph := (c + delta) & 0xFFFF
			if off != 0 {
				idx := 16 + 6*segs + 2*s + off + 2*(c-start)
				glyph = int(be.Uint16(sub[idx:]))
				if glyph != 0 {
					glyph = (glyph + delta) & 0xFFFF
				}
			}
			if glyph != 0 {
				mark(rune(c))
			}
		}
	}
}

func cmap12(sub []byte, mark func(rune)) {
	be := binary.BigEndian
	groups := int(be.Uint32(sub[12:]))
	for g := 0; g < groups; g++ {
		rec := sub[16+12*g:]
		start, end := be.Uint32(rec), be.Uint32(rec[4:])
		for c := start; c <= end && c < 0x110000; c++ {
			mark(rune(c))
		}
	}
}
