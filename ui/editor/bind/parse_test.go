package bind

import (
	"testing"

	"kamplan/ui/locale"
)

func TestParseReadsWhatAPersonTypes(t *testing.T) {
	en, es := Parse{locale.New("en")}, Parse{locale.New("es")}
	for _, tt := range []struct {
		name  string
		parse func(string) (any, error)
		in    string
		want  any // nil: refused
	}{
		{"required", en.Required, "  Aceros  ", "Aceros"},
		{"required blank", en.Required, "   ", nil},
		{"amount", en.Amount, "3M", int64(300000000)},
		{"amount in Spanish", es.Amount, "1.600.000", int64(160000000)},
		{"amount unreadable", en.Amount, "3 millions", nil},
		{"count blank is 0", en.Count, "", 0},
		{"count", en.Count, "1,250", 1250},
		{"count negative", en.Count, "-5", nil},
		{"count a fraction", en.Count, "2.5", nil},
		{"share", en.Share, "12.5", 12.5},
		{"share over 100", en.Share, "150", nil},
		{"currency", en.Currency, " usd ", "USD"},
		{"currency too long", en.Currency, "EURO", nil},
		{"optional currency blank", en.OptionalCurrency, "", ""},
	} {
		got, err := tt.parse(tt.in)
		if tt.want == nil {
			if err == nil || err.Error() == "" {
				t.Errorf("%s: %q was taken as %v", tt.name, tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: %q read as %v (%v), want %v", tt.name, tt.in, got, err, tt.want)
		}
	}
}

func TestOptionalPercentagesAndNumbers(t *testing.T) {
	p := Parse{locale.New("en")}
	pct := p.OptionalPct(0, 100)
	if v, err := pct(""); err != nil || v.(*float64) != nil {
		t.Fatalf("a blank percentage is %v, %v; want not set", v, err)
	}
	if v, err := pct("40"); err != nil || *v.(*float64) != 40 {
		t.Fatalf("40 %% read as %v, %v", v, err)
	}
	if _, err := pct("101"); err == nil {
		t.Fatal("101 % was taken")
	}
	if v, err := p.OptionalNumber(""); err != nil || v != nil {
		t.Fatalf("a blank number is %v, %v; want not set", v, err)
	}
	if v, err := p.OptionalNumber("1.5"); err != nil || *v != 1.5 {
		t.Fatalf("1.5 read as %v, %v", v, err)
	}
}
