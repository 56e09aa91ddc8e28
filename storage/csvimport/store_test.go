package csvimport_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/storage/csvimport"
)

var ctx = context.Background()

func seeded(t testing.TB) *storage.Store {
	s, err := storage.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// acerosPlan is the plan of the sample's Aceros del Norte.
func acerosPlan(t testing.TB, s *storage.Store) string {
	a, err := s.AccountByName(ctx, "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Portfolio(ctx)
	for _, r := range rows {
		if r.AccountID == a.ID {
			return r.PlanID
		}
	}
	t.Fatal("no plan")
	return ""
}

func open(t testing.TB, name string) *os.File {
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func importContacts(t *testing.T, s *storage.Store, planID, file string, opts csvimport.ContactOptions) (csvimport.Report, error) {
	t.Helper()
	return csvimport.ImportContacts(ctx, s, planID, open(t, file), opts)
}

func notes(rep csvimport.Report) string {
	var out []string
	for _, n := range rep.Notes {
		out = append(out, n.String())
	}
	return strings.Join(out, "\n")
}

func mustContain(t *testing.T, text string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, w) {
			t.Errorf("missing %q in:\n%s", w, text)
		}
	}
}

func TestImportContactsIntoTheSamplePlan(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	before, _ := s.LoadPlan(ctx, planID)
	rep, err := importContacts(t, s, planID, "salesforce_contacts.csv", csvimport.ContactOptions{})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := s.LoadPlan(ctx, planID)
	if rep.Created != 1 || rep.Updated != 3 || len(after.Contacts) != len(before.Contacts)+1 {
		t.Fatalf("report %+v; %d → %d contacts", rep, len(before.Contacts), len(after.Contacts))
	}
	acc, _ := s.Account(ctx, after.AccountID)
	cs, err := csvimport.ParseContacts(open(t, "salesforce_contacts.csv"), csvimport.DatesUnknown)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range cs.Rows {
		k := contactByName(after, r.Contact.Name)
		if k == nil || r.Owner == "" {
			continue
		}
		if id, ok := acc.MemberNamed(r.Owner); !ok || !hasPair(after, id, k.ID) {
			t.Errorf("%s is owned by %s in the CRM but no pair of theirs covers them", k.Name, r.Owner)
		}
	}
	begona := after.Contacts[1]
	if begona.Name != "Begoña Ibáñez" || begona.Attitude != before.Contacts[1].Attitude || begona.LastContact.String() != "2026-11-20" {
		t.Fatalf("merge changed the assessment or missed the newer activity: %+v", begona)
	}
}

// Finding 1: a file naming only another company is refused, and nothing lands.
func TestContactsOfAnotherCompanyAreRefused(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	before, _ := s.LoadPlan(ctx, planID)
	_, err := importContacts(t, s, planID, "sf_report_other_company.csv", csvimport.ContactOptions{})
	if domain.CodeOf(err) != domain.CodeInvalid || !strings.Contains(err.Error(), "Hotel Spa Marbella, S.L., not at Aceros del Norte, S.A.") {
		t.Fatalf("error %v", err)
	}
	if after, _ := s.LoadPlan(ctx, planID); after.Version != before.Version || len(after.Contacts) != len(before.Contacts) {
		t.Fatal("the refused file changed the plan")
	}
	// In the app, the person may pick that company's rows.
	pick := csvimport.ContactOptions{Companies: map[string]bool{csvimport.CompanyKey("Hotel Spa Marbella"): true}}
	rep, err := importContacts(t, s, planID, "sf_report_other_company.csv", pick)
	if err != nil || rep.Created != 2 {
		t.Fatalf("picked rows: %+v %v", rep, err)
	}
}

// Finding 2: different people with the same name stay two people.
func TestSameNameDifferentPeople(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	rep, err := importContacts(t, s, planID, "hubspot_same_names.csv", csvimport.ContactOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.LoadPlan(ctx, planID)
	var anas []domain.Contact
	for _, c := range p.Contacts {
		if c.Name == "Ana García" {
			anas = append(anas, c)
		}
	}
	if len(anas) != 2 || anas[0].Email != "ana.garcia@acerosdelnorte.es" || anas[1].Title != "Responsable de Calidad" {
		t.Fatalf("the two Anas: %+v", anas)
	}
	var begona domain.Contact
	for _, c := range p.Contacts {
		if c.Name == "Begoña Ibáñez" && c.Email == "bibanez@acerosdelnorte.es" {
			begona = c
		}
	}
	if begona.Title != "Directora financiera" {
		t.Fatalf("the plan's Begoña was overwritten: %+v", begona)
	}
	if rep.Created != 4 || rep.KeptBoth != 3 || rep.Updated != 1 {
		t.Fatalf("report %+v\n%s", rep, notes(rep))
	}
	mustContain(t, notes(rep),
		"line 3: Ana García may be Ana García <ana.garcia@acerosdelnorte.es> from line 2 (different e-mail: ana.garcia@acerosdelnorte.es and agarcia@acerosdelnorte.es): possible duplicate, kept both",
		"line 4: Begoña Ibáñez may be Begoña Ibáñez <bibanez@acerosdelnorte.es>, already in the plan (different e-mail",
		"line 5: Raúl Cienfuegos merged into Raúl Cienfuegos <rcienfuegos@acerosdelnorte.es>, already in the plan: same name and company, no e-mail on both sides, nothing contradicting",
		"line 6: Jon Arrieta may be Jon Arrieta <jarrieta@acerosdelnorte.es>, already in the plan (different title: Director de sistemas (CIO) and Jefe de Turno)")
}

func TestPossibleDuplicatesAsChosen(t *testing.T) {
	for _, tt := range []struct {
		choice         csvimport.Duplicates
		created, anas  int
		wantNoteSubstr string
	}{
		{csvimport.MergeThem, 1, 1, "merged as you chose"},
		{csvimport.SkipThem, 1, 1, "row skipped as you chose"},
	} {
		s := seeded(t)
		planID := acerosPlan(t, s)
		rep, err := importContacts(t, s, planID, "hubspot_same_names.csv", csvimport.ContactOptions{Duplicates: tt.choice})
		if err != nil {
			t.Fatal(err)
		}
		p, _ := s.LoadPlan(ctx, planID)
		n := 0
		for _, c := range p.Contacts {
			if c.Name == "Ana García" {
				n++
			}
		}
		if rep.Created != tt.created || n != tt.anas {
			t.Errorf("choice %d: report %+v, %d Anas", tt.choice, rep, n)
		}
		mustContain(t, notes(rep), tt.wantNoteSubstr)
	}
}

// Importing a file again right after writes nothing: the plan keeps its version.
func TestImportingTwiceThroughTheStoreWritesNothing(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	for _, f := range []string{"salesforce_contacts.csv", "hubspot_same_names.csv", "sf_contacts_details.csv", "excel_es_cr_only.csv", "dynamics_contacts_nobom.txt"} {
		if _, err := importContacts(t, s, planID, f, csvimport.ContactOptions{}); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		first, _ := s.LoadPlan(ctx, planID)
		rep, err := importContacts(t, s, planID, f, csvimport.ContactOptions{})
		if err != nil || rep.Created != 0 || rep.KeptBoth != 0 || rep.Updated != 0 {
			t.Fatalf("%s again: %+v %v", f, rep, err)
		}
		if again, _ := s.LoadPlan(ctx, planID); again.Version != first.Version {
			t.Fatalf("%s: the second import wrote", f)
		}
	}
}

func contactByName(p *domain.Plan, name string) *domain.Contact {
	for i := range p.Contacts {
		if p.Contacts[i].Name == name {
			return &p.Contacts[i]
		}
	}
	return nil
}

func hasPair(p *domain.Plan, memberID, contactID string) bool {
	_, ok := p.PairOf(memberID, contactID)
	return ok
}

// The CRM's owner of a person covers them: the team member of that name (case aside), or
// one who joins the team with the role "other" — once, however many rows name them.
// A member's own title stays as it was. Importing the file again changes nothing.
func TestCRMOwnerCoversThePerson(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	const file = "First Name,Last Name,Account Name,Email,Contact Owner\n" +
		"Nuevo,Cliente,\"Aceros del Norte, S.A.\",nuevo@acerosdelnorte.es,laura gómez\n" +
		"Otra,Persona,\"Aceros del Norte, S.A.\",otra@acerosdelnorte.es,Rosa Prieto\n" +
		"Begoña,Ibáñez,\"Aceros del Norte, S.A.\",bibanez@acerosdelnorte.es,Rosa Prieto\n" +
		"Iratxe,Zabala,\"Aceros del Norte, S.A.\",izabala@acerosdelnorte.es,Marta Soler\n"
	rep, err := csvimport.ImportContacts(ctx, s, planID, strings.NewReader(file), csvimport.ContactOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.LoadPlan(ctx, planID)
	a, _ := s.Account(ctx, p.AccountID)
	laura, _ := a.MemberNamed("Laura Gómez")
	var rosa []domain.TeamMember
	for _, m := range a.Team {
		if m.Name == "Rosa Prieto" {
			rosa = append(rosa, m)
		}
	}
	if len(rosa) != 1 || rosa[0].Role != domain.RoleOther {
		t.Fatalf("Rosa Prieto in the team: %+v", rosa)
	}
	marta, _ := a.MemberNamed("Marta Soler")
	if m, _ := a.Member(marta); m.Title != "Ejecutiva de cuenta" {
		t.Fatal("the team saved with a new member lost Marta Soler's title")
	}
	for name, member := range map[string]string{"Nuevo Cliente": laura, "Otra Persona": rosa[0].ID, "Begoña Ibáñez": rosa[0].ID} {
		if k := contactByName(p, name); k == nil || !hasPair(p, member, k.ID) {
			t.Errorf("%s is not covered by their CRM owner", name)
		}
	}
	mustContain(t, notes(rep), "Rosa Prieto, the owner of Otra Persona in the CRM, joins the account team")
	if _, err := csvimport.ImportContacts(ctx, s, planID, strings.NewReader(file), csvimport.ContactOptions{}); err != nil {
		t.Fatal(err)
	}
	q, _ := s.LoadPlan(ctx, planID)
	b, _ := s.Account(ctx, p.AccountID)
	if q.Version != p.Version || b.Version != a.Version {
		t.Fatal("importing the same owners again changed the plan or the team")
	}
}
