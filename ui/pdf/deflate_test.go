package pdf

import (
	"bytes"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/ui/pdf/meta"
)

// The pages compressed by reused compressors, with the number of pages filled in, give byte
// for byte the file gofpdf writes when it compresses them and fills the number in itself
// (its AliasNbPages; both then completed by package meta), for documents with links,
// several faces and the Chinese fallback, on one page or a hundred.
func TestPagesCompressedOnceAreWhatGofpdfWrites(t *testing.T) {
	large := gen.LargePlan()
	lp := large.Plans[0]
	lp.Contacts[0].Name = "王小明 Ωmega"
	docs := map[string]Document{
		"sample":   sampleDocument(t, "es", domain.EditionInternal),
		"client":   sampleDocument(t, "en", domain.EditionClient),
		"large":    {Account: large.Account, Plan: &lp, Settings: domain.DefaultSettings(), Lang: "es", Today: domain.NewDate(2026, 11, 24)}, // dated: the file says when it was made
		"one page": sampleDocument(t, "en", domain.EditionInternal),
	}
	onePage := docs["one page"]
	onePage.OnePage = true
	docs["one page"] = onePage
	for name, in := range docs {
		var ours, theirs bytes.Buffer
		if err := built(in).output(&ours); err != nil {
			t.Fatal(err)
		}
		d := built(in)
		d.pdf.SetCompression(true)
		d.pdf.AliasNbPages(pageCountMark)
		info := d.metadata()
		if err := d.pdf.Output(&theirs); err != nil {
			t.Fatal(err)
		}
		finished, err := meta.Finish(theirs.Bytes(), info)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ours.Bytes(), finished) {
			t.Errorf("%s: %d bytes, gofpdf writes %d, not the same", name, ours.Len(), len(finished))
		}
	}
}

// built is the document laid out, its fonts listed in order (gofpdf lists them in a map's
// order otherwise), ready to be written.
func built(in Document) *doc {
	d := newDoc(in, nil)
	d.pdf.SetCatalogSort(true)
	if in.OnePage {
		onePage{}.draw(d)
	} else {
		d.build()
	}
	return d
}
