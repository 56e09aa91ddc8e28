package privacy

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/ui/form"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/privacy/places"
)

// The person's file chosen from the Export item is written whole, with every place the
// dialog listed, and the status bar says where.
func TestExportWritesThePersonsFile(t *testing.T) {
	sh := uitest.NewShell(t, "es")
	a, err := sh.DB.AccountByName(sh.Context(), "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	m := &menu{sh: sh, store: sh.DB, fd: form.NewDialog(sh), c: Contact{AccountID: a.ID, Name: "Íñigo Zubizarreta"}, flush: func() bool { return true }}
	r, ok := m.report()
	if !ok {
		t.Fatal("no report")
	}
	path := filepath.Join(t.TempDir(), "persona.json")
	m.writeFile(path, r, "json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f places.File
	if err := json.Unmarshal(data, &f); err != nil || len(f.Places) == 0 || f.Held.Name != "Íñigo Zubizarreta" {
		t.Fatalf("the file reads %+v (%v)", f, err)
	}
	if !strings.HasPrefix(f.Places[0], "Perfil de la cuenta") || !strings.Contains(sh.Status.Text, path) {
		t.Errorf("places %q, status %q", f.Places, sh.Status.Text)
	}
}
