package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// The profile prints the client's employees and annual revenue as figures of the
// document's language, the revenue in its own currency or else the plan's, in both editions.
func TestProfilePrintsTheClientsSize(t *testing.T) {
	tests := []struct {
		lang, currency    string
		employees, amount string
	}{
		{"en", "EUR", "1,800", "€1,350,000,000"},
		{"es", "EUR", "1800", "1.350.000.000 €"},
		{"en", "USD", "1,800", "$1,350,000,000"},
		{"es", "", "1800", "1.350.000.000 €"},
	}
	for _, tt := range tests {
		for _, edition := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			doc := sampleDocument(t, tt.lang, edition)
			doc.Account.RevenueCurrency = tt.currency
			profile := allText(t, must(render(t, doc)))
			for _, want := range []string{assets.T(tt.lang, "pdf.employees") + " " + tt.employees, assets.T(tt.lang, "pdf.annual_revenue") + " " + tt.amount} {
				if !strings.Contains(strings.Join(strings.Fields(profile), " "), want) {
					t.Errorf("%s %s: the profile lacks %q", tt.lang, edition, want)
				}
			}
		}
	}
}
