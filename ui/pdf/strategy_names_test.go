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
			for _, k := range []string{"pdf.strategy_kind.SO", "pdf.built_on_key.S", "pdf.built_on_key.O", "pdf.built_on_key.us"} {
				if want := strings.TrimSpace(assets.T(lang, k)); !strings.Contains(text, want) {
					t.Errorf("%s %s: %q missing", lang, ed, want)
				}
			}
		}
	}
}

// The client copy shares only strategies built on our strengths and the client's
// opportunities: its key explains those, and speaks neither of weaknesses and threats nor of
// competitors, whose analysis the copy leaves out.
func TestTheClientStrategiesKeyExplainsOnlyWhatItPrints(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		text := strings.Join(strings.Fields(allText(t, must(render(t, sampleDocument(t, lang, domain.EditionClient))))), " ")
		from := strings.Index(text, strings.SplitN(assets.T(lang, "pdf.built_on_key"), ":", 2)[0]+":")
		if from < 0 {
			t.Fatalf("%s: no key under the strategies", lang)
		}
		key := text[from:min(len(text), from+200)]
		for _, k := range []string{"pdf.built_on_key.W", "pdf.built_on_key.T", "pdf.subject_short.competitor"} {
			if word := assets.T(lang, k); strings.Contains(key, word) {
				t.Errorf("%s: the client key speaks of %q: %s", lang, word, key)
			}
		}
	}
}
