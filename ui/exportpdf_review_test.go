package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/editor"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// "Print review pack" on the reviews page opens the export dialog with the review pack
// chosen; the file is named as the command line names it and holds the pack.
func TestPrintReviewPackWritesTheReviewPackOfTheLastReview(t *testing.T) {
	a, e := openSample(t, "en")
	dir := t.TempDir()
	a.fyne.Preferences().SetString("fyne:fileDialogLastFolder", fstorage.NewFileURI(dir).String())
	if err := e.Apply(domain.SetField{Field: domain.FieldPreparedFor, Value: "Comité de dirección"}); err != nil {
		t.Fatal(err)
	}
	e.ShowPage(shell.PageReviews)
	uitest.TapButton(t, a.win.Content(), a.loc.T("review.print"))
	var chosen bool
	for _, o := range test.LaidOutObjects(a.win.Canvas().Overlays().Top()) {
		if c, ok := o.(*widget.Check); ok && c.Text == a.loc.T("export.review_pack") {
			chosen = c.Checked
		}
	}
	if !chosen {
		t.Fatal("the export dialog opened without the review pack chosen")
	}
	uitest.Answer(t, a.win, a.loc.T("export.choose_file"))
	const name = "Aceros del Norte, S.A. FY2027 (review pack).pdf"
	if !uitest.DialogShowsEntry(a.win, name) {
		t.Fatalf("the file is not offered as %q:\n%s", name, uitest.DialogText(t, a.win))
	}
	uitest.Answer(t, a.win, "Save")
	waitForExport(t, a, "review")
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	doc := locale.New(e.Plan().Language) // the document's language is the plan's
	title := doc.T("review.pdf.pack_title", doc.LongDate(domain.NewDate(2026, 11, 16)))
	if !uitest.PDFShows(data, title) || !uitest.PDFShows(data, "El piloto arranca") {
		t.Errorf("the PDF is not the internal review pack of the last review (%q)", title)
	}
	if !uitest.PDFShows(data, doc.T("pdf.s.changes")) || uitest.PDFShows(data, doc.T("history.none")) {
		t.Error("the pack does not list what changed since the review")
	}
}

