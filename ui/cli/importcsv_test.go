package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testdata = "../../storage/csvimport/testdata/"

func TestImportCSVDryRunWritesNothing(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	before := run("--db", db, "list").stdout
	info, _ := os.Stat(db)
	r := run("--db", db, "import-csv", "--dry-run", "--accounts", testdata+"hubspot_companies.csv")
	if r.code != 0 || !strings.Contains(r.stdout, "dry run") || !strings.Contains(r.stdout, "1 new account, 1 updated") ||
		!strings.Contains(r.stdout, "not used: Lifecycle Stage") || !strings.Contains(r.stdout, `column "Annual Revenue" → annual revenue`) ||
		!strings.Contains(r.stderr, "line 4: 12 values for 11 columns") {
		t.Fatalf("%+v", r)
	}
	r = run("--db", db, "import-csv", "--dry-run", "--account", "Aceros del Norte, S.A.", testdata+"hubspot_same_names.csv")
	if r.code != 0 || !strings.Contains(r.stdout, "4 new contacts") || !strings.Contains(r.stderr, "possible duplicate, kept both") {
		t.Fatalf("%+v", r)
	}
	after, _ := os.Stat(db)
	if run("--db", db, "list").stdout != before || !after.ModTime().Equal(info.ModTime()) {
		t.Fatal("a dry run wrote")
	}
	nodb := filepath.Join(t.TempDir(), "none.db")
	if r := run("--db", nodb, "import-csv", "--dry-run", "--accounts", testdata+"dynamics_accounts_unicode.txt"); r.code != 0 || !strings.Contains(r.stdout, "2 new accounts") {
		t.Fatalf("%+v", r)
	}
	if _, err := os.Stat(nodb); err == nil {
		t.Fatal("a dry run created a database")
	}
}

func TestImportCSVRefusesAnotherCompanysContacts(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	r := run("--db", db, "import-csv", "--account", "Aceros del Norte, S.A.", testdata+"sf_report_other_company.csv")
	if r.code != 1 || !strings.Contains(r.stderr, "are at Hotel Spa Marbella, S.L., not at Aceros del Norte, S.A.: nothing was imported") {
		t.Fatalf("%+v", r)
	}
	r = run("--db", db, "import-csv", "--accounts", testdata+"excel_es_unterminated.csv")
	if r.code != 1 || !strings.Contains(r.stderr, "line 3: a quote opens a value that never closes") {
		t.Fatalf("%+v", r)
	}
	if r := run("--db", db, "list"); strings.Contains(r.stdout, "Herrajes") {
		t.Fatal("a refused file imported accounts")
	}
}

func TestImportCSVMappingFile(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	mapping := filepath.Join(t.TempDir(), "m.json")
	os.WriteFile(mapping, []byte(`{"Record ID": "notes", "Description": "none"}`), 0o644)
	r := run("--db", db, "import-csv", "--dry-run", "--mapping", mapping, "--accounts", testdata+"hubspot_companies.csv")
	if r.code != 0 || !strings.Contains(r.stdout, `column "Record ID" → notes`) || !strings.Contains(r.stdout, "not used: Description, Lifecycle Stage") {
		t.Fatalf("%+v", r)
	}
	os.WriteFile(mapping, []byte(`{"Record ID": "shoe size"}`), 0o644)
	if r := run("--db", db, "import-csv", "--mapping", mapping, "--accounts", testdata+"hubspot_companies.csv"); r.code != 1 || !strings.Contains(r.stderr, `"shoe size" is not a field`) {
		t.Fatalf("%+v", r)
	}
}

// A contacts export given as accounts is refused whole: one line saying why, exit status
// 1, and the database (existing or not) as it was.
func TestImportCSVRefusesPeopleAsAccounts(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	before := run("--db", db, "list").stdout
	info, _ := os.Stat(db)
	for _, file := range []string{"salesforce_contacts.csv", "hubspot_contacts.csv", "dynamics_contacts_nobom.txt", "excel_es_cp1252.csv"} {
		r := run("--db", db, "import-csv", "--accounts", testdata+file)
		if r.code != 1 || !strings.HasPrefix(r.stderr, "kamplan: ") || strings.Count(r.stderr, "\n") != 1 ||
			!strings.Contains(r.stderr, "hold people, not companies") || r.stdout != "" {
			t.Fatalf("%s: %+v", file, r)
		}
	}
	after, _ := os.Stat(db)
	if run("--db", db, "list").stdout != before || !after.ModTime().Equal(info.ModTime()) {
		t.Fatal("a refused file changed the database")
	}
	nodb := filepath.Join(dir, "none.db")
	if r := run("--db", nodb, "import-csv", "--accounts", testdata+"salesforce_contacts.csv"); r.code != 1 {
		t.Fatalf("%+v", r)
	}
	if _, err := os.Stat(nodb); err == nil {
		t.Fatal("a refused file created a database")
	}
}

