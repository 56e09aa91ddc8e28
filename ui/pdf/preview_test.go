package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// TestWritePreviews writes the documents to look at when KAMPLAN_PREVIEW names a folder:
// both editions, both languages, A4 and Letter, the sample and the large plan.
func TestWritePreviews(t *testing.T) {
	dir := os.Getenv("KAMPLAN_PREVIEW")
	if dir == "" {
		t.Skip("set KAMPLAN_PREVIEW=folder to write the preview documents")
	}
	for _, lang := range []string{"en", "es"} {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			for _, paper := range []string{"a4", "letter"} {
				doc := sampleDocument(t, lang, ed)
				doc.Paper = paper
				writePreview(t, filepath.Join(dir, "sample-"+string(ed)+"-"+lang+"-"+paper+".pdf"), doc)
				doc.OnePage = true
				writePreview(t, filepath.Join(dir, "onepage-"+string(ed)+"-"+lang+"-"+paper+".pdf"), doc)
			}
		}
	}
	doc := sampleDocument(t, "en", domain.EditionInternal)
	doc.Account.Name = "上海钢铁 Ltd."
	for i, n := range []string{"张伟", "山田 たろう", "김민준", "Αλέξανδρος", "Иван Петров", "محمد علي", "สมชาย"} {
		doc.Plan.Contacts[i].Name = n
	}
	writePreview(t, filepath.Join(dir, "scripts-internal-en-a4.pdf"), doc)
	f := gen.LargePlan()
	p := f.Plans[0]
	writePreview(t, filepath.Join(dir, "large-internal-es-a4.pdf"), Document{Account: f.Account, Plan: &p, Settings: domain.DefaultSettings(), Lang: "es"})
}

func writePreview(t *testing.T, path string, doc Document) {
	t.Helper()
	warnings, err := ExportFile(path, doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warnings {
		t.Logf("%s: %s", filepath.Base(path), w)
	}
}
