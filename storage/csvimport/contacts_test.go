package csvimport

import (
	"os"
	"strings"
	"testing"

	"kamplan/domain"
)

func parseFile(t *testing.T, name string) Contacts {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cs, err := ParseContacts(f, DatesUnknown)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return cs
}

func byName(cs Contacts, name string) *ContactRow {
	for i := range cs.Rows {
		if cs.Rows[i].Contact.Name == name {
			return &cs.Rows[i]
		}
	}
	return nil
}

func TestParseCRMExports(t *testing.T) {
	tests := []struct {
		file     string
		rows     int
		problems int
		name     string
		title    string
		email    string
		account  string
		last     string
		selling  domain.SellingRole
	}{
		{"salesforce_contacts.csv", 5, 3, "Begoña Ibáñez", "Directora de Compras", "bibanez@acerosdelnorte.es", "Aceros del Norte, S.A.", "2026-11-20", domain.SellingEconomic},
		{"hubspot_contacts.csv", 2, 0, "Lucía Fernández", "Procurement Manager", "lucia.fernandez@papelera.pt", "Papelera Atlántica", "2026-11-18", ""},
		{"excel_es_cp1252.csv", 2, 0, "Begoña Ibáñez", "Directora de Compras (€ y ahorro)", "bibanez@acerosdelnorte.es", "Aceros del Norte", "2026-11-22", domain.SellingEconomic},
		{"excel_unicode_utf16.txt", 1, 0, "Søren Ødegård", "CTO", "soren@nordicpaper.se", "Nordic Paper AB", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			cs := parseFile(t, tt.file)
			if len(cs.Rows) != tt.rows || len(cs.Notes) != tt.problems {
				t.Fatalf("%d rows, %d problems %v; want %d, %d", len(cs.Rows), len(cs.Notes), cs.Notes, tt.rows, tt.problems)
			}
			r := byName(cs, tt.name)
			if r == nil {
				t.Fatalf("no contact %q in %v", tt.name, cs.Rows)
			}
			c := r.Contact
			if c.Title != tt.title || c.Email != tt.email || r.Account != tt.account || c.LastContact.String() != tt.last || c.SellingRole != tt.selling {
				t.Fatalf("read %+v (account %q)", c, r.Account)
			}
			if c.Influence != 3 || c.Attitude != 0 || c.ID == "" {
				t.Fatalf("imported contact not given neutral assessments: %+v", c)
			}
		})
	}
}

func TestParseSalesforceDetails(t *testing.T) {
	cs := parseFile(t, "salesforce_contacts.csv")
	mikel := byName(cs, "Mikel Etxeberria")
	if mikel == nil || mikel.Contact.Title != "Jefe de Mantenimiento\nPlanta Bilbao" {
		t.Fatalf("multi-line quoted title lost: %+v", mikel)
	}
	if mikel.Contact.SellingRole != domain.SellingTechnical || !mikel.Contact.HasRole(domain.BuyingInfluencer) {
		t.Fatalf("roles %+v", mikel.Contact)
	}
	inigo := byName(cs, "Íñigo Zubizarreta")
	if inigo.Contact.LastContact.String() != "2026-10-02" {
		t.Fatalf("a US-dated column read day-first: %s", inigo.Contact.LastContact)
	}
	var msgs []string
	for _, p := range cs.Notes {
		msgs = append(msgs, p.String())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"line 7: no name", "carlos.pardo(at)acerosdelnorte.es", "13/45/2026"} {
		if !strings.Contains(all, want) {
			t.Errorf("problems do not mention %q:\n%s", want, all)
		}
	}
}

func TestParseRejectsWhatIsNotAContactList(t *testing.T) {
	tests := []struct {
		name, data, key string
	}{
		{"empty", "", "csv.empty"},
		{"blank lines", "\n\n  \n", "csv.empty"},
		{"no name column", "Email,Phone\na@b.c,1\n", "csv.no_names"},
		{"binary", "PK\x03\x04\x00\x00binary", "csv.binary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseContacts(strings.NewReader(tt.data), DatesUnknown)
			var e *domain.Error
			if err == nil || !asError(err, &e) || e.Key != tt.key {
				t.Fatalf("error %v, want key %s", err, tt.key)
			}
		})
	}
}

func asError(err error, e **domain.Error) bool {
	v, ok := err.(*domain.Error)
	*e = v
	return ok
}

func TestDelimiterAndDates(t *testing.T) {
	tests := []struct {
		in    string
		order DateOrder
		want  string
	}{
		{"2026-11-22", DatesUnknown, "2026-11-22"},
		{"22/11/2026", DatesUnknown, "2026-11-22"},
		{"22.11.2026", DatesUnknown, "2026-11-22"},
		{"22/11/26", DatesUnknown, "2026-11-22"},
		{"11/22/2026", DatesUnknown, "2026-11-22"},
		{"03/04/2026", DatesMDY, "2026-03-04"},
		{"03/04/2026", DatesDMY, "2026-04-03"},
		{"03/04/2026", DatesUnknown, ""},
		{"04/04/2026", DatesUnknown, "2026-04-04"},
		{"2026-11-22T10:30:00Z", DatesUnknown, "2026-11-22"},
		{"Nov 22, 2026", DatesUnknown, "2026-11-22"},
		{"22/11/2026 10:30", DatesUnknown, "2026-11-22"},
		{"31/02/2026", DatesDMY, ""},
		{"yesterday", DatesUnknown, ""},
	}
	for _, tt := range tests {
		d, ok := parseDate(tt.in, tt.order)
		if got := d.String(); got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for in, want := range map[string]byte{"a,b;c,d": ',', "a;b;c": ';', "a\tb\tc": '\t', `"x;y",b,c`: ',', "a|b|c": '|'} {
		if got := sniffDelimiter(in); got != want {
			t.Errorf("sniffDelimiter(%q) = %q", in, got)
		}
	}
}
