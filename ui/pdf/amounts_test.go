package pdf

import (
	"regexp"
	"strings"
	"testing"

	"kamplan/domain"
)

// An amount with cents is printed with them, the document's language's way; a whole amount
// stays without decimals.
func TestAmountsKeepTheirCents(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"€12,500,000.50", "€4,000,000"},
		"es": {"12.500.000,50 €", "4.000.000 €"},
	} {
		doc := sampleDocument(t, lang, domain.EditionInternal)
		doc.Plan.Wallet.Potential, doc.Plan.Wallet.Revenue = 1250000050, 400000000
		data, _ := render(t, doc)
		text := allText(t, data)
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q is not in the document", lang, w)
			}
		}
		if strings.Contains(text, "12,500,001") || strings.Contains(text, "12.500.001") {
			t.Errorf("%s: the amount was rounded", lang)
		}
	}
}

// The white-space map abbreviates amounts in the document's language: 260k and 1.4M in
// English, 260 mil and 1,4 M in Spanish.
func TestWhiteSpaceAmountsAbbreviatedInTheDocumentsLanguage(t *testing.T) {
	english := regexp.MustCompile(`\d(k|M)\b`)
	spanish := regexp.MustCompile(`\d (mil|M)\b`)
	for lang, c := range map[string]struct{ want, not *regexp.Regexp }{
		"en": {english, spanish},
		"es": {spanish, english},
	} {
		text := spaceSection(t, sampleDocument(t, lang, domain.EditionInternal))
		if !c.want.MatchString(text) {
			t.Errorf("%s: no amount abbreviated the language's way in %q", lang, text)
		}
		if m := c.not.FindString(text); m != "" {
			t.Errorf("%s: %q is abbreviated the other language's way", lang, m)
		}
	}
}
