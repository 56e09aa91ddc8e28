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

func merge(p *domain.Plan, account string, rows []ContactRow, opts ContactOptions) Report {
	var rep Report
	MergeContacts(p, &domain.Account{Name: account}, rows, opts, &rep)
	rep.sortNotes()
	return rep
}

func contactNamed(p *domain.Plan, name string) *domain.Contact {
	for i := range p.Contacts {
		if p.Contacts[i].Name == name {
			return &p.Contacts[i]
		}
	}
	return nil
}

func notesText(ns []Note) string {
	var out []string
	for _, n := range ns {
		out = append(out, n.String())
	}
	return strings.Join(out, "\n")
}

func TestMergeContacts(t *testing.T) {
	cs := parseFile(t, "salesforce_contacts.csv")
	existing := domain.Contact{ID: "old", Name: "Begoña Ibáñez", Email: "BIBANEZ@acerosdelnorte.es",
		Influence: 5, Attitude: 2, RelNow: 3, RelTarget: 4, Title: "Compras", LastContact: domain.NewDate(2026, 11, 23)}
	p := planWith(existing)
	rep := merge(p, "Aceros del Norte", cs.Rows, ContactOptions{})

	if rep.Created != 3 || rep.Updated != 1 || rep.Skipped != 1 {
		t.Fatalf("report %+v", rep)
	}
	b := p.FindContact("old")
	if b.Title != "Compras" || b.Influence != 5 || b.Attitude != 2 || b.RelNow != 3 {
		t.Fatalf("update lost the assessment or the stored title: %+v", b)
	}
	if len(rep.Differences) != 1 || rep.Differences[0].String() != "line 2: Begoña Ibáñez: title Compras ≠ Directora de Compras" {
		t.Fatalf("differences %v", rep.Differences)
	}
	if b.LastContact.String() != "2026-11-23" {
		t.Fatalf("an older activity replaced a newer last contact: %s", b.LastContact)
	}
	inigo := contactNamed(p, "Íñigo Zubizarreta")
	if b.ReportsTo != inigo.ID {
		t.Fatalf("Begoña reports to %q, want Íñigo %q", b.ReportsTo, inigo.ID)
	}
	if contactNamed(p, "Ana Rius") != nil {
		t.Fatal("a contact of another account was imported")
	}
	all := notesText(rep.Notes)
	for _, want := range []string{"Nadie Conocido", "line 2: Begoña Ibáñez merged into Begoña Ibáñez <BIBANEZ@acerosdelnorte.es>, already in the plan: same e-mail address",
		"Ana Rius is at Cementos del Ebro, not at Aceros del Norte: row left out"} {
		if !strings.Contains(all, want) {
			t.Errorf("notes lack %q:\n%s", want, all)
		}
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
	rep := merge(p, "X", rows, ContactOptions{})
	if p.FindContact("b").ReportsTo != "" || !strings.Contains(notesText(rep.Notes), "would form a cycle") {
		t.Fatalf("cycle accepted: %+v %v", p.Contacts, rep.Notes)
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
	if len(as.Rows) != 3 || len(as.Notes) != 2 {
		t.Fatalf("%d rows, notes %v", len(as.Rows), as.Notes)
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
	if !strings.Contains(notesText(as.Notes), "line 5: Papelera Atlántica is the same company as Papelera Atlántica on line 3") {
		t.Errorf("duplicate row not named with its lines: %v", as.Notes)
	}
}

// A person found again keeps what the plan holds where the file differs — each difference
// reported with its line, the stored and the file's value — unless the file is preferred;
// blank fields are filled either way.
func TestContactMergeReportsDifferences(t *testing.T) {
	stored := domain.Contact{ID: "b", Name: "Begoña Ibáñez", Email: "bibanez@acerosdelnorte.es", Title: "Compras",
		Phone: "+34 944 000 000", Influence: 5, RelNow: 3, RelTarget: 4}
	row := ContactRow{Line: 7, Contact: domain.Contact{Name: "Begoña Ibáñez", Email: "BIBANEZ@acerosdelnorte.es",
		Title: "Directora de Compras", Department: "Compras", Phone: "+34 944 000 111"}}
	const diffs = "line 7: Begoña Ibáñez: title Compras ≠ Directora de Compras\n" +
		"line 7: Begoña Ibáñez: phone +34 944 000 000 ≠ +34 944 000 111"
	tests := []struct {
		prefer       Prefer
		title, phone string
		note         string
	}{
		{PreferStored, "Compras", "+34 944 000 000", `line 7: title of Begoña Ibáñez <bibanez@acerosdelnorte.es>, already in the plan, is "Compras"; the file has "Directora de Compras": kept`},
		{PreferFile, "Directora de Compras", "+34 944 000 111", `line 7: title of Begoña Ibáñez <bibanez@acerosdelnorte.es>, already in the plan, was "Compras"; the file has "Directora de Compras": replaced`},
	}
	for _, tt := range tests {
		p := planWith(stored)
		rep := merge(p, "Aceros del Norte", []ContactRow{row}, ContactOptions{Prefer: tt.prefer})
		var got []string
		for _, d := range rep.Differences {
			got = append(got, d.String())
			if d.Replaced != (tt.prefer == PreferFile) {
				t.Errorf("prefer %d: %s replaced = %v", tt.prefer, d, d.Replaced)
			}
		}
		if strings.Join(got, "\n") != diffs {
			t.Errorf("prefer %d: differences\n%s", tt.prefer, strings.Join(got, "\n"))
		}
		b := p.FindContact("b")
		if b.Title != tt.title || b.Phone != tt.phone || b.Department != "Compras" || b.Influence != 5 {
			t.Errorf("prefer %d: %+v", tt.prefer, b)
		}
		if !strings.Contains(notesText(rep.Notes), tt.note) {
			t.Errorf("prefer %d: notes lack %q:\n%s", tt.prefer, tt.note, notesText(rep.Notes))
		}
	}
}
