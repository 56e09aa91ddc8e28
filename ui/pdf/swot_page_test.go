package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// A SWOT that fits on a page is printed whole on one page, its four quadrants together,
// starting a new page when need be: the sample's client SWOT is never "continued".
func TestASWOTThatFitsAPageIsKeptWhole(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		if !strings.HasSuffix(s.name, "sample") {
			continue
		}
		data, _ := render(t, s.doc)
		lang := s.doc.Lang
		title := assets.T(lang, "pdf.s.client_swot")
		for i, page := range pageTexts(t, data) {
			if strings.Contains(page, assets.T(lang, "pdf.swot_continued", title)) {
				t.Errorf("%s: the client SWOT continues on page %d", s.name, i+1)
			}
			if i < 2 || !strings.Contains(page, "\n"+title+"\n") { // after the cover and the contents
				continue
			}
			for _, q := range domain.Quadrants {
				if !strings.Contains(page, assets.T(lang, "quadrant."+string(q))) {
					t.Errorf("%s: page %d has the client SWOT's title but not %s", s.name, i+1, q)
				}
			}
		}
	}
}
