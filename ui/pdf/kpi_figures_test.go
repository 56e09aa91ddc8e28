package pdf

import (
	"strings"
	"testing"
	"unicode"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/locale"
)

// Each KPI's figures are written with one number of decimals everywhere: the OEE's
// baseline and target as its measurements in tenths, the stops' history without "1,40".
func TestKPIFiguresShareTheirDecimals(t *testing.T) {
	text := allText(t, mustRender(t, sampleDocument(t, "es", domain.EditionInternal)))
	for _, want := range []string{"79,6 → 83,0", "1,2 → 0,6", "mar. 2026: 77,0 ·", "abr. 2026: 1,0 ·", "4 → 15"} {
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

// Under the KPI table the trends' key is a sentence, whole within the page, in both languages:
// the plain key, and where KPIs have interim targets the one that says how they judge a light.
func TestKPITrendKeyIsASentenceWithinThePage(t *testing.T) {
	for _, lang := range assets.Languages {
		for _, interim := range []bool{false, true} {
			doc := sampleDocument(t, lang, domain.EditionInternal)
			for i := range doc.Plan.KPIs {
				if !interim {
					doc.Plan.KPIs[i].Milestones = nil
				}
			}
			key := assets.T(lang, locale.KPITableKey(doc.Plan.KPIs))
			if r := []rune(key); !unicode.IsUpper(r[0]) || !strings.HasSuffix(key, ".") {
				t.Errorf("%s: the key %q is not a sentence", lang, key)
			}
			found := false
			for _, page := range pageRuns(t, mustRender(t, doc), 297) {
				var text []string
				for _, r := range page {
					text = append(text, r.Text)
					if strings.Contains(key, r.Text) && len(r.Text) > 20 && r.Right() > 210-marginX+0.5 {
						t.Errorf("%s: the key runs to %.1f mm, past the margin", lang, r.Right())
					}
				}
				found = found || strings.Contains(strings.Join(strings.Fields(strings.Join(text, " ")), " "), key)
			}
			if !found {
				t.Errorf("%s: no key %q under the KPI table", lang, key)
			}
		}
	}
}
