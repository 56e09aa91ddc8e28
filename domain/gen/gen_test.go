package gen

import (
	"kamplan/domain"
	"reflect"
	"testing"
)

func TestLargePlan(t *testing.T) {
	f := LargePlan()
	p := f.Plans[0]
	if len(p.Contacts) != 300 || len(p.Actions) != 500 || len(p.KPIs) != 50 || len(p.KPIs[0].History) != 24 {
		t.Fatalf("sizes: %d contacts, %d actions, %d KPIs", len(p.Contacts), len(p.Actions), len(p.KPIs))
	}
	if err := f.Account.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := p.Impossible(domain.NewDate(2026, 12, 1)); err != nil {
		t.Fatalf("the large plan holds impossible figures: %v", err)
	}
	if !reflect.DeepEqual(f, LargePlan()) {
		t.Fatal("two calls differ")
	}
}

func TestPortfolio(t *testing.T) {
	fs := Portfolio(200)
	names := map[string]bool{}
	quadrants := map[string]int{}
	for _, f := range fs {
		if names[f.Account.Name] {
			t.Fatalf("%s repeated", f.Account.Name)
		}
		names[f.Account.Name] = true
		p := f.Plans[0]
		if err := p.Validate(); err != nil {
			t.Fatalf("%s: %v", f.Account.Name, err)
		}
		if err := p.Impossible(domain.NewDate(2026, 12, 1)); err != nil {
			t.Fatalf("%s holds impossible figures (importers refuse them): %v", f.Account.Name, err)
		}
		pf := p.Portfolio
		pf.Attractiveness.Factors = domain.DefaultAttractivenessFactors()
		quadrants[string(pf.Position(5.5).Quadrant)]++
	}
	if len(quadrants) != 4 {
		t.Fatalf("the portfolio does not fill the four quadrants: %v", quadrants)
	}
}
