package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
)

// The wallet bar has a colour key: our share, each competitor (internal edition only) and
// the rest, on the page of the bar.
func TestWalletBarHasAColourKey(t *testing.T) {
	for _, tt := range []struct {
		edition     domain.Edition
		competitors bool
	}{{domain.EditionInternal, true}, {domain.EditionClient, false}} {
		doc := sharedWalletDocument(t, "en", tt.edition)
		data, _ := render(t, doc)
		pages := pageTexts(t, data)
		var page string
		for _, p := range pages {
			if strings.Contains(p, "Other suppliers or not yet bought") {
				page = p
			}
		}
		if page == "" || !strings.Contains(page, "Our share") {
			t.Fatalf("%s: no colour key under the wallet bar", tt.edition)
		}
		for _, c := range doc.Plan.Wallet.Competitors {
			if got := strings.Contains(page, c.Name+" "); got != tt.competitors {
				t.Errorf("%s: competitor %q in the key: %v", tt.edition, c.Name, got)
			}
		}
	}
}
