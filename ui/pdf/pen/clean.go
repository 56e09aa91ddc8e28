package pen

import (
	"strings"
	"unicode/utf8"
)

// Placeholder replaces any character the fonts cannot draw, so nothing vanishes silently.
const Placeholder = '□'

// gofpdf keeps the widths of a UTF-8 font in a table of the Basic Multilingual Plane: a
// rune beyond it (😀 and most emoji) makes it fail or panic, even when the font has it.
const lastDrawable = 0xFFFF

// NotUTF8 stands for the bytes of a text that are not UTF-8 in the list of what was replaced.
const NotUTF8 = -1

// Covers reports whether the document can draw r with one of its fonts.
func Covers(r rune) bool {
	fontsOnce.Do(loadFonts)
	return r == '\n' || r == '\t' || (r <= lastDrawable && (coverage[r] != 0 || inFallback(r)))
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
		if s[i] < ' ' && !Covers(rune(s[i])) {
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

// Cleaner makes text safe for gofpdf, and remembers every character it replaced. The zero
// value is ready to use.
type Cleaner struct {
	seen  map[rune]bool
	order []rune
	done  map[string]string // texts already cleaned: a text is measured, then drawn
}

// maxDone bounds the texts a Cleaner remembers: the measurer's lives as long as the program.
const maxDone = 8192

// Clean replaces every character the document cannot draw, and every byte that is not
// UTF-8, with the placeholder, notes each character replaced, shapes Arabic and keeps units
// with their numbers (see GlueUnits).
func (c *Cleaner) Clean(s string) string {
	if out, ok := c.done[s]; ok {
		return out
	}
	if c.done == nil || len(c.done) >= maxDone {
		c.done = map[string]string{}
	}
	out := c.clean(s)
	c.done[s] = out
	return out
}

func (c *Cleaner) clean(s string) string {
	s = GlueUnits(s)
	if drawable(s) {
		return Shape(s)
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case r == utf8.RuneError && size == 1:
			c.replaced(NotUTF8)
		case !Covers(r):
			c.replaced(r)
		default:
			b.WriteRune(r)
			continue
		}
		b.WriteRune(Placeholder)
	}
	return Shape(b.String())
}

func (c *Cleaner) replaced(r rune) {
	if c.seen == nil {
		c.seen = map[rune]bool{}
	}
	if !c.seen[r] {
		c.seen[r] = true
		c.order = append(c.order, r)
	}
}

// Replaced lists the characters replaced, in order of appearance, once each; NotUTF8
// stands for bytes that are not UTF-8.
func (c *Cleaner) Replaced() []rune { return c.order }
