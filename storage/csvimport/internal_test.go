package csvimport_test

import (
	"testing"

	"kamplan/storage/csvimport"
)

// An opportunity the KAM marked "internal only" stays so when the CRM's export updates it;
// the opportunities the export adds are shared, as every new one is.
func TestCRMImportKeepsAnOpportunityInternalOnly(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	p, err := s.LoadPlan(ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	const name = "Mantenimiento predictivo en la planta de Bilbao"
	for i := range p.Opportunities {
		p.Opportunities[i].Internal = p.Opportunities[i].Name == name
	}
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	rep := importOpps(t, s, planID, "sf_opportunities.csv", csvimport.OppOptions{})
	if rep.Updated != 1 || rep.Created != 3 {
		t.Fatalf("%+v\n%s", rep.Counts(), notes(rep))
	}
	after, _ := s.LoadPlan(ctx, planID)
	for _, d := range after.Opportunities {
		if d.Internal != (d.Name == name) {
			t.Errorf("%q internal only: %v", d.Name, d.Internal)
		}
		if d.Name == name && d.CRMID == "" {
			t.Errorf("%q was not the one the export updated: %+v", name, d)
		}
	}
	if len(after.Opportunities) != len(p.Opportunities)+3 {
		t.Fatalf("%d opportunities after the import", len(after.Opportunities))
	}
}
