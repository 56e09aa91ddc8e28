package csvimport

import "testing"

// The report's amounts keep their thousands apart, as a person reads them, in either language.
func TestReportAmountsAreGrouped(t *testing.T) {
	for _, c := range []struct {
		minor    int64
		currency string
		want     string
	}{
		{135_000_000_000, "EUR", "1\u202f350\u202f000\u202f000 EUR"},
		{850_000_050, "EUR", "8\u202f500\u202f000.50 EUR"},
		{99_900, "", "999"},
		{100_000, "USD", "1\u202f000 USD"},
		{0, "EUR", ""},
	} {
		if got := moneyText(c.minor, c.currency); got != c.want {
			t.Errorf("%d %s: %q, want %q", c.minor, c.currency, got, c.want)
		}
	}
}
