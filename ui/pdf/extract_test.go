package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"kamplan/ui/pdf/pen"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

// The document's text is written as UTF-16BE strings shown with Tj (Identity-H fonts whose
// codes are Unicode code points), so the tests read it back exactly, in pure Go, without
// a PDF library that would guess at the encoding.

var (
	// gofpdf writes "stream\n", the bytes, "\nendstream": a compressed stream may itself end
	// in a carriage-return byte, which belongs to it.
	streamRE = regexp.MustCompile(`(?s)stream\n(.*?)\nendstream`)
	showRE   = regexp.MustCompile(`\(((?:\\.|[^\\)])*)\)\s*Tj`)
)

// pageTexts returns the text of each page, one line per text operation, a no-break space
// (which keeps a unit with its number) read as the space it is to a reader.
func pageTexts(t testing.TB, data []byte) []string {
	t.Helper()
	pages := drawnTexts(t, data)
	for i, p := range pages {
		pages[i] = strings.ReplaceAll(p, "\u00a0", " ")
	}
	return pages
}

// drawnTexts returns the text of each page as drawn, one line per text operation.
func drawnTexts(t testing.TB, data []byte) []string {
	t.Helper()
	var pages []string
	for _, m := range streamRE.FindAllSubmatch(data, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(zr)
		if err != nil || !bytes.Contains(content, []byte("BT")) || !bytes.Contains(content, []byte("Tj")) {
			continue
		}
		var b strings.Builder
		for _, s := range showRE.FindAllSubmatch(content, -1) {
			b.WriteString(decodeUTF16(unescape(s[1])))
			b.WriteByte('\n')
		}
		pages = append(pages, b.String())
	}
	if len(pages) == 0 {
		t.Fatal("no page with text in the PDF")
	}
	return pages
}

func unescape(s []byte) []byte {
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			out = append(out, s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		default:
			if s[i] >= '0' && s[i] <= '7' {
				n, j := 0, i
				for ; j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7'; j++ {
					n = n*8 + int(s[j]-'0')
				}
				out = append(out, byte(n))
				i = j - 1
			} else {
				out = append(out, s[i])
			}
		}
	}
	return out
}

func decodeUTF16(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}

func render(t testing.TB, doc Document) ([]byte, []string) {
	t.Helper()
	var buf bytes.Buffer
	warnings, err := Write(&buf, doc)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), warnings
}

func allText(t testing.TB, data []byte) string { return strings.Join(pageTexts(t, data), "\n") }

// utf16BE is s as it is written into a page in a Unicode font.
func utf16BE(s string) []byte { return pen.UTF16BE(s) }
