package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
)

// Each KPI's figures are written with one number of decimals everywhere: the OEE's
// baseline and target as its measurements in tenths, the stops' history without "1,40".
func TestKPIFiguresShareTheirDecimals(t *testing.T) {
	text := allText(t, mustRender(t, sampleDocument(t, "es", domain.EditionInternal)))
	for _, want := range []string{"0,0 → 4,0", "1,2 → 0,6", "abr 2026: 1,4", "mar 2026: 1,0 ·", "4 → 15"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q", want)
		}
	}
	for _, bad := range []string{"1,40", "3,70", "0 → 4\n"} {
		if strings.Contains(text, bad) {
			t.Errorf("%q is written with other decimals than its KPI's", bad)
		}
	}
}
