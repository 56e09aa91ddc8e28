package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/storage"
)

// sampleDB creates a database with the sample plans, as the desktop app does on first start.
func sampleDB(t *testing.T, path string) string {
	t.Helper()
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	return path
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// Verbs that read a database never create one: a mistyped --db is an error, not a new file.
func TestVerbsOnAMissingDatabaseCreateNothing(t *testing.T) {
	dir := t.TempDir()
	csv := "../../storage/csvimport/testdata/hubspot_contacts.csv"
	for _, db := range []string{filepath.Join(dir, "typo.db"), filepath.Join(dir, "no", "such", "folder.db")} {
		for _, args := range [][]string{
			{"list"},
			{"export-json", "--account", "Aceros del Norte, S.A.", "--out", filepath.Join(dir, "out.json")},
			{"export-pdf", "--account", "Aceros del Norte, S.A.", "--out", filepath.Join(dir, "out.pdf")},
			{"backup", "--out", filepath.Join(dir, "copy.db")},
			{"import-csv", "--account", "Aceros del Norte, S.A.", csv},
		} {
			r := run(append([]string{"--db", db}, args...)...)
			if r.code != 1 || !strings.HasPrefix(r.stderr, "kamplan: no database at "+db) || strings.Count(r.stderr, "\n") != 1 {
				t.Errorf("%s on %s: %+v", args[0], db, r)
			}
			if names := entries(t, dir); len(names) != 0 {
				t.Fatalf("%s on a missing database created %v", args[0], names)
			}
		}
	}
}

// An empty file is no database: readers refuse it untouched, imports make it one, the
// owner's alone.
func TestEmptyFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(db, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run("--db", db, "list"); r.code != 1 || !strings.Contains(r.stderr, "no database at "+db) {
		t.Fatalf("list on an empty file: %+v", r)
	}
	if info, _ := os.Stat(db); info.Size() != 0 || len(entries(t, dir)) != 1 {
		t.Fatal("a reader seeded or touched the empty file")
	}
	plan := filepath.Join(dir, "aceros.json")
	src := sampleDB(t, filepath.Join(t.TempDir(), "src.db"))
	if r := run("--db", src, "export-json", "--account", "Aceros del Norte, S.A.", "--out", plan); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if r := run("--db", db, "import-json", plan); r.code != 0 {
		t.Fatalf("import into an empty file: %+v", r)
	}
	assertOwnerOnly(t, db)
	if r := run("--db", db, "list"); r.code != 0 || strings.Count(r.stdout, "\n") != 1 || !strings.HasPrefix(r.stdout, "Aceros del Norte") {
		t.Fatalf("want the imported account alone, got %+v", r)
	}
}

// The import verbs create a database on purpose: empty but for what they import.
func TestImportsCreateTheDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "new", "k.db")
	r := run("--db", db, "import-csv", "--accounts", "../../storage/csvimport/testdata/salesforce_accounts.csv")
	if r.code != 0 || !strings.Contains(r.stdout, "3 new accounts") {
		t.Fatalf("%+v", r)
	}
	assertOwnerOnly(t, db)
	if r := run("--db", db, "list"); r.code != 0 || strings.Contains(r.stdout, "Aceros") {
		t.Fatalf("a database created by an import holds the sample plans: %+v", r)
	}
}

func assertOwnerOnly(t *testing.T, path string) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("%s has mode %v, want 0600", path, info.Mode().Perm())
	}
}

// The imports create the database only when they import something: a refused file, or one
// with nothing to import, leaves no database, no -wal or -shm, not even the folder, at the
// path given or at the default location, so the desktop app still starts with the sample
// plans.
func TestImportsThatWriteNothingCreateNoDatabase(t *testing.T) {
	dir := t.TempDir()
	notJSON := filepath.Join(dir, "notes.txt")
	os.WriteFile(notJSON, []byte("my meeting notes"), 0o600)
	src := sampleDB(t, filepath.Join(t.TempDir(), "src.db"))
	good := filepath.Join(dir, "good.json")
	if r := run("--db", src, "export-json", "--account", "Conservas Cantábricas", "--out", good); r.code != 0 {
		t.Fatal(r.stderr)
	}
	data, _ := os.ReadFile(good)
	invalid := filepath.Join(dir, "invalid.json")
	os.WriteFile(invalid, bytes.Replace(data, []byte(`"influence": 5`), []byte(`"influence": 9`), 1), 0o600)
	config := t.TempDir()
	t.Setenv("KAMPLAN_DB", "")
	t.Setenv("XDG_CONFIG_HOME", config)
	t.Setenv("HOME", config)
	t.Setenv("AppData", config)
	for _, file := range []string{notJSON, invalid} {
		for _, db := range []string{filepath.Join(dir, "new", "k.db"), ""} {
			args := []string{"import-json", file}
			if db != "" {
				args = append(args, "--db", db)
			}
			if r := run(args...); r.code != 1 || !strings.Contains(r.stderr, "nothing was written") {
				t.Fatalf("import of %s: %+v", filepath.Base(file), r)
			}
			if names := entries(t, config); len(names) != 0 {
				t.Fatalf("the configuration folder holds %v", names)
			}
			if names := entries(t, dir); strings.Join(names, " ") != "good.json invalid.json notes.txt" {
				t.Fatalf("the folder holds %v", names)
			}
		}
	}
	nameless := filepath.Join(dir, "nameless.csv")
	os.WriteFile(nameless, []byte("Account Name,Industry\n,Steel\n"), 0o600)
	if r := run("--db", filepath.Join(dir, "new", "k.db"), "import-csv", "--accounts", nameless); r.code != 0 || !strings.Contains(r.stdout, "0 new accounts") {
		t.Fatalf("import of no account: %+v", r)
	}
	if names := entries(t, dir); strings.Join(names, " ") != "good.json invalid.json nameless.csv notes.txt" {
		t.Fatalf("the folder holds %v", names)
	}
}
