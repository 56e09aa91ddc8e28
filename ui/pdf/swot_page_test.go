package pdf

import (
	"math"
	"strings"
	"testing"
	"unicode"

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
			if strings.Contains(page, assets.T(lang, "pdf.continued", title)) {
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

// The impact dots after a SWOT item stay on the line of its last word, never alone on one,
// and a key under the grid says what they count, in the document's language.
func TestSWOTImpactDotsHaveAKeyAndStayWithTheirItem(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		if !strings.HasSuffix(s.name, "sample") || s.doc.Paper != "a4" {
			continue
		}
		data, _ := render(t, s.doc)
		for i, page := range pageRuns(t, data, 297) {
			for _, r := range page {
				if strings.Trim(r.Text, "●○ ") == "" && strings.ContainsAny(r.Text, "●○") && !wordBefore(page, r) {
					t.Errorf("%s: page %d: the dots %q are alone on a line", s.name, i+1, r.Text)
				}
			}
		}
		text := strings.Join(strings.Fields(allText(t, data)), " ")
		if key := assets.T(s.doc.Lang, "pdf.impact_key"); !strings.Contains(text, key) {
			t.Errorf("%s: no key %q to the impact dots", s.name, key)
		}
	}
}

// A page holds the key to the impact dots once, though two SWOT grids end on it (two
// competitors, or the client's SWOT and ours): the sample's every edition, language and paper.
func TestImpactKeyOncePerPage(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		if !strings.HasSuffix(s.name, "sample") {
			continue
		}
		key := strings.Join(strings.Fields(assets.T(s.doc.Lang, "pdf.impact_key")), " ")
		for i, page := range pageTexts(t, must(render(t, s.doc))) {
			if n := strings.Count(strings.Join(strings.Fields(page), " "), key); n > 1 {
				t.Errorf("%s: page %d holds the impact key %d times", s.name, i+1, n)
			}
		}
	}
}

// wordBefore tells whether a run with a word in it ends just before r on r's line.
func wordBefore(page []textRun, r textRun) bool {
	for _, o := range page {
		if math.Abs(o.Y-r.Y) < 0.5 && o.X < r.X && r.X-o.Right() < 4 && strings.ContainsFunc(o.Text, unicode.IsGraphic) && strings.Trim(o.Text, "●○ ") != "" {
			return true
		}
	}
	return false
}
