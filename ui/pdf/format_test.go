package pdf

import (
	"testing"

	"kamplan/domain"
)

func TestFormats(t *testing.T) {
	es, en := &doc{lang: "es"}, &doc{lang: "en"}
	tests := []struct {
		got, want string
	}{
		{es.money(125000000, "EUR"), "1.250.000 €"},
		{en.money(125000000, "EUR"), "€1,250,000"},
		{en.money(99950, "USD"), "$1,000"},
		{es.money(-500000, "GBP"), "−5.000 £"},
		{en.money(100000, "CHF"), "CHF 1,000"},
		{es.money(100000, "MXN"), "1.000 MXN"},
		{es.number(1234567.891, 2), "1.234.567,89"},
		{en.number(1234567.891, 2), "1,234,567.89"},
		{es.number(2027, 0), "2027"},
		{es.number(-3.5, 1), "−3,5"},
		{es.pct(22.916), "22,9 %"},
		{en.pct(22.916), "22.9%"},
		{es.date(domain.NewDate(2026, 11, 22)), "22/11/2026"},
		{en.date(domain.NewDate(2026, 11, 22)), "Nov 22, 2026"},
		{en.date(domain.Date{}), "—"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestPeriodsInTheDocumentLanguage(t *testing.T) {
	es, en := &doc{lang: "es", missing: map[rune]bool{}}, &doc{lang: "en", missing: map[rune]bool{}}
	for _, tt := range []struct{ got, want string }{
		{es.period("2026-10"), "oct 2026"}, {en.period("2026-10"), "Oct 2026"},
		{es.period("2027-Q3"), "T3 2027"}, {en.period("2027-Q3"), "Q3 2027"},
		{es.period("2027-H1"), "S1 2027"}, {en.period("2027H2"), "H2 2027"},
		{en.period("2026-13"), "2026-13"}, {es.period("Semana 3"), "Semana 3"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
