package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/ui/locale"
)

// The wallet by offering ends with its total, in bold: the sums of potential, our revenue
// and white space, and our share of the whole.
func TestWalletByOfferingHasABoldTotal(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionInternal)
	doc.Plan.Wallet.Offerings = []domain.Offering{
		{Name: "Línea A", Potential: 100000000, Revenue: 25000000},
		{Name: "Línea B", Potential: 300000000, Revenue: 75000050},
	}
	data := mustRender(t, doc)
	loc := locale.New("es")
	want := strings.Join([]string{"Total", loc.Money(400000000, "EUR"), loc.Money(100000050, "EUR"), loc.Pct(25.0001),
		loc.Money(299999950, "EUR")}, "\n")
	if text := strings.Join(drawnTexts(t, data), ""); !strings.Contains(text, "Línea B\n") || !strings.Contains(text, want) {
		t.Fatalf("no total row %q after the offerings", want)
	}
	for _, page := range pageRuns(t, data, 297) {
		fonts := map[string]string{}
		for _, r := range page {
			if r.Text == "Total" || r.Text == "Línea A" || r.Text == "Línea de oferta" {
				fonts[r.Text] = r.Font
			}
		}
		if len(fonts) == 3 && (fonts["Total"] != fonts["Línea de oferta"] || fonts["Total"] == fonts["Línea A"]) {
			t.Errorf("the total is not in the header's bold: fonts %v", fonts)
		}
		if len(fonts) == 3 {
			return
		}
	}
	t.Error("no page with the offerings' header, a row and the total")
}
