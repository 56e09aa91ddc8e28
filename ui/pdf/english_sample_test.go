package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/locale"
)

// In the English sample, on either paper, what closes a block stays on the page of the block:
// the trends' key with the KPI table's last row, the closing sentence with the sign-off.
func TestClosingLinesStayWithTheirBlock(t *testing.T) {
	for _, paper := range []string{"a4", "letter"} {
		doc := englishDocument(t, domain.EditionInternal)
		doc.Paper = paper
		data, _ := render(t, doc)
		lastKPI := doc.Plan.KPIs[len(doc.Plan.KPIs)-1].Name
		for closing, block := range map[string]string{
			assets.T("en", locale.KPITableKey(doc.Plan.KPIs)): lastKPI,
			assets.T("en", "pdf.commitment_quote"):            assets.T("en", "pdf.agreement_by", doc.Account.Name),
		} {
			if page := pageWith(t, data, closing); !strings.Contains(page, block) {
				t.Errorf("%s: %q is on a page without %q:\n%s", paper, closing, block, page)
			}
		}
	}
}

// pageWith is the text of the page that holds s, or fails the test.
func pageWith(t *testing.T, data []byte, s string) string {
	t.Helper()
	for _, page := range pageTexts(t, data) {
		if strings.Contains(strings.Join(strings.Fields(page), " "), s) {
			return strings.Join(strings.Fields(page), " ")
		}
	}
	t.Fatalf("no page holds %q", s)
	return ""
}
