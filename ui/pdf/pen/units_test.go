package pen

import (
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

func TestGlueUnits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Presupuesto de preventa: 45.000 €.", "Presupuesto de preventa: 45.000_€."},
		{"Ahorro del 12 % y 3 k€, 1,5 M€", "Ahorro del 12_% y 3_k€, 1,5_M€"},
		{"1,5 M € y 260 mil €", "1,5_M_€ y 260_mil_€"},
		{"CHF 1,250.50 and USD 5", "CHF_1,250.50 and USD_5"},
		{"€4,800,000 of 12.5%", "€4,800,000 of 12.5%"},
		{"6 meses, 3 Mbps, 2026 Marzo, 4 kilos", "6 meses, 3 Mbps, 2026 Marzo, 4 kilos"},
		{"Q3 2027 · 14 % interanual", "Q3 2027 · 14_% interanual"},
		{"EURO 5 y LA EUR", "EURO 5 y LA EUR"},
		{"", ""},
	}
	for _, tt := range tests {
		got := strings.ReplaceAll(GlueUnits(tt.in), string(NoBreakSpace), "_")
		if got != tt.want {
			t.Errorf("GlueUnits(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// gofpdf's SplitText breaks at any Unicode space, a no-break space too; the pen does not.
func TestSplitTextKeepsNoBreakSpaces(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	p := New(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm"}))
	p.AddPage()
	p.SetFont(Family, "", 10)
	text := strings.Repeat("importe 45.000 € ", 30)
	for _, w := range []float64{30, 41, 57, 80, 123} {
		for _, line := range p.SplitText(text, w) {
			if strings.HasPrefix(line, "€") {
				t.Fatalf("width %v: a line starts with the unit: %q", w, line)
			}
		}
	}
	if !Covers(NoBreakSpace) {
		t.Error("the fonts do not draw a no-break space")
	}
}