// Numeric dates are read in the order the file's values decide or --dates gives, never
// guessed: an open column without --dates, or one mixing both orders, is refused naming
// the column and its lines, and nothing is written.
func TestImportCSVDates(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	before := run("--db", db, "export-json", "--account", "Aceros del Norte, S.A.", "--out", "-").stdout
	aceros := []string{"--db", db, "import-csv", "--account", "Aceros del Norte, S.A."}
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{testdata + "sheet_ambiguous_dates.csv"}, 1,
			`kamplan: "Last Contacted": 03/04/2026 on line 2 could be day/month/year or month/day/year: nothing was imported (say which with --dates dmy or --dates mdy)`},
		{[]string{"--dates", "mdy", testdata + "hubspot_mixed_dates.csv"}, 1,
			`kamplan: "Last Activity Date" mixes the two orders: line 2 has 11/22/2026 (month first), line 4 has 22/11/2026 (day first): nothing was imported`},
		{[]string{"--dates", "ymd", testdata + "sheet_ambiguous_dates.csv"}, 2, "--dates must be dmy or mdy"},
	}
	for _, tt := range tests {
		r := run(append(aceros, tt.args...)...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) || (tt.code == 1 && strings.Count(r.stderr, "\n") != 1) {
			t.Fatalf("%v: %+v", tt.args, r)
		}
	}
	if run("--db", db, "export-json", "--account", "Aceros del Norte, S.A.", "--out", "-").stdout != before {
		t.Fatal("a refused file changed the plan")
	}
	if r := run(append(aceros, "--dates", "dmy", testdata+"sheet_ambiguous_dates.csv")...); r.code != 0 || !strings.Contains(r.stdout, "3 new contacts") {
		t.Fatalf("%+v", r)
	}
	after := run("--db", db, "export-json", "--account", "Aceros del Norte, S.A.", "--out", "-").stdout
	for _, want := range []string{`"last_contact": "2026-04-03"`, `"last_contact": "2026-06-05"`, `"last_contact": "2026-02-10"`} {
		if !strings.Contains(after, want) {
			t.Errorf("the plan lacks %s", want)
		}
	}
}

// A second CRM's values that differ from the stored ones are listed with their line and
// kept, or replaced with --prefer file.
func TestImportCSVPrefer(t *testing.T) {
	tests := []struct {
		prefer   []string
		industry string
		title    string
		note     string
	}{
		{nil, `"industry": "Cemento y hormigón"`, `"title": "Directora financiera"`,
			`line 4: industry of Cementos del Ebro, S.A., already in the portfolio, is "Cemento y hormigón"; the file has "Construction": kept`},
		{[]string{"--prefer", "stored"}, `"industry": "Cemento y hormigón"`, `"title": "Directora financiera"`, `the file has "Spain": kept`},
		{[]string{"--prefer", "file"}, `"industry": "Construction"`, `"title": "Directora de Compras"`,
			`line 4: country of Cementos del Ebro, S.A., already in the portfolio, was "España"; the file has "Spain": replaced`},
	}
	for _, tt := range tests {
		db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
		args := append([]string{"--db", db, "import-csv", "--accounts", testdata + "sf_accounts_legal_forms.csv"}, tt.prefer...)
		r := run(args...)
		if r.code != 0 || !strings.Contains(r.stderr, tt.note) {
			t.Fatalf("%v: %+v", tt.prefer, r)
		}
		args = append([]string{"--db", db, "import-csv", "--account", "Aceros del Norte, S.A.", testdata + "salesforce_contacts.csv"}, tt.prefer...)
		if r := run(args...); r.code != 0 || !strings.Contains(r.stderr, `title of Begoña Ibáñez <bibanez@acerosdelnorte.es>, already in the plan`) {
			t.Fatalf("%v: %+v", tt.prefer, r)
		}
		cementos := run("--db", db, "export-json", "--account", "Cementos del Ebro, S.A.", "--out", "-").stdout
		aceros := run("--db", db, "export-json", "--account", "Aceros del Norte, S.A.", "--out", "-").stdout
		if !strings.Contains(cementos, tt.industry) || !strings.Contains(aceros, tt.title) {
			t.Errorf("%v: the store does not hold %s and %s", tt.prefer, tt.industry, tt.title)
		}
	}
	if r := run("--db", "x.db", "import-csv", "--prefer", "newest", "--accounts", testdata+"sf_accounts_legal_forms.csv"); r.code != 2 ||
		!strings.Contains(r.stderr, "--prefer must be stored or file") {
		t.Fatalf("%+v", r)
	}
}
