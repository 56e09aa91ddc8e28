package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --edition review and review-client write the review pack of the last review, named so in a
// folder; the client's copy without the comments on the statuses.
func TestExportReviewPack(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	for _, c := range []struct{ edition, name string }{
		{"review", "Aceros del Norte, S.A. FY2027 (review pack).pdf"},
		{"review-client", "Aceros del Norte, S.A. FY2027 (client edition) (review pack).pdf"},
	} {
		r := run("--db", db, "export-pdf", "--account", aceros, "--edition", c.edition, "--lang", "en", "--out", dir)
		if r.code != 0 || !strings.Contains(r.stdout, c.name) {
			t.Fatalf("%s: %+v", c.edition, r)
		}
		data, err := os.ReadFile(filepath.Join(dir, c.name))
		if err != nil {
			t.Fatal(err)
		}
		if !contentHas(t, data, "Account review of") {
			t.Errorf("%s: not the review pack", c.edition)
		}
		if comment := contentHas(t, data, "El piloto arranca"); comment != (c.edition == "review") {
			t.Errorf("%s: the comment on a status printed: %v", c.edition, comment)
		}
	}
	if r := run("--db", db, "export-pdf", "--account", aceros, "--edition", "review-client", "--since", "x", "--out", dir); r.code == 0 {
		t.Error("--since accepted for the client's review pack")
	}
}