// waitForExport waits until the export running in the background kept its snapshot,
// labelled with the edition: the file is written by then.
func waitForExport(t *testing.T, a *App, label string) {
	t.Helper()
	for {
		kept := keptSnapshots(t, a)
		if len(kept) > 0 && kept[0].Label == label {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// withoutReviews removes the sample plan's reviews, as a user deleting them would.
func withoutReviews(t *testing.T, e *editor.Editor) {
	t.Helper()
	for len(e.Plan().Reviews) > 0 {
		if err := e.Apply(domain.RemoveItem{Coll: domain.CollReviews, ID: e.Plan().Reviews[0].ID}); err != nil {
			t.Fatal(err)
		}
	}
}

// With no review recorded, "Print review pack" is greyed with the reason beside it: tapped,
// it opens no export and writes nothing.
func TestPrintReviewPackIsDisabledWithoutAReview(t *testing.T) {
	a, e := openSample(t, "en")
	withoutReviews(t, e)
	e.ShowPage(shell.PageReviews)
	var print *widget.Button
	uitest.Walk(a.win.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == a.loc.T("review.print") {
			print = b
		}
	})
	if print == nil || !print.Disabled() {
		t.Fatalf("the print button is missing or enabled: %v", print)
	}
	if !strings.Contains(uitest.LabelsText(a.win.Content()), a.loc.T("review.print.none")) {
		t.Error("the reason the pack cannot be printed is not shown")
	}
	test.Tap(print)
	if a.win.Canvas().Overlays().Top() != nil {
		t.Error("the export dialog opened")
	}
	if kept := exported(t, a); len(kept) > 0 {
		t.Errorf("something was exported: %+v", kept)
	}
}

// The export dialog of a plan with no review offers no review pack: its choice is greyed,
// and the document written is the plan.
func TestExportDialogOffersNoReviewPackWithoutAReview(t *testing.T) {
	a, e := openSample(t, "en")
	withoutReviews(t, e)
	dir := t.TempDir()
	a.fyne.Preferences().SetString("fyne:fileDialogLastFolder", fstorage.NewFileURI(dir).String())
	a.files().exportPDFDialog()
	for _, o := range test.LaidOutObjects(a.win.Canvas().Overlays().Top()) {
		if c, ok := o.(*widget.Check); ok && c.Text == a.loc.T("export.review_pack") {
			if !c.Disabled() {
				t.Error("the review pack can be chosen")
			}
			test.Tap(c)
		}
	}
	uitest.Answer(t, a.win, a.loc.T("export.choose_file"))
	uitest.Answer(t, a.win, "Save")
	for len(exported(t, a)) == 0 { // the export runs in the background
		time.Sleep(20 * time.Millisecond)
	}
	if kept := exported(t, a)[0]; kept.Label != "internal" {
		t.Errorf("the document exported is the %s edition, not the plan", kept.Label)
	}
}

// exported are the snapshots the PDF exports kept, newest first.
func exported(t *testing.T, a *App) []history.SnapshotInfo {
	var out []history.SnapshotInfo
	for _, s := range keptSnapshots(t, a) {
		if s.Kind == history.SnapshotExport {
			out = append(out, s)
		}
	}
	return out
}

// With the review pack ticked, the changes' choice says, greyed, that the pack lists the
// changes since the last review, not that it lists none.
func TestExportDialogSaysThePackListsTheChangesSinceTheReview(t *testing.T) {
	a, _ := openSample(t, "en")
	a.files().exportPDFDialog()
	top := a.win.Canvas().Overlays().Top()
	for _, o := range test.LaidOutObjects(top) {
		if c, ok := o.(*widget.Check); ok && c.Text == a.loc.T("export.review_pack") {
			test.Tap(c)
		}
	}
	want := a.loc.T("export.since.review", a.loc.LongDate(domain.NewDate(2026, 11, 16)))
	var shown []string
	for _, o := range test.LaidOutObjects(top) {
		if s, ok := o.(*widget.Select); ok && s.Visible() {
			shown = append(shown, s.Selected)
			if s.Selected == want && !s.Disabled() {
				t.Error("the changes listed by the pack can be chosen")
			}
		}
	}
	if !slices.Contains(shown, want) || slices.Contains(shown, a.loc.T("export.since.none")) {
		t.Errorf("the choices read %q, want %q", shown, want)
	}
}

// Exporting a plan in a language other than the one it is written in says, under the
// language, that the plan's own texts stay as typed; in its own language, nothing.
func TestExportInAnotherLanguageSaysTheTextsStayAsTyped(t *testing.T) {
	a, e := openSample(t, "en")
	st, _ := a.store.Settings(a.ctx)
	c := a.files().newPDFChoices(e.Plan(), st)
	if e.Plan().Language != "es" || c.lang.Selected != "Español" || c.langNote.Visible() {
		t.Fatalf("the Spanish sample plan: language %q chosen, note shown %v", c.lang.Selected, c.langNote.Visible())
	}
	c.lang.SetSelected("English")
	if !c.langNote.Visible() || !strings.Contains(c.langNote.Text, "written in Spanish") {
		t.Errorf("in English the dialog says %q (shown %v)", c.langNote.Text, c.langNote.Visible())
	}
	c.lang.SetSelected("Español")
	if c.langNote.Visible() {
		t.Error("back in the plan's language the note stays")
	}
}

// The export dialog says when the settings do not name our company (the document then names
// us nowhere: not on its cover, not where it is signed); once the name is saved, nothing.
func TestExportSaysWhenOurCompanyIsNotNamed(t *testing.T) {
	a, e := openSample(t, "en")
	for _, company := range []string{"", "Tecnologías Industriales del Norte"} {
		st, _ := a.store.Settings(a.ctx)
		st.CompanyName = company
		if err := a.store.SaveSettings(a.ctx, &st); err != nil {
			t.Fatal(err)
		}
		st, _ = a.store.Settings(a.ctx)
		c := a.files().newPDFChoices(e.Plan(), st)
		if shown := c.companyNote.Visible(); shown != (company == "") || !strings.Contains(c.companyNote.Text, "Company name") {
			t.Errorf("company %q: note %q shown %v", company, c.companyNote.Text, shown)
		}
	}
}
