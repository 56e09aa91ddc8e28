package ui

import (
	"fmt"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/storage/csvimport"
)

// importWizard walks a person through a CSV import: what the file holds (always asked;
// contacts go into the plan the person picks) and how its columns map, with the first 20
// rows as they will be imported and the order of its dates when the file leaves it open;
// which rows to bring in, what to do with possible duplicates and with values that differ
// from the stored ones; then a summary. Nothing is written before Import, and the import
// runs off the UI goroutine.
type importWizard struct {
	a      *App
	table  csvimport.Table
	name   string
	plans  []domain.PlanSummary // the plans contacts may go into
	target importTarget

	kind       csvimport.Kind
	kindChosen bool
	mapping    csvimport.Mapping
	dates      csvimport.DateOrder
	dups       csvimport.Duplicates
	prefer     csvimport.Prefer
	companies  map[string]bool

	contacts *csvimport.ContactsImport
	accounts *csvimport.AccountsImport

	step     int
	dlg      dialog.Dialog
	body     *fyne.Container
	back     *widget.Button
	next     *widget.Button
	doImport *widget.Button
	choices  wizardChoices
	// done and stepShown, when set (by tests), run after the import finished or failed
	// and after a step is shown (or the next one could not be worked out).
	done      func(error)
	stepShown func(step int)
}

func newImportWizard(a *App, t csvimport.Table, name string) *importWizard {
	w := &importWizard{a: a, table: t, name: name, target: a.importTarget(), companies: map[string]bool{}}
	plans, err := a.store.Portfolio(a.ctx)
	if err != nil {
		log.Printf("kamplan: the import wizard cannot list the plans: %v", err)
	}
	w.plans = plans
	w.dates = a.rememberedDates(t.Header)
	return w
}

func (w *importWizard) show() {
	w.body = container.NewStack()
	w.back = widget.NewButton(w.a.tr("csv.wizard.back"), func() { w.goTo(w.step - 1) })
	w.next = widget.NewButton(w.a.tr("csv.wizard.next"), func() { w.goTo(w.step + 1) })
	w.next.Importance = widget.HighImportance
	w.doImport = widget.NewButton(w.a.tr("csv.wizard.import"), w.onImport)
	w.doImport.Importance = widget.HighImportance
	cancel := widget.NewButton(w.a.tr("csv.wizard.cancel"), func() { w.dlg.Hide() })
	buttons := container.NewHBox(cancel, widget.NewSeparator(), w.back, w.next, w.doImport)
	content := container.NewBorder(nil, container.NewCenter(buttons), nil, nil, w.body)
	w.dlg = dialog.NewCustomWithoutButtons(w.a.tr("csv.wizard.title", w.name), content, w.a.win)
	w.dlg.Resize(wizardSize(w.a.win))
	w.goTo(0)
	w.a.ShowDialog(w.dlg, nil)
}

func wizardSize(win fyne.Window) fyne.Size {
	s := win.Canvas().Size()
	return fyne.NewSize(min(1000, s.Width-40), min(680, s.Height-40))
}

// goTo shows a step: 0 what the file holds and its columns, 1 the rows, 2 the summary.
func (w *importWizard) goTo(step int) {
	if step == 2 {
		w.prepare(func() { w.showStep(2) })
		return
	}
	w.showStep(step)
}

func (w *importWizard) showStep(step int) {
	w.step = step
	w.choices = wizardChoices{}
	var page fyne.CanvasObject
	switch step {
	case 0:
		page = w.buildColumns()
	case 1:
		page = w.buildRows()
	default:
		page = w.buildSummary()
	}
	w.body.Objects = []fyne.CanvasObject{page}
	w.body.Refresh()
	setVisible(w.back, step > 0)
	setVisible(w.next, step < 2)
	setVisible(w.doImport, step == 2)
	w.next.Enable()
	if step == 0 {
		w.check()
	}
	if w.stepShown != nil {
		w.stepShown(step)
	}
}

func setVisible(o fyne.CanvasObject, v bool) {
	if v {
		o.Show()
	} else {
		o.Hide()
	}
}

// prepare works the import out (writing nothing) off the UI goroutine.
func (w *importWizard) prepare(then func()) {
	a := w.a
	var err error
	a.runJob(a.tr("csv.wizard.preparing"), false, func(func(float64)) error {
		err = w.work()
		return err
	}, func(err error) {
		if err != nil {
			a.showError(err)
			if w.stepShown != nil {
				w.stepShown(w.step) // the wizard stays where it was
			}
			return
		}
		then()
	})
}

func (w *importWizard) work() error {
	a := w.a
	w.contacts, w.accounts = nil, nil
	if w.kind == csvimport.KindAccounts {
		as, err := csvimport.AccountsFrom(w.table, w.mapping)
		if err != nil {
			return err
		}
		w.accounts, err = csvimport.PrepareAccounts(a.ctx, a.store, as, w.prefer)
		return err
	}
	cs, err := csvimport.ContactsFrom(w.table, w.mapping, w.dateOrder())
	if err != nil {
		return err
	}
	opts := csvimport.ContactOptions{Duplicates: w.dups, Companies: w.companies, Prefer: w.prefer}
	w.contacts, err = csvimport.PrepareContacts(a.ctx, a.store, w.target.planID, cs, opts)
	return err
}

// onImport writes the worked-out import in one transaction, off the UI goroutine.
func (w *importWizard) onImport() {
	a := w.a
	w.dlg.Hide()
	a.rememberMapping(w.table.Header, w.kind, w.mapping)
	if w.dateOrder() != csvimport.DatesUnknown {
		a.rememberDates(w.table.Header, w.dates)
	}
	var rep csvimport.Report
	a.runJob(a.tr("csv.wizard.importing"), false, func(func(float64)) error {
		if w.accounts != nil {
			rep = w.accounts.Report
			return w.accounts.Save(a.ctx, a.store, fmt.Sprintf("FY%d", domain.Today().Year()+1))
		}
		rep = w.contacts.Report
		return w.contacts.Save(a.ctx, a.store)
	}, func(err error) {
		w.finished(rep, err)
		if w.done != nil {
			w.done(err)
		}
	})
}

func (w *importWizard) finished(rep csvimport.Report, err error) {
	a := w.a
	if err != nil {
		a.showProblems(a.tr("csv.wizard.failed"), err)
		return
	}
	if w.kind == csvimport.KindContacts {
		a.openPlan(w.target.accountID, w.target.planID)
	} else {
		a.showHome()
	}
	a.showReport(rep)
}

// showReport lists what the import did.
func (a *App) showReport(rep csvimport.Report) {
	text := widget.NewLabel(a.reportText(rep, true))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(640, 300))
	a.ShowDialog(dialog.NewCustom(a.title("menu.import_csv"), a.tr("dialog.close"), scroll, a.win), nil)
	a.setStatus(a.reportSummary(rep, true))
}

// report is the worked-out import's report.
func (w *importWizard) report() csvimport.Report {
	if w.accounts != nil {
		return w.accounts.Report
	}
	return w.contacts.Report
}
