package csvimport_test

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/storage/csvimport"
)

func prepareAccounts(t *testing.T, s *storage.Store, file string) *csvimport.AccountsImport {
	t.Helper()
	as, err := csvimport.ParseAccounts(open(t, file))
	if err != nil {
		t.Fatal(err)
	}
	ai, err := csvimport.PrepareAccounts(ctx, s, as, csvimport.PreferStored)
	if err != nil {
		t.Fatal(err)
	}
	return ai
}

func names(as []*domain.Account) string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return strings.Join(out, "|")
}

// Finding 3: words inside a name count; accents, punctuation and a trailing legal form do not.
func TestCompaniesMatchByTheirNamesOnly(t *testing.T) {
	s := seeded(t)
	for _, n := range []string{"Hotel Spa Marbella", "Cafe Origenes"} {
		if _, err := s.CreateAccount(ctx, &domain.Account{Name: n, Tier: domain.TierOther}, "FY2027"); err != nil {
			t.Fatal(err)
		}
	}
	ai := prepareAccounts(t, s, "sf_accounts_legal_forms.csv")
	if got := names(ai.Create); got != "Hotel Marbella|Talleres Co" {
		t.Fatalf("created %s", got)
	}
	if got := names(ai.Update); got != "Cafe Origenes" {
		t.Fatalf("updated %s", got)
	}
	mustContain(t, notes(ai.Report),
		"line 3: Café Orígenes Ltda. is Cafe Origenes, already in the portfolio (same name once case, accents, punctuation and a legal form at the end are set aside): industry, country, website, owner, employees, annual revenue filled in",
		"line 4: Cementos del Ebro S.A. is Cementos del Ebro, S.A., already in the portfolio (same name once case, accents, punctuation and a legal form at the end are set aside): nothing new",
		`line 4: industry of Cementos del Ebro, S.A., already in the portfolio, is "Cemento y hormigón"; the file has "Construction": kept`,
		"line 6: Talleres Co. is the same company as Talleres Co on line 5")
	if err := ai.Save(ctx, s, "FY2027"); err != nil {
		t.Fatal(err)
	}
	cafe, _ := s.AccountByName(ctx, "Cafe Origenes")
	if cafe.Employees != 120 || cafe.AnnualRevenue != 850_000_000 || cafe.Website != "www.cafeorigenes.co" {
		t.Fatalf("profile not completed: %+v", cafe)
	}
	for k, want := range map[[2]string]bool{
		{"Hotel Spa Marbella", "Hotel Marbella"}: false, {"Café Orígenes Ltda.", "Cafe Origenes"}: true,
		{"Spa Marbella SpA", "Spa Marbella"}: true, {"Aceros del Norte, S. A.", "ACEROS DEL NORTE"}: true,
		{"Coca-Cola Co.", "Coca Cola"}: true, {"AG Barr", "Barr"}: false, {"Müller GmbH & Co. KG", "Muller"}: true,
	} {
		if got := csvimport.CompanyKey(k[0]) == csvimport.CompanyKey(k[1]); got != want {
			t.Errorf("%q vs %q: same = %v", k[0], k[1], got)
		}
	}
}

// Finding 4: an unterminated quote refuses the file, with its line.
func TestUnterminatedQuoteIsAnError(t *testing.T) {
	_, err := csvimport.ParseAccounts(open(t, "excel_es_unterminated.csv"))
	if domain.CodeOf(err) != domain.CodeInvalid || !strings.Contains(err.Error(), "line 3: a quote opens a value that never closes") {
		t.Fatalf("error %v", err)
	}
}

// Finding 6: one stray byte does not make a UTF-8 file Windows-1252: its row is refused.
func TestStrayByteIsReportedNotReDecoded(t *testing.T) {
	cs, err := csvimport.ParseContacts(open(t, "hubspot_stray_byte.csv"), csvimport.DatesUnknown)
	if err != nil {
		t.Fatal(err)
	}
	if cs.Table.Encoding != csvimport.EncUTF8 || len(cs.Rows) != 3 || cs.Rows[0].Contact.Name != "Begoña Ibáñez" {
		t.Fatalf("%s, rows %+v", cs.Table.Encoding, cs.Rows)
	}
	mustContain(t, notes(csvimport.Report{Notes: cs.Notes}), `line 4: "First Name" holds byte 0xE9, which is not UTF-8 text: row skipped`)
}

