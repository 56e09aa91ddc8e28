package pdf

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Placeholder replaces any character the fonts cannot draw, so nothing vanishes silently.
const Placeholder = '□'

// gofpdf keeps the widths of a UTF-8 font in a table of the Basic Multilingual Plane: a
// rune beyond it (😀 and most emoji) makes it fail or panic, even when the font has it.
const lastDrawable = 0xFFFF

// invalidUTF8 stands for the bytes of a text that are not UTF-8 in the list of what was replaced.
const invalidUTF8 = -1

// Covers reports whether the document can draw r with one of its fonts.
func Covers(r rune) bool {
	fontsOnce.Do(loadFonts)
	return r == '\n' || r == '\t' || (r <= lastDrawable && coverage[r] != 0)
}

// drawable reports whether s can go to gofpdf as it is.
func drawable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return allCovered(s[i:])
		}
		if s[i] < ' ' && s[i] != '\n' && s[i] != '\t' && coverage[s[i]] == 0 {
			return false
		}
	}
	return true
}

func allCovered(s string) bool {
	for _, r := range s {
		if !Covers(r) {
			return false
		}
	}
	return true
}

// clean replaces every character the document cannot draw, and every byte that is not
// UTF-8, with the placeholder, and notes each character replaced for the warning.
func (d *doc) clean(s string) string {
	if drawable(s) {
		return shapeRTL(s)
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case r == utf8.RuneError && size == 1:
			d.replaced(invalidUTF8)
		case !Covers(r):
			d.replaced(r)
		default:
			b.WriteRune(r)
			continue
		}
		b.WriteRune(Placeholder)
	}
	return shapeRTL(b.String())
}

func (d *doc) replaced(r rune) {
	if !d.missing[r] {
		d.missing[r] = true
		d.missingOrder = append(d.missingOrder, r)
	}
}

// missingWarning is the one warning about every character replaced, in order of appearance.
func (d *doc) missingWarning() (string, bool) {
	if len(d.missingOrder) == 0 {
		return "", false
	}
	const shown = 12
	var names []string
	for i, r := range d.missingOrder {
		if i == shown {
			names = append(names, d.loc.T("pdf.and_more", len(d.missingOrder)-shown))
			break
		}
		if r == invalidUTF8 {
			names = append(names, d.loc.T("pdf.warn.not_utf8"))
			continue
		}
		names = append(names, fmt.Sprintf("%q (U+%04X)", r, r))
	}
	// Not through d.clean: the warning is read on screen, where the characters show.
	return d.loc.TCount("pdf.warn.missing_chars", len(d.missingOrder),
		len(d.missingOrder), string(Placeholder), strings.Join(names, ", ")), true
}
