package cli

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/release"
)

type result struct {
	code           int
	stdout, stderr string
}

func run(args ...string) result {
	var out, errb bytes.Buffer
	code := Run(args, &out, &errb, func(string) error { return errors.New("no display in tests") })
	return result{code, out.String(), errb.String()}
}

func TestVerbs(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	out := filepath.Join(dir, "aceros.json")
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"list", []string{"--db", db, "list"}, 0, "Aceros del Norte, S.A.\tstrategic\tFY2027\tHH\t22.9%\n", ""},
		{"--db after the verb", []string{"list", "--db", db}, 0, "Conservas Cantábricas\tother\tFY2027\tLH\t35.0%", ""},
		{"--db= form", []string{"list", "--db=" + db}, 0, "Cementos del Ebro", ""},
		{"export", []string{"--db", db, "export-json", "--account", "ACEROS DEL NORTE, S.A.", "--out", out}, 0, "", ""},
		{"export to stdout", []string{"--db", db, "export-json", "--account", "Conservas Cantábricas", "--out", "-"}, 0, `"format": "kamplan.plan"`, ""},
		{"unknown account", []string{"--db", db, "export-json", "--account", "Nadie", "--out", out}, 1, "", "kamplan list"},
		{"unknown period", []string{"--db", db, "export-json", "--account", "Conservas Cantábricas", "--period", "FY1999", "--out", "-"}, 1, "", "no plan for FY1999"},
		{"export without --out", []string{"--db", db, "export-json", "--account", "X"}, 2, "", "see kamplan help export-json"},
		{"import existing", []string{"--db", db, "import-json", out}, 1, "", "--replace"},
		{"import replace", []string{"--db", db, "import-json", "--replace", out}, 0, "Imported Aceros del Norte, S.A.: 1 plan\n", ""},
		{"import missing file", []string{"--db", db, "import-json", filepath.Join(dir, "nope.json")}, 1, "", "cannot read"},
		{"import two files", []string{"--db", db, "import-json", "a", "b"}, 2, "", "see kamplan help import-json"},
		{"backup", []string{"--db", db, "backup", "--out", filepath.Join(dir, "copy.db")}, 0, "backed up", ""},
		{"unknown verb", []string{"--db", db, "frobnicate"}, 2, "", `unknown verb "frobnicate"`},
		{"unknown flag", []string{"--db", db, "list", "--fast"}, 2, "", "see kamplan help list"},
		{"version", []string{"version"}, 0, "kamplan " + release.Version, ""},
		{"--version", []string{"--version"}, 0, "kamplan " + release.Version, ""},
		{"help", []string{"help"}, 0, "export-json", ""},
		{"no verb opens the GUI", []string{"--db", db}, 1, "", "no display in tests"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(tt.args...)
			if r.code != tt.code || !strings.Contains(r.stdout, tt.stdout) || !strings.Contains(r.stderr, tt.stderr) {
				t.Fatalf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
			}
			if tt.code == 1 && strings.Count(r.stderr, "\n") != 1 {
				t.Fatalf("error is not one line: %q", r.stderr)
			}
		})
	}
}

func TestEnvironmentChoosesTheDatabase(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "env.db"))
	t.Setenv("KAMPLAN_DB", db)
	if r := run("list"); r.code != 0 || !strings.Contains(r.stdout, "Aceros") {
		t.Fatalf("%+v", r)
	}
}

func TestRoundTripIsByteIdentical(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	sampleDB(t, filepath.Join(dir, "1.db"))
	run("--db", filepath.Join(dir, "1.db"), "export-json", "--account", "Aceros del Norte, S.A.", "--out", a)
	if r := run("--db", filepath.Join(dir, "1.db"), "import-json", "--replace", a); r.code != 0 {
		t.Fatal(r.stderr)
	}
	run("--db", filepath.Join(dir, "1.db"), "export-json", "--account", "Aceros del Norte, S.A.", "--out", b)
	x, _ := os.ReadFile(a)
	y, _ := os.ReadFile(b)
	if len(x) < 1000 || !bytes.Equal(x, y) {
		t.Fatalf("export → import → export differs (%d, %d bytes)", len(x), len(y))
	}
}

func TestBadInputKeepsFilesIntact(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.db")
	os.WriteFile(notDB, []byte("my meeting notes"), 0o644)
	before := sha256.Sum256([]byte("my meeting notes"))
	r := run("--db", notDB, "list")
	after, _ := os.ReadFile(notDB)
	if r.code != 1 || !strings.Contains(r.stderr, notDB) || sha256.Sum256(after) != before {
		t.Fatalf("not-a-database: %+v", r)
	}

	db := sampleDB(t, filepath.Join(dir, "k.db"))
	good := filepath.Join(dir, "good.json")
	run("--db", db, "export-json", "--account", "Conservas Cantábricas", "--out", good)
	data, _ := os.ReadFile(good)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, bytes.Replace(data, []byte(`"influence": 5`), []byte(`"influence": 9`), 1), 0o644)
	r = run("--db", db, "import-json", "--replace", bad)
	if r.code != 1 || !strings.Contains(r.stderr, "plans[0].contacts[0].influence: must be 1–5") {
		t.Fatalf("bad import: %+v", r)
	}
	out := filepath.Join(dir, "after.json")
	run("--db", db, "export-json", "--account", "Conservas Cantábricas", "--out", out)
	if again, _ := os.ReadFile(out); !bytes.Equal(again, data) {
		t.Fatal("a refused import changed the plan")
	}
	// A failed export leaves an existing file alone.
	if r := run("--db", db, "export-json", "--account", "Nadie", "--out", good); r.code != 1 {
		t.Fatal("export of an unknown account succeeded")
	}
	if again, _ := os.ReadFile(good); !bytes.Equal(again, data) {
		t.Fatal("a failed export replaced a good file")
	}
}

