package csvimport

import (
	"os"
	"strings"
	"testing"

	"kamplan/domain"
)

func planWith(contacts ...domain.Contact) *domain.Plan {
	p := domain.NewPlan("acc", "FY2027")
	p.Contacts = contacts
	return p
}

func TestMergeContacts(t *testing.T) {
	cs := parseFile(t, "salesforce_contacts.csv")
	existing := domain.Contact{ID: "old", Name: "Begoña Ibáñez", Email: "BIBANEZ@acerosdelnorte.es",
		Influence: 5, Attitude: 2, RelNow: 3, RelTarget: 4, Title: "Compras", LastContact: domain.NewDate(2026, 11, 23)}
	p := planWith(existing)
	rep := MergeContacts(p, "Aceros del Norte", cs.Rows)

	if rep.Added != 3 || rep.Updated != 1 || rep.OtherAccounts != 1 {
		t.Fatalf("report %+v", rep)
	}
	b := p.FindContact("old")
	if b.Title != "Directora de Compras" || b.Influence != 5 || b.Attitude != 2 || b.RelNow != 3 {
		t.Fatalf("update lost the assessment or the new title: %+v", b)
	}
	if b.LastContact.String() != "2026-11-23" {
		t.Fatalf("an older activity replaced a newer last contact: %s", b.LastContact)
	}
	inigo := findSame(p, domain.Contact{Name: "Íñigo Zubizarreta"})
	if b.ReportsTo != inigo.ID {
		t.Fatalf("Begoña reports to %q, want Íñigo %q", b.ReportsTo, inigo.ID)
	}
	if findSame(p, domain.Contact{Name: "Ana Rius"}) != nil {
		t.Fatal("a contact of another account was imported")
	}
	if len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0].Msg, "Nadie Conocido") {
		t.Fatalf("problems %v", rep.Problems)
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("merged plan invalid: %v", err)
	}
}

func TestMergeRefusesCycles(t *testing.T) {
	a := domain.Contact{ID: "a", Name: "Ana", Influence: 3, ReportsTo: "b"}
	b := domain.Contact{ID: "b", Name: "Bea", Influence: 3}
	p := planWith(a, b)
	rows := []ContactRow{{Line: 2, Contact: domain.Contact{Name: "Bea"}, ReportsTo: "Ana"}}
	rep := MergeContacts(p, "X", rows)
	if p.FindContact("b").ReportsTo != "" || len(rep.Problems) != 1 || rep.Problems[0].Key != "csv.manager_cycle" {
		t.Fatalf("cycle accepted: %+v %v", p.Contacts, rep.Problems)
	}
}

func TestOrgKey(t *testing.T) {
	same := [][2]string{
		{"Aceros del Norte, S.A.", "aceros del norte"},
		{"Aceros del Norte SA", "ACEROS DEL NORTE"},
		{"Papelera Atlántica", "Papelera Atlantica"},
		{"Nordic Paper AB", "Nordic Paper AB"},
	}
	for _, s := range same {
		if orgKey(s[0]) != orgKey(s[1]) {
			t.Errorf("%q and %q differ: %q %q", s[0], s[1], orgKey(s[0]), orgKey(s[1]))
		}
	}
	if orgKey("Aceros del Norte") == orgKey("Aceros del Sur") {
		t.Error("different organisations compare equal")
	}
}

func TestParseAccounts(t *testing.T) {
	f, err := os.Open("testdata/salesforce_accounts.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	as, err := ParseAccounts(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(as.Rows) != 3 || len(as.Problems) != 2 {
		t.Fatalf("%d rows, problems %v", len(as.Rows), as.Problems)
	}
	want := []struct {
		name    string
		tier    domain.Tier
		country string
	}{
		{"Cementos del Ebro, S.A.", domain.TierStrategic, "Spain"},
		{"Papelera Atlántica", domain.TierOther, "Portugal"},
		{"Conservas Cantábricas", domain.TierKey, "Spain"},
	}
	for i, w := range want {
		a := as.Rows[i].Account
		if a.Name != w.name || a.Tier != w.tier || a.Country != w.country {
			t.Errorf("row %d: %+v", i, a)
		}
		if err := a.Validate(); err != nil {
			t.Errorf("imported account invalid: %v", err)
		}
	}
}
