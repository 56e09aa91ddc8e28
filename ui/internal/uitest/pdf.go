package uitest

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"unicode/utf16"
)

var streamRE = regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)

// PDFShows reports whether a page of a PDF the app wrote shows s (its text is written as
// UTF-16BE strings in compressed page streams).
func PDFShows(pdf []byte, s string) bool {
	var want []byte
	for _, u := range utf16.Encode([]rune(s)) {
		want = append(want, byte(u>>8), byte(u))
	}
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		content, _ := io.ReadAll(zr)
		if bytes.Contains(content, want) {
			return true
		}
	}
	return false
}