func TestImportCSV(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	csv := "../../storage/csvimport/testdata/hubspot_contacts.csv"
	r := run("--db", db, "import-csv", "--account", "Papelera Atlântica, S.A.", csv)
	// The plan's Lucía and Rui have no e-mail and another title: possible duplicates, kept.
	if r.code != 0 || !strings.Contains(r.stdout, "2 new contacts, 0 updated") || !strings.Contains(r.stderr, "possible duplicate, kept both") {
		t.Fatalf("%+v", r)
	}
	r = run("--db", db, "import-csv", "--accounts", "../../storage/csvimport/testdata/salesforce_accounts.csv")
	if r.code != 0 || !strings.Contains(r.stdout, "0 new accounts") || !strings.Contains(r.stderr, "line 4: no account name") {
		t.Fatalf("%+v", r)
	}
	if r := run("--db", db, "import-csv", csv); r.code != 2 {
		t.Fatalf("import-csv without --account: %+v", r)
	}
	empty := filepath.Join(t.TempDir(), "empty.csv")
	os.WriteFile(empty, nil, 0o644)
	if r := run("--db", db, "import-csv", "--account", "Conservas Cantábricas", empty); r.code != 1 || !strings.Contains(r.stderr, "empty") {
		t.Fatalf("empty csv: %+v", r)
	}
}

func TestExportPDF(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	out := filepath.Join(dir, "plan.pdf")
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"--account", "Aceros del Norte, S.A.", "--out", out}, 0, ""},
		{[]string{"--account", "aceros del norte, s.a.", "--edition", "client", "--lang", "en", "--paper", "letter", "--out", out}, 0, ""},
		{[]string{"--account", "Aceros del Norte, S.A.", "--edition", "public", "--out", out}, 2, "--edition"},
		{[]string{"--account", "Aceros del Norte, S.A.", "--paper", "a3", "--out", out}, 2, "--paper"},
		{[]string{"--account", "Aceros del Norte, S.A.", "--period", "FY1990", "--out", out}, 1, "no plan for FY1990"},
		{[]string{"--account", "Aceros del Norte, S.A.", "--out", filepath.Join(dir, "no", "such", "dir.pdf")}, 1, "cannot write"},
	}
	for _, tt := range tests {
		r := run(append([]string{"--db", db, "export-pdf"}, tt.args...)...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
			t.Fatalf("%v: %+v", tt.args, r)
		}
	}
	b, _ := os.ReadFile(out)
	if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.Contains(b, []byte("612.00 792.00")) {
		t.Fatal("the letter client edition was not written")
	}
}

// Asking for help is not a mistake: the usage goes to standard output and the exit status is 0,
// wherever --help stands (man pages and packaging tools run `kamplan --help`).
func TestHelpPrintsUsageAndSucceeds(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"-help"}, {"help"}, {"--db", "x.db", "--help"},
		{"list", "--help"}, {"export-pdf", "-h"}, {"import-csv", "--accounts", "a.csv", "--help"},
	} {
		r := run(args...)
		if r.code != ExitOK || !strings.HasPrefix(r.stdout, "usage: kamplan") || r.stderr != "" {
			t.Errorf("%q: exit %d\nstdout: %.40q\nstderr: %q", args, r.code, r.stdout, r.stderr)
		}
	}
}

// The man page is made from --help by help2man, which makes a verb an item of the page only
// when its first line carries its description after two spaces or is followed by it, indented
// further: a second line of options in between leaves the verb out of the man page.
func TestEachVerbsFirstHelpLineIsFollowedByItsDescription(t *testing.T) {
	lines := strings.Split(run("--help").stdout, "\n")
	seen := map[string]bool{}
	for i, line := range lines {
		fields := strings.Fields(line)
		if !strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "   ") || len(fields) == 0 || seen[fields[0]] {
			continue
		}
		verb := fields[0]
		seen[verb] = true
		if strings.Contains(strings.TrimSpace(line), "  ") {
			continue // the description on the same line
		}
		next := ""
		if i+1 < len(lines) {
			next = lines[i+1]
		}
		if indent := len(next) - len(strings.TrimLeft(next, " ")); indent < 20 || strings.HasPrefix(strings.TrimSpace(next), "[") {
			t.Errorf("%s: its first help line is followed by %q, not by its description", verb, next)
		}
	}
	if len(seen) < 10 {
		t.Fatalf("found %d verbs in the help, want the whole list", len(seen))
	}
}
