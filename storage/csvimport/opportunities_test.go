package csvimport_test

import (
	"os"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/storage/csvimport"
)

func importOpps(t *testing.T, s *storage.Store, planID, file string, opts csvimport.OppOptions) csvimport.Report {
	t.Helper()
	rep, err := csvimport.ImportOpportunities(ctx, s, planID, open(t, file), opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func dealNamed(t *testing.T, s *storage.Store, planID, name string) (domain.Deal, int) {
	t.Helper()
	p, err := s.LoadPlan(ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	var found domain.Deal
	n := 0
	for _, d := range p.Opportunities {
		if d.Name == name {
			found, n = d, n+1
		}
	}
	return found, n
}

func TestDetectCRM(t *testing.T) {
	for _, tc := range []struct {
		file string
		want csvimport.CRM
	}{
		{"sf_opportunities.csv", csvimport.CRMSalesforce}, {"hubspot_deals.csv", csvimport.CRMHubSpot},
		{"dynamics_opportunities.csv", csvimport.CRMDynamics}, {"pipedrive_deals_es.csv", csvimport.CRMPipedrive},
	} {
		tb, err := csvimport.Read(open(t, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		if got := csvimport.DetectCRM(tb.Header); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.file, got, tc.want)
		}
	}
}

// Each CRM's export lands with its stage, amount in cents, probability, close date and
// owner; every row has a note; rows of another account and rows that cannot be placed are
// refused with their reason.
func TestImportOpportunitiesOfEachCRM(t *testing.T) {
	for _, tc := range []struct {
		file, name, stage string
		amount            int64
		prob              int
		close             domain.Date
		owner             string
		created, skipped  int
		reasons           []string
	}{
		{"sf_opportunities.csv", "Gemelo digital de la acería, \"fase 1\"", "qualify", 25000050, 10, domain.NewDate(2027, 3, 31), "Pablo Ruiz", 3, 1,
			[]string{"line 5: Horno 3 de Siderúrgica is an opportunity of Siderúrgica del Sur", "placed in negotiate, the stage nearest its probability of 70 %"}},
		{"hubspot_deals.csv", "Sensores 🔥 IoT 製鉄所", "lost", 1200050, 0, domain.NewDate(2026, 11, 10), "Laura Gómez", 2, 1,
			[]string{"line 5: Plataforma de datos en la nube (repetida) is the same opportunity as line 2", "the owner Nadie Conocido is not in the account team"}},
		{"dynamics_opportunities.csv", "Servicios en la nube para la planta de Bilbao", "qualify", 15000000, 20, domain.NewDate(2027, 3, 31), "Marta Soler", 1, 1,
			[]string{`line 4: Consultoría sin etapa: the stage "Stage 9" is not one of the company's stages`}},
		{"pipedrive_deals_es.csv", "Ampliación de \"almacén\" norte", "negotiate", 123456789, 75, domain.NewDate(2027, 3, 15), "Laura Gómez", 2, 0,
			[]string{`line 3: Ampliación de "almacén" norte: new opportunity in negotiate`, "line 4: Licencias perdidas: new opportunity in lost"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			s := seeded(t)
			planID := acerosPlan(t, s)
			rep := importOpps(t, s, planID, tc.file, csvimport.OppOptions{})
			d, n := dealNamed(t, s, planID, tc.name)
			if n != 1 || d.Stage != tc.stage || d.Value != tc.amount || d.Probability != tc.prob || d.Close != tc.close || d.CRMID == "" {
				t.Errorf("%d× %+v", n, d)
			}
			a, _ := s.AccountByName(ctx, "Aceros del Norte, S.A.")
			if id, _ := a.MemberNamed(tc.owner); d.OwnerID != id {
				t.Errorf("owner %q, want %s", d.OwnerID, tc.owner)
			}
			if rep.Created != tc.created || rep.Skipped != tc.skipped {
				t.Errorf("created %d skipped %d: %.2000s", rep.Created, rep.Skipped, notes(rep))
			}
			for _, want := range tc.reasons {
				if !strings.Contains(notes(rep), want) {
					t.Errorf("no %q in\n%.2000s", want, notes(rep))
				}
			}
			if got := rep.Created + rep.Updated + rep.Unchanged + rep.Skipped; got != rep.Rows {
				t.Errorf("%d rows accounted for of %d:\n%s", got, rep.Rows, notes(rep))
			}
		})
	}
}

// A second import of the same file, the CRM having moved a deal on, updates it by its id
// and adds nothing; a name matching a deal of the plan links it to its CRM id.
func TestReimportMatchesByCRMIDAndDoublesNothing(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	before, _ := s.LoadPlan(ctx, planID)
	rep := importOpps(t, s, planID, "sf_opportunities.csv", csvimport.OppOptions{})
	if rep.Updated != 1 || rep.Created != 3 {
		t.Fatalf("%+v\n%s", rep.Counts(), notes(rep))
	}
	d, n := dealNamed(t, s, planID, "Mantenimiento predictivo en la planta de Bilbao")
	if n != 1 || d.CRMID != "0065g00000AbCdE" || d.Value != 100000 || d.Close != domain.NewDate(2026, 12, 15) {
		t.Fatalf("%d× %+v", n, d)
	}
	moved := strings.NewReplacer("Licencias MES 2027", "Licencias MES 2027 (renombrada)", "Qualification", "Closed Lost").
		Replace(readFile(t, "sf_opportunities.csv"))
	rep, err := csvimport.ImportOpportunities(ctx, s, planID, strings.NewReader(moved), csvimport.OppOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Created != 0 || rep.Updated != 1 || rep.Unchanged != 3 { // a new name alone changes nothing: the name is the KAM's
		t.Errorf("%+v\n%s", rep.Counts(), notes(rep))
	}
	after, _ := s.LoadPlan(ctx, planID)
	if len(after.Opportunities) != len(before.Opportunities)+3 {
		t.Errorf("%d opportunities, want %d", len(after.Opportunities), len(before.Opportunities)+3)
	}
	lost, _ := dealNamed(t, s, planID, "Gemelo digital de la acería, \"fase 1\"")
	if lost.Stage != domain.StageLost || lost.Probability != 0 || lost.ClosedOn.IsZero() || lost.Reason == "" {
		t.Errorf("%+v", lost)
	}
}

// A dry run (Prepare without Save) writes nothing: the store holds the plan as it was.
func TestOpportunitiesPrepareWritesNothing(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	before, _ := s.LoadPlan(ctx, planID)
	o, err := csvimport.ParseOpportunities(open(t, "hubspot_deals.csv"), csvimport.OppOptions{})
	if err != nil {
		t.Fatal(err)
	}
	oi, err := csvimport.PrepareOpportunities(ctx, s, planID, o)
	if err != nil || oi.Report.Created != 2 {
		t.Fatal(err, oi.Report.Counts())
	}
	after, _ := s.LoadPlan(ctx, planID)
	if len(after.Opportunities) != len(before.Opportunities) || after.Version != before.Version {
		t.Errorf("a dry run wrote: %d → %d opportunities", len(before.Opportunities), len(after.Opportunities))
	}
}

// Amounts that read two ways are refused until the person says the decimal mark, like dates.
func TestAmbiguousAmountsAreAsked(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	_, err := csvimport.ImportOpportunities(ctx, s, planID, open(t, "sheet_amounts_ambiguous.csv"), csvimport.OppOptions{})
	if err == nil || !strings.Contains(err.Error(), "--decimals") {
		t.Fatalf("%v", err)
	}
	for _, tc := range []struct {
		mark csvimport.Decimals
		want int64
	}{{csvimport.DecimalPoint, 150000}, {csvimport.DecimalComma, 150}} {
		s := seeded(t)
		planID := acerosPlan(t, s)
		importOpps(t, s, planID, "sheet_amounts_ambiguous.csv", csvimport.OppOptions{Decimals: tc.mark})
		if d, _ := dealNamed(t, s, planID, "A"); d.Value != tc.want {
			t.Errorf("%s: %d, want %d", tc.mark, d.Value, tc.want)
		}
	}
}

func TestOpportunityStages(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	file := "Deal Name,Deal Stage,Deal probability\n" +
		"A,Closed Won,\nB,closedwon,\nC,Cerrada perdida,\nD,PROPOSE,\nE,Negociación,\nF,Nowhere,0.3\nG,Nowhere,\n"
	rep, err := csvimport.ImportOpportunities(ctx, s, planID, strings.NewReader(file), csvimport.OppOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"A": "won", "B": "won", "C": "lost", "D": "propose", "E": "negotiate", "F": "develop"} {
		if d, _ := dealNamed(t, s, planID, name); d.Stage != want {
			t.Errorf("%s: %q, want %s", name, d.Stage, want)
		}
	}
	if _, n := dealNamed(t, s, planID, "G"); n != 0 || rep.Skipped != 1 {
		t.Errorf("G imported %d×; %s", n, notes(rep))
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
