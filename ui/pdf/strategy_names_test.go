package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// The cross analysis heads each kind of strategy with what it does ("SO strategies:
// strengths to seize opportunities"), not the method's bare label ("SO offensive"), and a
// line says what "S (us)" and "O (client)" in the items it is built on stand for.
func TestStrategyHeadingsSayWhatTheKindDoesAndTheItemsAreExplained(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			text := strings.Join(strings.Fields(allText(t, must(render(t, sampleDocument(t, lang, ed))))), " ")
			if bare := assets.T(lang, "strategy.SO"); strings.Contains(text, bare) {
				t.Errorf("%s %s: the heading is the bare label %q", lang, ed, bare)
			}
			for _, k := range []string{"pdf.strategy_kind.SO", "pdf.built_on_key"} {
				if want := assets.T(lang, k); !strings.Contains(text, want) {
					t.Errorf("%s %s: %q missing", lang, ed, want)
				}
			}
		}
	}
}
