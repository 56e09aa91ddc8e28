package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
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
	title := doc.T("review.pdf.title", doc.LongDate(domain.NewDate(2026, 11, 16)))
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
