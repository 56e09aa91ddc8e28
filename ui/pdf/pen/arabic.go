package pen

import (
	"strings"
	"sync"
)

// gofpdf neither shapes nor reorders right-to-left text. For Arabic this file does the
// least that makes a name readable: each letter takes its contextual form from the
// Arabic Presentation Forms-B block (isolated, final, initial, medial; lam-alef as its
// ligature), in logical order; lines are put in visual order when drawn (package rtl),
// and Unshape gives the letters back for the text a reader extracts. Not done: mark
// positioning, Persian and Urdu letters outside the basic block.

// arabicForms gives, for the letters U+0621…U+064A, the first presentation form and
// whether the letter joins the next one (dual-joining) — right-joining letters have
// only the isolated and final forms.
var arabicForms = map[rune]struct {
	base rune
	dual bool
}{
	0x0621: {0xFE80, false}, 0x0622: {0xFE81, false}, 0x0623: {0xFE83, false}, 0x0624: {0xFE85, false},
	0x0625: {0xFE87, false}, 0x0626: {0xFE89, true}, 0x0627: {0xFE8D, false}, 0x0628: {0xFE8F, true},
	0x0629: {0xFE93, false}, 0x062A: {0xFE95, true}, 0x062B: {0xFE99, true}, 0x062C: {0xFE9D, true},
	0x062D: {0xFEA1, true}, 0x062E: {0xFEA5, true}, 0x062F: {0xFEA9, false}, 0x0630: {0xFEAB, false},
	0x0631: {0xFEAD, false}, 0x0632: {0xFEAF, false}, 0x0633: {0xFEB1, true}, 0x0634: {0xFEB5, true},
	0x0635: {0xFEB9, true}, 0x0636: {0xFEBD, true}, 0x0637: {0xFEC1, true}, 0x0638: {0xFEC5, true},
	0x0639: {0xFEC9, true}, 0x063A: {0xFECD, true}, 0x0641: {0xFED1, true}, 0x0642: {0xFED5, true},
	0x0643: {0xFED9, true}, 0x0644: {0xFEDD, true}, 0x0645: {0xFEE1, true}, 0x0646: {0xFEE5, true},
	0x0647: {0xFEE9, true}, 0x0648: {0xFEED, false}, 0x0649: {0xFEEF, false}, 0x064A: {0xFEF1, true},
}

// lamAlef is the isolated ligature of lam with each alef; the final form follows it.
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

const tatweel = 0x0640

func isArabicLetter(r rune) bool { _, ok := arabicForms[r]; return ok }

func hasArabicLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xD8 || s[i] == 0xD9 { // the UTF-8 lead bytes of U+0600…U+067F
			for _, r := range s[i:] {
				if isArabicLetter(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

func isArabicMark(r rune) bool { return (r >= 0x064B && r <= 0x065F) || r == 0x0670 }

func isArabic(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF) || (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

// Shape gives the Arabic letters of s their contextual forms, in logical order; text
// without Arabic letters is returned as it is, so shaping twice changes nothing.
func Shape(s string) string {
	if !hasArabicLetter(s) {
		return s
	}
	rs := []rune(s)
	var out []rune
	for i := 0; i < len(rs); {
		if !isArabic(rs[i]) {
			out = append(out, rs[i])
			i++
			continue
		}
		j := runEnd(rs, i)
		out = append(out, shapeRun(rs[i:j])...)
		i = j
	}
	return string(out)
}

// runEnd is the end of the Arabic run starting at i: Arabic characters and the spaces
// and punctuation between them.
func runEnd(rs []rune, i int) int {
	end := i
	for k := i; k < len(rs); k++ {
		switch {
		case isArabic(rs[k]):
			end = k + 1
		case rs[k] == ' ' || rs[k] == '-' || rs[k] == '.' || rs[k] == ',':
		default:
			return end
		}
	}
	return end
}

// joins reports whether the letter at i connects to a letter after it, and whether one follows.
func neighbour(rs []rune, i, step int) (rune, bool) {
	for k := i + step; k >= 0 && k < len(rs); k += step {
		if !isArabicMark(rs[k]) {
			return rs[k], true
		}
	}
	return 0, false
}

func joinsNext(r rune) bool { f, ok := arabicForms[r]; return r == tatweel || (ok && f.dual) }

func joinsPrev(r rune) bool { return r == tatweel || (isArabicLetter(r) && r != hamza) }

// hamza joins neither side: it has its isolated form only.
const hamza = 0x0621

// shapeRun gives each letter of a run in logical order its contextual form.
func shapeRun(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		f, ok := arabicForms[r]
		if !ok {
			out = append(out, r)
			continue
		}
		prev, hasPrev := neighbour(rs, i, -1)
		next, hasNext := neighbour(rs, i, 1)
		fromPrev := hasPrev && joinsNext(prev) && r != hamza
		if lig, ok := lamAlef[next]; r == 0x0644 && hasNext && ok {
			out = append(out, lig+boolRune(fromPrev))
			for i++; rs[i] != next; i++ {
			}
			continue
		}
		toNext := f.dual && hasNext && joinsPrev(next)
		out = append(out, f.base+form(fromPrev, toNext))
	}
	return out
}

func boolRune(b bool) rune {
	if b {
		return 1
	}
	return 0
}

// form is the offset of the presentation form: isolated 0, final 1, initial 2, medial 3.
func form(fromPrev, toNext bool) rune {
	switch {
	case fromPrev && toNext:
		return 3
	case toNext:
		return 2
	case fromPrev:
		return 1
	}
	return 0
}

// BaseLetters maps each presentation form Shape writes to the letters it stands for (a
// lam-alef ligature to lam and alef): what a reader searching the document types.
func BaseLetters() map[rune][]rune {
	m := map[rune][]rune{}
	for r, f := range arabicForms {
		n := rune(2)
		switch {
		case f.dual:
			n = 4
		case r == hamza:
			n = 1
		}
		for k := range n {
			m[f.base+k] = []rune{r}
		}
	}
	for alef, lig := range lamAlef {
		m[lig], m[lig+1] = []rune{0x0644, alef}, []rune{0x0644, alef}
	}
	return m
}

var baseLetters = sync.OnceValue(BaseLetters)

// Unshape gives shaped Arabic its letters back.
func Unshape(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0xFE70 && r <= 0xFEFF }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if base, ok := baseLetters()[r]; ok {
			b.WriteString(string(base))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
