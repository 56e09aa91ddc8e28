package storage

import (
	"slices"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// A plan file's KPI interim targets are imported with their KPI; a file repeating a period
// of them, or leaving one out, is refused with the problem's place and writes nothing.
func TestImportKeepsAKPIsInterimTargets(t *testing.T) {
	f := gen.Portfolio(1)[0]
	p := &f.Plans[0]
	want := []domain.Measurement{{Period: "2027-03", Value: 60}, {Period: "2027-06", Value: 75.5}}
	p.KPIs[0].Milestones = append(want, domain.Measurement{Period: "2027-03", Value: 61}, domain.Measurement{Value: 80})
	b, _ := EncodePlanFile(f)
	s := tempStore(t)
	_, err := s.ImportJSON(ctx, b, false)
	if err == nil {
		t.Fatal("a repeated interim target's period was imported")
	}
	for _, bad := range []string{"plans[0].kpis[0].milestones[2].period", "plans[0].kpis[0].milestones[3].period"} {
		if !strings.Contains(err.Error(), bad) {
			t.Errorf("problems do not include %q:\n%s", bad, err)
		}
	}
	if rows, _ := s.Portfolio(ctx); len(rows) != 0 {
		t.Fatal("a refused file wrote something")
	}
	p.KPIs[0].Milestones = want
	b, _ = EncodePlanFile(f)
	if _, err := s.ImportJSON(ctx, b, false); err != nil {
		t.Fatalf("the corrected file was refused: %v", err)
	}
	got, err := s.LoadPlan(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	k := got.FindKPI(p.KPIs[0].ID)
	if k == nil {
		t.Fatal("the KPI was not imported")
	}
	if !slices.Equal(k.Milestones, want) {
		t.Fatalf("stored interim targets %v, want %v", k.Milestones, want)
	}
}
