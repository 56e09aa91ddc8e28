package pdf

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/ui/pdf/pen"
)

// pageUsesOf lays out a document and reports how full each page is.
func pageUsesOf(t *testing.T, in Document) []pageUse {
	t.Helper()
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	d := newDoc(in, nil)
	d.build()
	return d.pageUses()
}

// No page is less than a third full unless the next section must start on a new page
// (the summary stands alone) or it is the last page.
func TestNoPageIsMostlyEmpty(t *testing.T) {
	f := gen.LargePlan()
	large := Document{Account: f.Account, Plan: &f.Plans[0], Settings: domain.DefaultSettings(), Lang: "es"}
	for _, paper := range []string{"a4", "letter"} {
		for _, lang := range []string{"en", "es"} {
			for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
				docs := []Document{sampleDocument(t, lang, ed), large}
				for i, doc := range docs {
					doc.Lang, doc.Edition, doc.Paper = lang, ed, paper
					uses := pageUsesOf(t, doc)
					for _, u := range uses[2 : len(uses)-1] { // after the cover and the contents
						if u.used < 1.0/3 && !u.forced {
							t.Errorf("%s %s %s doc %d: page %d is %.0f%% full", paper, lang, ed, i, u.page, 100*u.used)
						}
					}
				}
			}
		}
	}
}
