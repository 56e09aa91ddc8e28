package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/ui/privacy/places"
)

// personDB is the sample database in which a contact of Aceros carries markers in their
// name, e-mail and notes, edited twice, in a snapshot; another contact carries otherMark.
func personDB(t *testing.T) (db, otherMark string, markers []string) {
	t.Helper()
	db = sampleDB(t, filepath.Join(t.TempDir(), "k.db"))
	p := planOf(t, db)
	c, other := p.Contacts[0], p.Contacts[1]
	c.Name, c.Email, c.Notes = "Olvido Markowska", "olvido.mk44@aceros.example", "MKNOTE-8812 prefers mornings"
	other.Notes = "OTHERMK-1207 on holiday in August"
	change(t, db, domain.ReplaceItem{Coll: domain.CollContacts, Value: c}, domain.ReplaceItem{Coll: domain.CollContacts, Value: other})
	if r := run("--db", db, "snapshot", "--account", aceros, "--label", "Before the tender"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	c.Notes = "MKNOTE-8812 moved to Bilbao"
	change(t, db, domain.ReplaceItem{Coll: domain.CollContacts, Value: c})
	return db, "OTHERMK-1207", []string{"Markowska", "olvido.mk44", "MKNOTE-8812"}
}

func TestExportPersonListsEveryPlaceTheForgetListsAndNobodyElse(t *testing.T) {
	db, otherMark, markers := personDB(t)
	stdin = strings.NewReader("n\n")
	asked := run("--db", db, "forget-contact", "--account", aceros, "--contact", "OLVIDO.MK44@aceros.example")
	if asked.code != 0 || !strings.Contains(asked.stdout, "Nothing was changed.") || !strings.Contains(asked.stdout, "Snapshot Taken on demand “Before the tender”") {
		t.Fatalf("%+v", asked)
	}
	out := filepath.Join(t.TempDir(), "person.json")
	if r := run("--db", db, "export-person", "--account", aceros, "--contact", "Olvido Markowska", "--out", out); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	data, _ := os.ReadFile(out)
	var f places.File
	if err := json.Unmarshal(data, &f); err != nil || len(f.Places) < 3 {
		t.Fatalf("the file reads %v places (%v)", len(f.Places), err)
	}
	for _, line := range f.Places {
		if !strings.Contains(asked.stdout, "  "+line+"\n") {
			t.Errorf("the export lists %q, the question did not", line)
		}
	}
	if n := strings.Count(asked.stdout, "\n  "); n != len(f.Places) {
		t.Errorf("the question lists %d places, the export %d", n, len(f.Places))
	}
	for _, m := range markers {
		if !bytes.Contains(data, []byte(m)) {
			t.Errorf("the export lacks %q", m)
		}
	}
	if bytes.Contains(data, []byte(otherMark)) {
		t.Error("the export holds another person's data")
	}
	pdf := filepath.Join(t.TempDir(), "person.pdf")
	if r := run("--db", db, "export-person", "--account", aceros, "--contact", "Olvido Markowska", "--format", "pdf", "--lang", "es", "--out", pdf); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if b, _ := os.ReadFile(pdf); !contentHas(t, b, "notes: MKNOTE-8812 moved to Bilbao") || contentHas(t, b, otherMark) {
		t.Error("the PDF does not hold the person's notes, or holds another person's")
	}
}

func TestForgetContactVerb(t *testing.T) {
	db, otherMark, markers := personDB(t)
	if r := run("--db", db, "forget-contact", "--account", aceros, "--contact", "Nobody Here", "--yes"); r.code != 1 || !strings.Contains(r.stderr, "no contact named") {
		t.Fatalf("an unknown person: %+v", r)
	}
	stdin = strings.NewReader("yes\n")
	if r := run("--db", db, "forget-contact", "--account", aceros, "--contact", "olvido markowska"); r.code != 0 || !strings.Contains(r.stdout, "Forgotten:") {
		t.Fatalf("%+v", r)
	}
	raw, _ := os.ReadFile(db)
	wal, _ := os.ReadFile(db + "-wal")
	for _, m := range markers {
		if bytes.Contains(raw, []byte(m)) || bytes.Contains(wal, []byte(m)) {
			t.Errorf("%q is still in the database's files", m)
		}
	}
	if !bytes.Contains(raw, []byte(otherMark)) && !bytes.Contains(wal, []byte(otherMark)) {
		t.Error("another person was wiped too")
	}
	out := filepath.Join(t.TempDir(), "plan.pdf")
	if r := run("--db", db, "export-pdf", "--account", aceros, "--out", out); r.code != 0 {
		t.Fatalf("the plan no longer exports: %+v", r)
	}
	if b, _ := os.ReadFile(out); contentHas(t, b, "Markowska") || !contentHas(t, b, "Aceros del Norte") {
		t.Error("the PDF still names the person, or is not the plan")
	}
	if r := run("--db", db, "export-person", "--account", aceros, "--contact", "olvido markowska", "--out", "-"); r.code != 1 {
		t.Errorf("the person is still found: %+v", r)
	}
}
