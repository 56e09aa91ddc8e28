package domain

import (
	"math"
	"strings"
	"testing"
)

func f64(v float64) *float64 { return &v }

func TestShareOfWallet(t *testing.T) {
	tests := []struct {
		name               string
		revenue, potential int64
		want               float64
		ok                 bool
	}{
		{"quarter", 250, 1000, 25, true},
		{"all", 1000, 1000, 100, true},
		{"nothing yet", 0, 1000, 0, true},
		{"potential unknown", 500, 0, 0, false},
		{"negative potential", 500, -1, 0, false},
		{"above potential", 1500, 1000, 150, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ShareOfWallet(tt.revenue, tt.potential)
			if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
				t.Fatalf("ShareOfWallet(%d, %d) = %v, %v; want %v, %v", tt.revenue, tt.potential, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestWhiteSpace(t *testing.T) {
	w := Wallet{Potential: 480000000, Revenue: 110000000}
	if got := w.WhiteSpace(); got != 370000000 {
		t.Fatalf("WhiteSpace = %d", got)
	}
	o := Offering{Potential: 100, Revenue: 40}
	if o.WhiteSpace() != 60 {
		t.Fatalf("offering white space = %d", o.WhiteSpace())
	}
}

func TestWalletValidation(t *testing.T) {
	tests := []struct {
		name string
		w    Wallet
		path string // expected problem path, "" for valid
	}{
		{"valid", Wallet{Potential: 100, Revenue: 50, Competitors: []CompetitorShare{{ID: "a", Name: "A", SharePct: 60}, {ID: "b", Name: "B", SharePct: 40}}}, ""},
		{"negative revenue", Wallet{Revenue: -1}, "wallet.revenue"},
		{"shares over 100", Wallet{Competitors: []CompetitorShare{{ID: "a", Name: "A", SharePct: 70}, {ID: "b", Name: "B", SharePct: 40}}}, "wallet.competitors"},
		{"share out of range", Wallet{Competitors: []CompetitorShare{{ID: "a", Name: "A", SharePct: 101}}}, "wallet.competitors[0].share_pct"},
		{"competitor without name", Wallet{Competitors: []CompetitorShare{{ID: "a", SharePct: 10}}}, "wallet.competitors[0].name"},
		{"target share over 100", Wallet{TargetShare: f64(120)}, "wallet.target_share"},
		{"offering without name", Wallet{Offerings: []Offering{{ID: "o"}}}, "wallet.offerings[0].name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			p.Wallet = tt.w
			assertProblem(t, p.Validate(), tt.path)
		})
	}
}

// validPlan is the smallest plan that passes validation.
func validPlan() *Plan {
	p := NewPlan("acc", "FY2027")
	p.Portfolio.Strength.Scores = nil
	return p
}

// assertProblem checks that err reports a problem at path, or no problem when path is "".
func assertProblem(t *testing.T, err error, path string) {
	t.Helper()
	if path == "" {
		if err != nil {
			t.Fatalf("unexpected problems:\n%v", err)
		}
		return
	}
	ps, ok := err.(Problems)
	if !ok {
		t.Fatalf("want a problem at %s, got %v", path, err)
	}
	for _, p := range ps {
		if p.Path == path {
			if p.Key == "" || p.Msg == "" {
				t.Fatalf("problem at %s lacks key or message: %+v", path, p)
			}
			return
		}
	}
	paths := make([]string, len(ps))
	for i, p := range ps {
		paths[i] = p.Path
	}
	t.Fatalf("want a problem at %s, got %s", path, strings.Join(paths, ", "))
}
