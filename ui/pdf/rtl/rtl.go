// Package rtl puts a line of text that holds Hebrew or Arabic into the order it is drawn
// in, left to right, by the Unicode bidirectional algorithm: gofpdf draws characters in the
// order it is given them. The resolution of each character's direction (weak and neutral
// types, brackets, the paragraph's direction from its first strong letter) is
// golang.org/x/text/unicode/bidi's; that package does not reorder, so the levels and the
// reordering of rules I1–I2 and L1–L2 are done here. No explicit embeddings (they do not
// occur in plans), one line at a time.
package rtl

import (
	"slices"
	"unicode"

	"golang.org/x/text/unicode/bidi"
)

// Has reports whether s holds a right-to-left character (Hebrew, Arabic and their
// presentation forms, Syriac, Thaana, N'Ko).
func Has(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0xD6 { // the UTF-8 lead bytes below U+0580
			continue
		}
		for _, r := range s[i:] {
			if rightToLeft(r) {
				return true
			}
		}
		return false
	}
	return false
}

func rightToLeft(r rune) bool {
	if r < 0x0590 {
		return false
	}
	c := class(r)
	return c == bidi.R || c == bidi.AL
}

func class(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}

// Visual is line in the order its characters are drawn from left to right; a line without
// right-to-left characters is returned as it is.
func Visual(line string) string { return VisualIn(line, RightToLeft(line)) }

// VisualIn is Visual for a line of a paragraph that reads from right to left, or not,
// whatever the line's own first letter.
func VisualIn(line string, rightToLeft bool) string {
	if !Has(line) {
		return line
	}
	rs := []rune(line)
	base := 0
	if rightToLeft {
		base = 1
	}
	lv := levels(rs, base)
	trailingToBase(rs, lv, base)
	return string(reorder(rs, lv))
}

// RightToLeft reports whether text reads from right to left: its first strong letter is
// Hebrew or Arabic (rule P2), and Hebrew and Arabic letters are not outnumbered by
// left-to-right ones. The document reads left to right: a label composed around a
// Hebrew name ("דוד כהן — Consejero delegado") stays a left-to-right line.
func RightToLeft(text string) bool {
	firstRTL, ltr, rtl := false, 0, 0
	for _, r := range text {
		switch class(r) {
		case bidi.L:
			ltr++
		case bidi.R, bidi.AL:
			firstRTL = firstRTL || ltr == 0
			rtl++
		}
	}
	return firstRTL && rtl >= ltr
}

// levels are the embedding levels of the characters in a paragraph at level base. x/text
// takes a paragraph's level from its first strong letter unless told right to left; a
// left-to-right mark (U+200E) before the text tells it left to right.
func levels(rs []rune, base int) []int {
	text, from := "\u200e"+string(rs), 1
	var opts []bidi.Option
	if base == 1 {
		text, from = string(rs), 0
		opts = append(opts, bidi.DefaultDirection(bidi.RightToLeft))
	}
	var p bidi.Paragraph
	lv := make([]int, len(rs))
	if _, err := p.SetString(text, opts...); err != nil {
		return lv
	}
	o, err := p.Order()
	if err != nil {
		return lv
	}
	for i := range o.NumRuns() {
		run := o.Run(i)
		start, end := run.Pos()
		for k := max(start, from); k <= end && k-from < len(rs); k++ {
			lv[k-from] = level(rs, k-from, base, run.Direction() == bidi.RightToLeft)
		}
	}
	return lv
}

// level lifts the direction x/text resolved for rs[k] to its level (rules I1, I2): in a
// right-to-left paragraph what reads left to right is at level 2; in a left-to-right one,
// so are the numbers that follow Hebrew or Arabic.
func level(rs []rune, k, base int, odd bool) int {
	switch {
	case odd:
		return 1
	case base == 1:
		return 2
	case isNumber(rs, k) && afterRightToLeft(rs, k):
		return 2
	}
	return 0
}

func isNumber(rs []rune, k int) bool {
	switch class(rs[k]) {
	case bidi.EN, bidi.AN:
		return true
	case bidi.ES, bidi.CS, bidi.ET:
		return k > 0 && k+1 < len(rs) && unicode.IsDigit(rs[k-1]) && unicode.IsDigit(rs[k+1])
	}
	return false
}

// afterRightToLeft reports whether the strong letter before rs[k] is Hebrew or Arabic.
func afterRightToLeft(rs []rune, k int) bool {
	for i := k - 1; i >= 0; i-- {
		switch class(rs[i]) {
		case bidi.L:
			return false
		case bidi.R, bidi.AL:
			return true
		}
	}
	return false
}

// trailingToBase puts the spaces at the end of the line at the paragraph's level (rule L1).
func trailingToBase(rs []rune, lv []int, base int) {
	for i := len(rs) - 1; i >= 0 && unicode.IsSpace(rs[i]); i-- {
		lv[i] = base
	}
}

// cluster is a letter with the marks that follow it, drawn together.
type cluster struct {
	runes []rune
	level int
}

func clusters(rs []rune, lv []int) []cluster {
	var cs []cluster
	for i, r := range rs {
		if class(r) == bidi.NSM && len(cs) > 0 {
			cs[len(cs)-1].runes = append(cs[len(cs)-1].runes, r)
			continue
		}
		cs = append(cs, cluster{[]rune{r}, lv[i]})
	}
	return cs
}

// reorder reverses every run at each level from the highest down to the lowest odd one
// (rule L2); marks stay after their letters, and brackets at an odd level are mirrored.
func reorder(rs []rune, lv []int) []rune {
	cs := clusters(rs, lv)
	top := 0
	for _, c := range cs {
		top = max(top, c.level)
	}
	for l := top; l >= 1; l-- {
		for i := 0; i < len(cs); {
			if cs[i].level < l {
				i++
				continue
			}
			j := i
			for j < len(cs) && cs[j].level >= l {
				j++
			}
			slices.Reverse(cs[i:j])
			i = j
		}
	}
	out := make([]rune, 0, len(rs))
	for _, c := range cs {
		if c.level%2 == 1 {
			c.runes[0] = mirrored(c.runes[0])
		}
		out = append(out, c.runes...)
	}
	return out
}

// mirrored is the bracket facing the other way, or r.
func mirrored(r rune) rune {
	if p, _ := bidi.LookupRune(r); !p.IsBracket() {
		return r
	}
	m := []rune(string(bidi.AppendReverse(nil, []byte(string(r)))))
	if len(m) != 1 {
		return r
	}
	return m[0]
}
