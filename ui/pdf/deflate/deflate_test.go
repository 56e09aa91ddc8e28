package deflate

import (
	"bytes"
	"compress/zlib"
	"io"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// plain is a two-page document with a link, written by gofpdf without compression.
func plain(t testing.TB) []byte {
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetCompression(false)
	f.SetFont("Helvetica", "", 12)
	for i := 0; i < 2; i++ {
		f.AddPage()
		f.CellFormat(40, 10, "Página {nb}", "", 1, "L", false, 0, "https://example.com")
	}
	f.AliasNbPages("{nb}")
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Each page's content is compressed, and decompresses to what the page held.
func TestPagesAreCompressedAndReadBack(t *testing.T) {
	in := plain(t)
	out, err := Pages(in, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(out, []byte("<</Filter /FlateDecode /Length ")); n != 2 {
		t.Fatalf("%d streams compressed, want the 2 pages'", n)
	}
	k := bytes.Index(out, []byte("/FlateDecode"))
	start := k + bytes.Index(out[k:], []byte("stream\n")) + len("stream\n")
	r, err := zlib.NewReader(bytes.NewReader(out[start:]))
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(r)
	if !bytes.Contains(page, []byte("(P\\341gina 2)")) && !bytes.Contains(page, []byte("gina 2")) {
		t.Errorf("the first page reads %q", page)
	}
}

// A file that is not what gofpdf writes is written as it is, never half rewritten.
func TestAFileNotUnderstoodIsWrittenAsItIs(t *testing.T) {
	in := plain(t)
	bad := [][]byte{nil, []byte("%PDF-1.3\n"), bytes.Replace(in, []byte("xref\n0 "), []byte("xref\n9 "), 1),
		bytes.Replace(in, []byte("trailer\n"), []byte("trailer "), 1), bytes.Replace(in, []byte("<</Length "), []byte("<</Length -"), 1)}
	for n := 0; n < len(in); n += 97 {
		bad = append(bad, in[:n])
	}
	for _, bad := range bad {
		var w bytes.Buffer
		if err := Write(&w, bad, nil); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(w.Bytes(), bad) {
			t.Errorf("a file of %d bytes was changed", len(bad))
		}
	}
}

func FuzzPages(f *testing.F) {
	in := plain(f)
	f.Add(in)
	f.Add(in[len(in)-300:])
	f.Fuzz(func(t *testing.T, pdf []byte) {
		var w bytes.Buffer
		if err := Write(&w, pdf, nil); err != nil {
			t.Fatal(err)
		}
	})
}
