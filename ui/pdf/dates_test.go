package pdf

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"kamplan/domain"
)

var (
	usDate      = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}`)
	britishDate = regexp.MustCompile(`\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}`)
)

// An English document spells as British English does ("colour", "centre") and dates the same
// way, day first: "24 November 2026" on the cover, "16 Nov 2026" in tables and lines; never
// the American month first, in any of its documents.
func TestEnglishDatesDayFirst(t *testing.T) {
	for _, tt := range []struct {
		name          string
		onePage, pack bool
		edition       domain.Edition
		want          string
	}{
		{"internal", false, false, domain.EditionInternal, "24 November 2026"},
		{"client", false, false, domain.EditionClient, "24 November 2026"},
		{"one page", true, false, domain.EditionInternal, ""},
		{"review pack", false, true, domain.EditionInternal, "Review pack · 16 Nov 2026"},
	} {
		doc := sampleDocument(t, "en", tt.edition)
		doc.OnePage, doc.Review = tt.onePage, tt.pack
		text := strings.Join(strings.Fields(allText(t, must(render(t, doc)))), " ")
		if us := usDate.FindAllString(text, 3); len(us) > 0 {
			t.Errorf("%s: month-first dates %q", tt.name, us)
		}
		if !britishDate.MatchString(text) || !strings.Contains(text, tt.want) {
			t.Errorf("%s: no day-first date (%q)", tt.name, tt.want)
		}
	}
}

var monthsES = []string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic"}

// A Spanish document abbreviates a month one way wherever it does — in charts, tables and
// texts alike — and that way is the one people write in running text, with its period
// ("nov. 2026"), as the sample's own texts do.
func TestSpanishMonthsAbbreviatedOneWay(t *testing.T) {
	for _, edition := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
		text := allText(t, must(render(t, sampleDocument(t, "es", edition))))
		var bare []string
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
			if slices.Contains(monthsES, w) {
				bare = append(bare, w)
			}
		}
		if len(bare) > 0 {
			t.Errorf("%s: %d months without their period, as %q", edition, len(bare), bare[:min(len(bare), 5)])
		}
	}
}
