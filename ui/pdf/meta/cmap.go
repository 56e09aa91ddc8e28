package meta

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
)

// toUnicode is a text map in which every code is its own character except the codes of
// letters, which stand for the characters given.
func toUnicode(letters map[rune][]rune) string {
	codes := make([]rune, 0, len(letters))
	for r := range letters {
		if r > 0 && r <= 0xFFFF {
			codes = append(codes, r)
		}
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	var ranges, chars []string
	from := rune(0)
	for _, c := range codes {
		if c > from {
			ranges = append(ranges, fmt.Sprintf("<%04X> <%04X> <%04X>", from, c-1, from))
		}
		chars = append(chars, fmt.Sprintf("<%04X> <%s>", c, hex16(letters[c])))
		from = c + 1
	}
	if from <= 0xFFFF {
		ranges = append(ranges, fmt.Sprintf("<%04X> <FFFF> <%04X>", from, from))
	}
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	block(&b, "bfrange", ranges)
	block(&b, "bfchar", chars)
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
	return b.String()
}

// block writes entries in blocks of at most 100, as a text map allows.
func block(b *strings.Builder, kind string, entries []string) {
	for len(entries) > 0 {
		n := min(100, len(entries))
		fmt.Fprintf(b, "%d begin%s\n%s\nend%s\n", n, kind, strings.Join(entries[:n], "\n"), kind)
		entries = entries[n:]
	}
}

func hex16(rs []rune) string {
	var b strings.Builder
	for _, u := range utf16.Encode(rs) {
		fmt.Fprintf(&b, "%04X", u)
	}
	return b.String()
}
