package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/storage/csvimport"
)

func wizardOn(t *testing.T, a *App, file string) *importWizard {
	t.Helper()
	data, err := os.ReadFile("../storage/csvimport/testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := csvimport.ReadBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	w := newImportWizard(a, tb, file)
	w.show()
	return w
}

// runImport works the import out, shows the summary and presses Import.
func runImport(t *testing.T, w *importWizard) string {
	t.Helper()
	if err := w.work(); err != nil {
		t.Fatal(err)
	}
	w.showStep(2)
	summary := w.a.reportText(w.report(), false)
	done := make(chan error, 1)
	w.done = func(err error) { done <- err }
	test.Tap(w.doImport)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	return summary
}

func acerosEditor(t *testing.T, a *App) {
	acc, _ := a.store.AccountByName(a.ctx, "Aceros del Norte, S.A.")
	for _, r := range a.home.all {
		if r.AccountID == acc.ID {
			a.openPlan(r.AccountID, r.PlanID)
		}
	}
}

func TestWizardImportsPickedCompanyAndMergesDuplicates(t *testing.T) {
	a := newTestApp(t, "en")
	acerosEditor(t, a)
	planID := a.editor.plan.ID
	before, _ := a.store.LoadPlan(a.ctx, planID)
	w := wizardOn(t, a, "hubspot_same_names.csv")
	if w.kind != csvimport.KindContacts {
		t.Fatal("a contacts file opened as accounts")
	}
	w.showStep(1)
	w.dups = csvimport.MergeThem
	summary := runImport(t, w)
	if !strings.Contains(summary, "On Import: 1 new contact, 3 updated, 1 unchanged, 0 rows left out, 7 differing values kept as stored") || !strings.Contains(summary, "merged as you chose") {
		t.Fatalf("summary:\n%s", summary)
	}
	after, _ := a.store.LoadPlan(a.ctx, planID)
	if len(after.Contacts) != len(before.Contacts)+1 || a.editor == nil || len(a.editor.plan.Contacts) != len(after.Contacts) {
		t.Fatalf("%d → %d contacts in the store; the editor shows %d", len(before.Contacts), len(after.Contacts), len(a.editor.plan.Contacts))
	}
	// Another company's file: nothing lands until the person picks its rows.
	w = wizardOn(t, a, "sf_report_other_company.csv")
	if err := w.work(); err != nil || w.contacts.Report.Skipped != 2 {
		t.Fatalf("%v %+v", err, w.contacts.Report)
	}
	w.companies[csvimport.CompanyKey("Hotel Spa Marbella")] = true
	runImport(t, w)
	if p, _ := a.store.LoadPlan(a.ctx, planID); len(p.Contacts) != len(after.Contacts)+2 {
		t.Fatalf("picked rows not imported: %d", len(p.Contacts))
	}
}

func TestWizardMappingByHandIsRemembered(t *testing.T) {
	a := newTestApp(t, "es")
	a.showHome()
	w := wizardOn(t, a, "hubspot_companies.csv")
	if w.kind != csvimport.KindAccounts {
		t.Fatal("an accounts file opened as contacts")
	}
	w.mapping[0] = csvimport.FieldNotes // Record ID → notes
	summary := runImport(t, w)
	if !strings.Contains(summary, "Al importar: 1 cuenta nueva, 1 actualizada") || !strings.Contains(summary, "línea 4: 12 valores para 11 columnas (un separador «coma» dentro") {
		t.Fatalf("summary:\n%s", summary)
	}
	h, err := a.store.AccountByName(a.ctx, "Herrajes Vascos")
	if err != nil || !strings.Contains(h.Notes, "Record ID: 301") || h.Employees != 80 || h.AnnualRevenue != 1_200_000_000 {
		t.Fatalf("%+v %v", h, err)
	}
	if again := wizardOn(t, a, "hubspot_companies.csv"); again.mapping[0] != csvimport.FieldNotes {
		t.Fatal("the mapping chosen by hand was not remembered")
	}
	if _, err := a.store.AccountByName(a.ctx, "Talleres Gómez"); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatal("a shifted row was imported")
	}
}

func TestWizardCancelWritesNothing(t *testing.T) {
	a := newTestApp(t, "en")
	before, _ := a.store.Portfolio(a.ctx)
	w := wizardOn(t, a, "dynamics_accounts_unicode.txt")
	if err := w.work(); err != nil {
		t.Fatal(err)
	}
	w.showStep(2)
	w.dlg.Hide()
	if after, _ := a.store.Portfolio(a.ctx); len(after) != len(before) {
		t.Fatal("cancel wrote")
	}
}
