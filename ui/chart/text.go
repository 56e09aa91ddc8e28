package chart

import "strings"

// Text in boxes, for every chart: a line is cut to its box's width with "…", and a wrapped
// text ends with "…" on its last line when more remains, so no label leaves its box.

const ellipsis = "…"

// clipText cuts text to at most width units in a font of size.
func clipText(text string, width, size float64) string {
	if TextWidth(text)*size <= width {
		return text
	}
	r := []rune(text)
	for n := len(r) - 1; n > 0; n-- {
		s := strings.TrimRight(string(r[:n]), " ") + ellipsis
		if TextWidth(s)*size <= width {
			return s
		}
	}
	return ""
}

// wrapText breaks text into at most maxLines lines of width; the last line ends with "…"
// when text remains.
func wrapText(text string, width, size float64, maxLines int) []string {
	if maxLines < 1 {
		return nil
	}
	words := strings.Fields(text)
	var lines []string
	cur := ""
	for i := 0; i < len(words); i++ {
		next := strings.TrimSpace(cur + " " + words[i])
		if cur == "" || TextWidth(next)*size <= width {
			cur = next
			continue
		}
		if len(lines) == maxLines-1 {
			return append(lines, clipText(strings.Join(append([]string{cur}, words[i:]...), " "), width, size))
		}
		lines = append(lines, cur)
		cur = words[i]
	}
	if cur != "" {
		lines = append(lines, clipText(cur, width, size))
	}
	// a single long word on an earlier line is cut too
	for i := range lines {
		lines[i] = clipText(lines[i], width, size)
	}
	return lines
}
