package pen

import (
	"encoding/binary"
	"fmt"
	"sync"

	"kamplan/assets"
)

// The document's typeface is DejaVu Sans: Latin, Greek, Cyrillic, Arabic (regular and
// bold; the oblique lacks it) and the punctuation a plan uses (€ – — “ ” ‘ ’ • − → ✓).
// Chinese, Japanese and Korean come from Droid Sans Fallback (Apache 2.0, 3.4 MB, one
// regular face), read the first time a text has a character DejaVu lacks, and registered
// in a document only when its text needs it.
const (
	Family         = "dejavu" // the document's typeface, for SetFont
	fallbackFamily = "droidfallback"
	fallbackFile   = "DroidSansFallback.ttf"
)

var fontFiles = map[string]string{"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}

// Coverage bits of a rune: which faces can draw it.
const (
	inRegular uint8 = 1 << iota
	inBold
	inOblique
)

var styleBit = map[string]uint8{"": inRegular, "B": inBold, "I": inOblique}

// Load reads the DejaVu fonts and the characters they cover, once; an error says a font
// cannot be read. The fallback font is read when first needed (see inFallback).
func Load() error {
	fontsOnce.Do(loadFonts)
	return fontsErr
}

var (
	fontsOnce sync.Once
	fontBytes map[string][]byte
	coverage  [lastDrawable + 1]uint8 // by DejaVu, in the Basic Multilingual Plane
	fontsErr  error

	fallbackOnce  sync.Once
	fallbackBytes []byte
	fallbackCover [lastDrawable + 1]bool
)

func loadFonts() {
	fontBytes = map[string][]byte{}
	for style, name := range fontFiles {
		b, err := assets.Font(name)
		if err != nil {
			fontsErr = err
			return
		}
		fontBytes[style] = b
		if fontsErr = cover(b, styleBit[style], name); fontsErr != nil {
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

// cover marks the runes a font maps with bit.
func cover(ttf []byte, bit uint8, name string) error {
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

// face is the family and style that draw r in a text of the given style: the style's
// own DejaVu face, else DejaVu regular (Arabic in an oblique line), else the fallback.
// ok is false when no font has r.
func face(r rune, style string) (fam, sty string, ok bool) {
	if r > lastDrawable {
		return "", "", false
	}
	c := coverage[r]
	switch {
	case c&styleBit[style] != 0:
		return Family, style, true
	case c&inRegular != 0:
		return Family, "", true
	case inFallback(r):
		return fallbackFamily, "", true
	}
	return "", "", false
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
