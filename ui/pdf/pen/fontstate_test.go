package pen

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// pageContent is the content of the page whose header says "Page-n".
func pageContent(t *testing.T, p *Pen, n int) []byte {
	t.Helper()
	var out bytes.Buffer
	p.SetCompression(false)
	if err := p.Output(&out); err != nil {
		t.Fatal(err)
	}
	pages := regexp.MustCompile(`(?s)stream\n(.*?)\nendstream`).FindAllSubmatch(out.Bytes(), -1)
	var content []byte
	for _, pg := range pages {
		if zr, err := zlib.NewReader(bytes.NewReader(pg[1])); err == nil {
			pg[1], _ = io.ReadAll(zr)
		}
		if bytes.Contains(pg[1], UTF16BE("Page-"+string(rune('0'+n)))) {
			content = pg[1]
		}
	}
	return content
}

// lastSizeBefore is the size of the last font set before text in a page's content: the
// size that text is drawn in.
func lastSizeBefore(t *testing.T, content []byte, text string) string {
	t.Helper()
	at := bytes.Index(content, UTF16BE(text))
	if at < 0 {
		t.Fatalf("%q is not on the page", text)
	}
	sizes := regexp.MustCompile(`([0-9.]+) Tf`).FindAllSubmatch(content[:at], -1)
	if len(sizes) == 0 {
		t.Fatalf("no font set before %q", text)
	}
	return string(sizes[len(sizes)-1][1])
}

// A header draws in its own font while a page starts; gofpdf then sets the page's font
// again, and the pen knows it: the size asked next, even the header's, is the one drawn,
// and text in another face after the break keeps the body's size.
func TestTheFontAfterAPageBreakIsTheOneAskedFor(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	p := New(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm"}))
	p.SetHeaderFuncMode(func() {
		p.SetFont(Family, "", 7)
		p.Cell(40, 5, "Page-"+string(rune('0'+p.PageNo())))
		p.Ln(10)
	}, false)
	p.SetFont(Family, "", 11)
	p.AddPage()
	p.Cell(40, 5, "body one")
	p.AddPage()
	p.Cell(40, 5, "Ωmega 张伟 after")
	p.Ln(6)
	p.SetFont(Family, "", 7)
	p.Cell(40, 5, "small note")
	page := pageContent(t, p, 2)
	if got := lastSizeBefore(t, page, "after"); got != "11.00" {
		t.Errorf("text in two faces after the break is drawn at %s pt, want 11.00", got)
	}
	if got := lastSizeBefore(t, page, "small note"); got != "7.00" {
		t.Errorf("the small note is drawn at %s pt, want 7.00", got)
	}
}
