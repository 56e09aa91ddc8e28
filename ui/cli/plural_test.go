package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The command line counts like the app: "1 problem", "2 problems", never "problem(s)".
func TestCountedMessagesAgreeWithTheirNumbers(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	plan := run("--db", db, "export-json", "--account", "Conservas Cantábricas", "--out", "-").stdout
	one := strings.Replace(plan, `"currency": "EUR"`, `"currency": "euros"`, 1)
	two := strings.Replace(one, `"period": "FY2027"`, `"period": ""`, 1)
	for file, want := range map[string]string{one: "kamplan: the file has 1 problem; nothing was written\n",
		two: "kamplan: the file has 2 problems; nothing was written\n"} {
		path := filepath.Join(dir, "bad.json")
		if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
			t.Fatal(err)
		}
		if r := run("--db", filepath.Join(dir, "new.db"), "import-json", path); r.code != 1 || !strings.HasPrefix(r.stderr, want) {
			t.Errorf("%+v, want %q", r, want)
		}
	}
	out := filepath.Join(dir, "c.json")
	os.WriteFile(out, []byte(plan), 0o600)
	if r := run("--db", filepath.Join(dir, "other.db"), "import-json", out); r.code != 0 || r.stdout != "Imported Conservas Cantábricas: 1 plan\n" {
		t.Errorf("%+v", r)
	}
}
