package pdf

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// updateGolden rewrites testdata/text from the documents as they are laid out now:
// go test -tags ci -run TestDocumentTextUnchanged ./ui/pdf/ -update
var updateGolden = flag.Bool("update", false, "rewrite the documents' text in testdata/text")

// goldenDocuments are the documents whose text is kept: the sample in both editions, both
// languages and both papers, as a full document and on one page, the English sample in
// English likewise, and the generated large plan.
func goldenDocuments(t *testing.T) map[string]Document {
	docs := map[string]Document{}
	for _, lang := range []string{"en", "es"} {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			for _, paper := range []string{"a4", "letter"} {
				doc := sampleDocument(t, lang, ed)
				doc.Paper = paper
				docs["sample-"+string(ed)+"-"+lang+"-"+paper] = doc
				doc.OnePage = true
				docs["onepage-"+string(ed)+"-"+lang+"-"+paper] = doc
			}
			f := gen.LargePlan()
			docs["large-"+string(ed)+"-"+lang+"-a4"] = Document{Account: f.Account, Plan: &f.Plans[0], Settings: domain.DefaultSettings(),
				Lang: lang, Edition: ed, Paper: "a4", Today: domain.NewDate(2026, 11, 24)}
		}
	}
	for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
		for _, paper := range []string{"a4", "letter"} {
			doc := englishDocument(t, ed)
			doc.Paper = paper
			docs["english-"+string(ed)+"-en-"+paper] = doc
			doc.OnePage = true
			docs["english-onepage-"+string(ed)+"-en-"+paper] = doc
		}
	}
	return docs
}

// The documents say, page by page, what they said when testdata/text was written: a change
// to how the document is laid out in code that moves or loses a word is seen here.
func TestDocumentTextUnchanged(t *testing.T) {
	for name, doc := range goldenDocuments(t) {
		data, _ := render(t, doc)
		got := strings.Join(pageTexts(t, data), "\f\n")
		path := filepath.Join("testdata", "text", name+".txt.gz")
		if *updateGolden {
			writeGzip(t, path, got)
			continue
		}
		want := readGzip(t, path)
		if got != want {
			t.Errorf("%s: the text differs from %s: %s", name, path, firstDifference(got, want))
		}
	}
}

// firstDifference says on which page and line two texts of pages first differ.
func firstDifference(got, want string) string {
	pg, pw := strings.Split(got, "\f\n"), strings.Split(want, "\f\n")
	for i := range min(len(pg), len(pw)) {
		lg, lw := strings.Split(pg[i], "\n"), strings.Split(pw[i], "\n")
		for j := range min(len(lg), len(lw)) {
			if lg[j] != lw[j] {
				return fmt.Sprintf("page %d, line %d is %q, was %q", i+1, j+1, lg[j], lw[j])
			}
		}
		if len(lg) != len(lw) {
			return fmt.Sprintf("page %d has %d lines, had %d", i+1, len(lg), len(lw))
		}
	}
	return fmt.Sprintf("%d pages, there were %d", len(pg), len(pw))
}

// The texts are kept compressed: the large plan's run to hundreds of kilobytes.
func writeGzip(t *testing.T, path, text string) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, _ = zw.Write([]byte(text))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readGzip(t *testing.T, path string) string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (write it with -update)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
