package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/internal/uitest"
)

// A plan full of emoji is written with □ in their place and one warning line.
func TestExportPDFOfAPlanFullOfEmoji(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	nameOurCompany(t, db, "Tecnologías Industriales del Norte")
	fillWithEmoji(t, db, "Conservas Cantábricas")
	out := filepath.Join(dir, "emoji.pdf")
	r := run("--db", db, "export-pdf", "--account", "Conservas Cantábricas 😀", "--out", out)
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if lines := strings.Split(strings.TrimSpace(r.stderr), "\n"); len(lines) != 1 ||
		!strings.HasPrefix(lines[0], "kamplan: warning: ") || !strings.Contains(lines[0], "U+1F600") || !strings.Contains(lines[0], "□") {
		t.Fatalf("want one warning line, got %q", r.stderr)
	}
	data, _ := os.ReadFile(out)
	if !bytes.HasPrefix(data, []byte("%PDF-")) || !contentHas(t, data, "Conservas Cantábricas □") {
		t.Fatal("the PDF does not show the placeholder")
	}
}

// fillWithEmoji adds emoji to the account name and to the plan's texts.
func fillWithEmoji(t *testing.T, db, account string) {
	t.Helper()
	ctx := context.Background()
	s, err := storage.OpenExisting(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, _ := s.AccountByName(ctx, account)
	a.Name += " 😀"
	a.Industry += " 🏭"
	if err := s.SaveAccount(ctx, a); err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Portfolio(ctx)
	for _, r := range rows {
		if r.AccountID != a.ID {
			continue
		}
		p, _ := s.LoadPlan(ctx, r.PlanID)
		p.ValueProposition += " 🚀"
		p.Context += " 😀🎉"
		for i := range p.Contacts {
			p.Contacts[i].Name += " 🙂"
		}
		for i := range p.SWOTs {
			for j := range p.SWOTs[i].Items {
				p.SWOTs[i].Items[j].Text += " 😀"
			}
		}
		for i := range p.Actions {
			p.Actions[i].Title += " ✅🚀"
		}
		p.Notes = append(p.Notes, domain.Note{ID: "emoji-note", Text: "🎉 done 😀"})
		if err := s.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
}

// contentHas reports whether a page of the PDF shows s.
func contentHas(t *testing.T, pdf []byte, s string) bool {
	t.Helper()
	return uitest.PDFShows(pdf, s)
}

// A plan written in Spanish exported in English says, as the export dialog does, that only
// the headings follow the language chosen; in its own language nothing is said.
func TestExportPDFInAnotherLanguageSaysThePlansTextsStayAsTyped(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	nameOurCompany(t, db, "Tecnologías Industriales del Norte")
	for _, tt := range []struct{ lang, note string }{{"en", "This plan is written in Spanish"}, {"es", ""}} {
		r := run("--db", db, "export-pdf", "--account", "Conservas Cantábricas", "--lang", tt.lang, "--out", filepath.Join(dir, tt.lang+".pdf"))
		if r.code != 0 {
			t.Fatalf("%s: %+v", tt.lang, r)
		}
		if said := strings.Contains(r.stderr, "kamplan: note: "+tt.note); said != (tt.note != "") || (tt.note == "" && r.stderr != "") {
			t.Errorf("--lang %s: stderr %q", tt.lang, r.stderr)
		}
	}
}

// nameOurCompany sets the company's name in the database's settings.
func nameOurCompany(t *testing.T, db, name string) {
	t.Helper()
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Settings(context.Background())
	if err == nil {
		st.CompanyName = name
		err = s.SaveSettings(context.Background(), &st)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// Without our company's name in the settings, the export says, as the dialog does, that the
// document will not name us; once it is set, nothing is said.
func TestExportPDFSaysWhenOurCompanyIsNotNamed(t *testing.T) {
	dir := t.TempDir()
	db := sampleDB(t, filepath.Join(dir, "k.db"))
	for _, company := range []string{"", "Tecnologías Industriales del Norte"} {
		nameOurCompany(t, db, company)
		r := run("--db", db, "export-pdf", "--account", "Conservas Cantábricas", "--lang", "es", "--out", filepath.Join(dir, "x.pdf"))
		said := strings.Contains(r.stderr, "kamplan: note: Your company's name is not set")
		if r.code != 0 || said != (company == "") {
			t.Errorf("company %q: code %d, stderr %q", company, r.code, r.stderr)
		}
	}
}
