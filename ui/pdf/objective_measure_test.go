package pdf

import (
	"testing"

	"kamplan/domain"
)

// An objective's measure writes its figures as its KPI does ("1,2 → 0,6", never "1,20"), or
// with the decimals its own figures share; money before the figure in English (£500k), after
// it in Spanish (600 k€, unbroken from the figure); a percentage without a space in English.
func TestObjectiveMeasureWritesFiguresAsTheKPITable(t *testing.T) {
	num := func(v float64) *float64 { return &v }
	stops := domain.KPI{ID: "k", Unit: "paradas/mes", Baseline: 1.2, Target: 0.6, History: []domain.Measurement{{Period: "2026-11", Value: 1.4}}}
	tests := []struct {
		lang string
		o    domain.Objective
		want string
	}{
		{"es", domain.Objective{KPIID: "k", Baseline: num(1.2), Target: num(0.6)}, "1,2 → 0,6 paradas/mes"},
		{"en", domain.Objective{KPIID: "k", Baseline: num(1.2), Target: num(0.6)}, "1.2 → 0.6 paradas/mes"},
		{"es", domain.Objective{Unit: "k€", Baseline: num(0), Target: num(600)}, "0 → 600\u00a0k€"},
		{"en", domain.Objective{Unit: "£k", Baseline: num(0), Target: num(500)}, "£0k → £500k"},
		{"en", domain.Objective{Unit: "£", Target: num(1.5)}, "£1.5"},
		{"es", domain.Objective{Unit: "€", Baseline: num(1.5), Target: num(2)}, "1,5 → 2,0\u00a0€"},
		{"en", domain.Objective{Unit: "use cases", Baseline: num(0), Target: num(2)}, "0 → 2 use cases"},
		{"en", domain.Objective{Target: num(3)}, "3"},
		{"en", domain.Objective{Unit: "% year on year", Baseline: num(14), Target: num(15)}, "14 → 15% year on year"},
		{"es", domain.Objective{Unit: "% interanual", Baseline: num(14), Target: num(15)}, "14 → 15\u00a0% interanual"},
	}
	for _, tt := range tests {
		p := domain.NewPlan("a", "FY2027")
		p.KPIs = []domain.KPI{stops}
		d := newDoc(Document{Account: domain.Account{Name: "A"}, Plan: p, Settings: domain.DefaultSettings(), Lang: tt.lang}, nil)
		if got := measure(d, tt.o); got != tt.want {
			t.Errorf("%s %q: %q, want %q", tt.lang, tt.o.Unit, got, tt.want)
		}
	}
}
