package chart

import (
	"strings"
	"unicode"
)

// Text in boxes, for every chart: a line is cut to its box's width with "…", and a wrapped
// text ends with "…" on its last line when more remains, so no label leaves its box. Lines
// break at spaces, and between the characters of Chinese and Japanese, which have none.

const ellipsis = "…"

// clip cuts text to at most width: the longest start of it that fits with "…", or "" when
// not even one character does.
func (f face) clip(text string, width float64) string {
	if f.width(text) <= width {
		return text
	}
	r := []rune(text)
	cut := func(n int) string { return strings.TrimRight(string(r[:n]), " ") + ellipsis }
	fits, over := 0, len(r) // cut(fits) fits (0: none known), cut(over) does not
	for over-fits > 1 {
		mid := (fits + over) / 2
		if f.width(cut(mid)) <= width {
			fits = mid
		} else {
			over = mid
		}
	}
	if fits == 0 {
		return ""
	}
	return cut(fits)
}

// wrap breaks text into at most maxLines lines of width; the last line ends with "…" when
// text remains.
func (f face) wrap(text string, width float64, maxLines int) []string {
	if maxLines < 1 {
		return nil
	}
	pieces := wrapPieces(text)
	var lines []string
	cur := ""
	for i, p := range pieces {
		next := p.after(cur)
		if cur == "" || f.width(next) <= width {
			cur = next
			continue
		}
		if len(lines) == maxLines-1 {
			for _, rest := range pieces[i:] {
				cur = rest.after(cur)
			}
			return append(lines, f.clip(cur, width))
		}
		lines = append(lines, cur)
		cur = p.text
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	for i := range lines { // a single long word is cut too
		lines[i] = f.clip(lines[i], width)
	}
	return lines
}

// wrapPiece is a part of a text no line breaks inside: a word, or a character of Chinese
// or Japanese; glued when it follows the one before without a space.
type wrapPiece struct {
	text  string
	glued bool
}

// after is line with the piece added.
func (p wrapPiece) after(line string) string {
	if line == "" || p.glued {
		return line + p.text
	}
	return line + " " + p.text
}

func wrapPieces(text string) []wrapPiece {
	var out []wrapPiece
	for _, word := range strings.Fields(text) {
		r := []rune(word)
		start := 0
		for i := 1; i < len(r); i++ {
			if ideograph(r[i-1]) && ideograph(r[i]) {
				out = append(out, wrapPiece{string(r[start:i]), start > 0})
				start = i
			}
		}
		out = append(out, wrapPiece{string(r[start:]), start > 0})
	}
	return out
}

// ideograph reports whether r is written without spaces around it (Chinese, Japanese kana).
func ideograph(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}
