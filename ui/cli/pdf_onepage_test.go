package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// --edition onepage and onepage-client write one landscape page.
func TestExportPDFOnePage(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	for _, ed := range []string{"onepage", "onepage-client"} {
		out := filepath.Join(dir, ed+".pdf")
		r := run("--db", db, "export-pdf", "--account", "Aceros del Norte, S.A.", "--edition", ed, "--out", out)
		if r.code != 0 {
			t.Fatalf("%s: %+v", ed, r)
		}
		data, _ := os.ReadFile(out)
		if bytes.Count(data, []byte("/Type /Page\n")) != 1 || !bytes.Contains(data, []byte("/MediaBox [0 0 841.89 595.28]")) {
			t.Errorf("%s: not one landscape A4 page", ed)
		}
	}
}
