package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The dry run prints what would happen to each row and writes nothing; the real import
// then does it, and a second one doubles nothing.
func TestImportCSVOpportunities(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	acc := "Aceros del Norte, S.A."
	info, _ := os.Stat(db)
	r := run("--db", db, "import-csv", "--dry-run", "--account", acc, "--opportunities", testdata+"sf_opportunities.csv")
	if r.code != 0 || !strings.Contains(r.stdout, "dry run") || !strings.Contains(r.stdout, "Salesforce opportunities") ||
		!strings.Contains(r.stdout, "3 new opportunities, 1 updated") ||
		!strings.Contains(r.stderr, "line 5: Horno 3 de Siderúrgica is an opportunity of Siderúrgica del Sur, not of Aceros del Norte, S.A.: row skipped") {
		t.Fatalf("%+v", r)
	}
	if after, _ := os.Stat(db); !after.ModTime().Equal(info.ModTime()) {
		t.Fatal("a dry run wrote")
	}
	r = run("--db", db, "import-csv", "--account", acc, "--opportunities", testdata+"sf_opportunities.csv")
	if r.code != 0 || !strings.Contains(r.stdout, "3 new opportunities, 1 updated") {
		t.Fatalf("%+v", r)
	}
	r = run("--db", db, "import-csv", "--account", acc, "--opportunities", testdata+"sf_opportunities.csv")
	if r.code != 0 || !strings.Contains(r.stdout, "0 new opportunities, 0 updated, 4 unchanged, 1 row left out") {
		t.Fatalf("%+v", r)
	}
}

func TestImportCSVOpportunitiesAsksTheDecimalMark(t *testing.T) {
	db := sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	args := []string{"--db", db, "import-csv", "--account", "Aceros del Norte, S.A.", "--opportunities", testdata + "sheet_amounts_ambiguous.csv"}
	if r := run(args...); r.code != 1 || !strings.Contains(r.stderr, "could be a thousand or a decimal amount") {
		t.Fatalf("%+v", r)
	}
	if r := run(append(args, "--decimals", "comma")...); r.code != 0 || !strings.Contains(r.stdout, "2 new opportunities") {
		t.Fatalf("%+v", r)
	}
	if r := run(append(args, "--mapping", "x.json")...); r.code != 2 {
		t.Fatalf("%+v", r)
	}
}
