package pdf

import (
	"strings"
	"testing"
	"unicode"

	"kamplan/assets"
	"kamplan/domain"
)

// Each KPI's figures are written with one number of decimals everywhere: the OEE's
// baseline and target as its measurements in tenths, the stops' history without "1,40".
func TestKPIFiguresShareTheirDecimals(t *testing.T) {
	text := allText(t, mustRender(t, sampleDocument(t, "es", domain.EditionInternal)))
	for _, want := range []string{"76,0 → 83,0", "1,2 → 0,6", "mar. 2026: 77,0 ·", "abr. 2026: 1,0 ·", "4 → 15"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q", want)
		}
	}
	for _, bad := range []string{"1,40", "79,60", "76 → 83\n"} {
		if strings.Contains(text, bad) {
			t.Errorf("%q is written with other decimals than its KPI's", bad)
		}
	}
}

// Under the KPI table the trends' key is a sentence, whole within the page, in both languages.
func TestKPITrendKeyIsASentenceWithinThePage(t *testing.T) {
	for _, lang := range assets.Languages {
		key := assets.T(lang, "plancharts.pdf_kpi_key")
		if r := []rune(key); !unicode.IsUpper(r[0]) || !strings.HasSuffix(key, ".") {
			t.Errorf("%s: the key %q is not a sentence", lang, key)
		}
		found := false
		for _, page := range pageRuns(t, mustRender(t, sampleDocument(t, lang, domain.EditionInternal)), 297) {
			for _, r := range page {
				if r.Text == key {
					found = true
					if r.Right() > 210-marginX+0.5 {
						t.Errorf("%s: the key runs to %.1f mm, past the margin", lang, r.Right())
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: no key %q under the KPI table", lang, key)
		}
	}
}
