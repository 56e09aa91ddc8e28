package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// --out - writes the document to standard output, and no file called "-".
func TestExportPDFToStandardOutput(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	wd, _ := os.Getwd()
	t.Chdir(dir)
	defer os.Chdir(wd)
	r := run("--db", db, "export-pdf", "--account", aceros, "--out", "-")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "%PDF-") || !strings.Contains(r.stdout, "%%EOF") {
		t.Fatalf("exit %d, stdout %.20q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Fatal("a file called - was written")
	}
}

// --out FOLDER writes the document inside the folder, named after the account, period and edition.
func TestExportPDFIntoAFolder(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	folder := filepath.Join(dir, "docs")
	os.Mkdir(folder, 0o755)
	for _, c := range []struct{ edition, lang, name string }{
		{"internal", "en", "Aceros del Norte, S.A. FY2027.pdf"},
		{"client", "es", "Aceros del Norte, S.A. FY2027 (edición para el cliente).pdf"},
		{"onepage-client", "en", "Aceros del Norte, S.A. FY2027 (client edition) (plan on a page).pdf"},
	} {
		r := run("--db", db, "export-pdf", "--account", aceros, "--edition", c.edition, "--lang", c.lang, "--out", folder)
		if r.code != 0 || !strings.Contains(r.stdout, c.name) {
			t.Fatalf("%s: %+v", c.edition, r)
		}
		data, err := os.ReadFile(filepath.Join(folder, c.name))
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Fatalf("%s: no document in the folder: %v", c.edition, err)
		}
	}
}

// A usage mistake says in one line what was wrong and where to read more, not the whole help.
func TestUsageErrorIsOneLineAndAPointer(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	for _, c := range []struct {
		args       []string
		what, verb string
	}{
		{[]string{"export-pdf", "--account", aceros, "--paper", "a3", "--out", "x.pdf"}, "--paper must be a4 or letter", "export-pdf"},
		{[]string{"export-pdf", "--account", aceros, "--theme", "baroque", "--out", "x.pdf"}, "--theme must be modern, classic or sober", "export-pdf"},
		{[]string{"export-pdf", "--account", aceros}, "export-pdf needs --account NAME and --out FILE", "export-pdf"},
		{[]string{"list", "--fast"}, "flag provided but not defined: -fast", "list"},
		{[]string{"frobnicate"}, `unknown verb "frobnicate"`, ""},
	} {
		r := run(append([]string{"--db", db}, c.args...)...)
		want := "kamplan: " + c.what + "\nsee kamplan help " + c.verb
		want = strings.TrimSpace(want) + "\n"
		if r.code != ExitUsage || !strings.HasPrefix(r.stderr, "kamplan: ") || !strings.Contains(r.stderr, c.what) ||
			!strings.HasSuffix(r.stderr, want[strings.Index(want, "\nsee"):]) || strings.Count(r.stderr, "\n") != 2 {
			t.Errorf("%q: exit %d, stderr %q", c.args, r.code, r.stderr)
		}
	}
}

// kamplan help VERB prints that verb's part of the help; the help names every edition.
func TestHelpOfAVerb(t *testing.T) {
	r := run("help", "export-pdf")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "usage: kamplan") || !strings.Contains(r.stdout, "export-pdf --account") ||
		strings.Contains(r.stdout, "import-csv") {
		t.Fatalf("%+v", r)
	}
	if !strings.Contains(r.stdout, "--edition internal|client|onepage|onepage-client|review|review-client") {
		t.Errorf("the help of export-pdf does not list every edition:\n%s", r.stdout)
	}
}

// The values of options are read whatever their case.
func TestOptionValuesIgnoreCase(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	out := filepath.Join(dir, "plan.pdf")
	r := run("--db", db, "export-pdf", "--account", aceros, "--paper", "Letter", "--lang", "ES", "--edition", "Client", "--out", out)
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	data, _ := os.ReadFile(out)
	if !bytes.Contains(data, []byte("612.00 792.00")) {
		t.Fatal("--paper Letter did not give a letter page")
	}
	if r := run("--db", db, "export-pdf", "--account", aceros, "--theme", "Classic", "--out", out); r.code != 0 {
		t.Fatalf("--theme Classic: %+v", r)
	}
	if data, _ := os.ReadFile(out); !bytes.Contains(data, []byte("+caladeaB")) {
		t.Fatal("--theme Classic did not set the headings in the serif face")
	}
	if r := run("--db", db, "snapshot", "--account", aceros, "--kind", "Sign-Off"); r.code != 0 {
		t.Fatalf("--kind Sign-Off: %+v", r)
	}
}

// A plan file saved by an editor as UTF-16 (either byte order) or as UTF-8 with a byte order
// mark is read; a file in another encoding is refused with a message that says so.
func TestImportPlanFileEncodings(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	good := filepath.Join(dir, "good.json")
	if r := run("--db", db, "export-json", "--account", "Conservas Cantábricas", "--out", good); r.code != 0 {
		t.Fatal(r.stderr)
	}
	data, _ := os.ReadFile(good)
	for name, b := range map[string][]byte{
		"utf8-bom": append([]byte{0xEF, 0xBB, 0xBF}, data...),
		"utf16le":  utf16Bytes(string(data), false),
		"utf16be":  utf16Bytes(string(data), true),
	} {
		path := filepath.Join(dir, name+".json")
		os.WriteFile(path, b, 0o644)
		if r := run("--db", db, "import-json", "--replace", path); r.code != 0 || !strings.Contains(r.stdout, "Conservas Cantábricas") {
			t.Errorf("%s: %+v", name, r)
		}
	}
	latin1 := bytes.ReplaceAll(data, []byte("á"), []byte{0xE1})
	path := filepath.Join(dir, "latin1.json")
	os.WriteFile(path, latin1, 0o644)
	r := run("--db", db, "import-json", "--replace", path)
	if r.code != 1 || !strings.Contains(r.stderr, "UTF-8") || strings.Contains(r.stderr, "invalid character") {
		t.Fatalf("latin-1: %+v", r)
	}
}

func utf16Bytes(s string, bigEndian bool) []byte {
	b := []byte{0xFF, 0xFE}
	if bigEndian {
		b = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// A value of the wrong kind in a plan file is named in plain words.
func TestWrongKindOfValueInAPlanFile(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	path := filepath.Join(dir, "bad.json")
	os.WriteFile(path, []byte(`{"format":"kamplan.plan","version":[1]}`), 0o644)
	r := run("--db", db, "import-json", path)
	if r.code != 1 || !strings.Contains(r.stderr, "must not be a list (line 1, column") {
		t.Fatalf("%+v", r)
	}
}