// Finding 7: every column has a fate; shifted columns are refused with their line.
func TestEveryColumnHasAFate(t *testing.T) {
	s := seeded(t)
	ai := prepareAccounts(t, s, "hubspot_companies.csv")
	if got := strings.Join(ai.Report.NotUsed(), "|"); got != "Lifecycle Stage" { // Record ID is the CRM id
		t.Fatalf("not used: %s", got)
	}
	if len(ai.Create) != 1 || ai.Create[0].Owner != "Laura Gómez" || ai.Create[0].Employees != 80 || ai.Create[0].AnnualRevenue != 1_200_000_000 || ai.Create[0].Size != "" ||
		ai.Create[0].Notes != "City: Bilbao\nPhone Number: +34 944 111 000\nDescription: Family business.\nBuys fasteners twice a year." {
		t.Fatalf("created %+v", ai.Create)
	}
	mustContain(t, notes(ai.Report), "line 4: 12 values for 11 columns (a comma inside a value that is not quoted shifts the columns): row skipped",
		"line 5: Aceros del Norte SA is Aceros del Norte, S.A., already in the portfolio")
	if ai.Report.Skipped != 1 || ai.Report.Rows != 3 {
		t.Fatalf("report %+v", ai.Report)
	}
	planID := acerosPlan(t, s)
	rep, err := importContacts(t, s, planID, "sf_contacts_details.csv", csvimport.ContactOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.LoadPlan(ctx, planID)
	nerea := p.Contacts[6]
	if nerea.Name != "Nerea Larrañaga" || nerea.Phone != "+34 944 000 120" ||
		!strings.Contains(nerea.Notes, "Mobile: +34 600 000 120\nMailing City: Bilbao\nMailing Country: Spain\nDescription: Met at Hannover Messe.\nPrefers e-mail to calls.") {
		t.Fatalf("Nerea %+v", nerea)
	}
	if got := strings.Join(rep.NotUsed(), "|"); got != "Lead Source" {
		t.Fatalf("not used: %s", got)
	}
}

// Finding 8: CR-only lines, UTF-16 without BOM, long cells and duplicates are read and reported.
func TestLineEndsEncodingsAndLimits(t *testing.T) {
	tests := []struct {
		file, enc string
		rows      int
		first     string
		note      string
	}{
		{"excel_es_cr_only.csv", csvimport.EncWindows1252, 2, "Begoña Ibáñez", ""},
		{"dynamics_contacts_nobom.txt", csvimport.EncUTF16LENoBOM, 2, "Søren Ødegård", ""},
		{"hubspot_long_description.csv", csvimport.EncUTF8, 2, "Ane Goikoetxea", `line 2: "Description" has 12599 characters, more than 10000: value left out`},
	}
	for _, tt := range tests {
		cs, err := csvimport.ParseContacts(open(t, tt.file), csvimport.DatesUnknown)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if cs.Table.Encoding != tt.enc || len(cs.Rows) != tt.rows || cs.Rows[0].Contact.Name != tt.first {
			t.Errorf("%s: %s, %d rows, first %+v", tt.file, cs.Table.Encoding, len(cs.Rows), cs.Rows[0].Contact)
		}
		if tt.note != "" {
			mustContain(t, notes(csvimport.Report{Notes: cs.Notes}), tt.note)
		}
	}
	s := seeded(t)
	ai := prepareAccounts(t, s, "excel_es_cuentas.csv")
	mustContain(t, notes(ai.Report),
		"line 3: Papelera Atlántica SA is Papelera Atlântica, S.A.",
		"line 4: Conservas del Cantábrico, S.L. is the same company as Conservas del Cantábrico on line 2",
		"line 5: no account name: row skipped")
	if len(ai.Create) != 1 || ai.Create[0].Employees != 220 || ai.Create[0].AnnualRevenue != 2_500_000_000 || ai.Create[0].RevenueCurrency != "EUR" || ai.Create[0].Notes != "Ciudad: Santoña\nObservaciones: Anchoas y bonito" {
		t.Fatalf("created %+v", ai.Create)
	}
	dyn := prepareAccounts(t, s, "dynamics_accounts_unicode.txt")
	if dyn.Report.Encoding != csvimport.EncUTF16LE || len(dyn.Create) != 1 || dyn.Create[0].Name != "Astilleros del Sur, S.A." || dyn.Report.Delimiter != "tab" {
		t.Fatalf("dynamics %+v", dyn)
	}
	if got := strings.Join(dyn.Report.NotUsed(), "|"); got != "Primary Contact" {
		t.Fatalf("not used: %s", got)
	}
}
