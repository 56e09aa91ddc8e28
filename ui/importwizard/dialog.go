package importwizard

import (
	"fmt"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/storage/csvimport"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// importWizard walks a person through a CSV import: what the file holds (always asked;
// contacts go into the plan the person picks) and how its columns map, with the first 20
// rows as they will be imported and the order of its dates when the file leaves it open;
// which rows to bring in, what to do with possible duplicates and with values that differ
// from the stored ones; then a summary. Nothing is written before Import, and the import
// runs off the UI goroutine.
type importWizard struct {
	sh     shell.Shell
	loc    locale.Locale
	table  csvimport.Table
	name   string
	plans  []domain.PlanSummary // the plans contacts may go into
	target Target

	kind       csvimport.Kind
	kindChosen bool
	mapping    csvimport.Mapping
	dates      csvimport.DateOrder
	decimals   csvimport.Decimals
	dups       csvimport.Duplicates
	prefer     csvimport.Prefer
	companies  map[string]bool

	contacts *csvimport.ContactsImport
	accounts *csvimport.AccountsImport
	opps     *csvimport.OppImport

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

func newImportWizard(sh shell.Shell, t csvimport.Table, name string, target Target) *importWizard {
	w := &importWizard{sh: sh, loc: sh.Locale(), table: t, name: name, target: target, companies: map[string]bool{}}
	plans, err := w.sh.Store().Portfolio(w.sh.Context())
	if err != nil {
		log.Printf("kamplan: the import wizard cannot list the plans: %v", err)
	}
	w.plans = plans
	w.dates = w.rememberedDates(t.Header)
	w.decimals = rememberedDecimals(sh.Preferences(), t.Header)
	return w
}

func (w *importWizard) show() {
	w.body = container.NewStack()
	w.back = widget.NewButton(w.loc.T("csv.wizard.back"), func() { w.goTo(w.step - 1) })
	w.next = widget.NewButton(w.loc.T("csv.wizard.next"), func() { w.goTo(w.step + 1) })
	w.next.Importance = widget.HighImportance
	w.doImport = widget.NewButton(w.loc.T("csv.wizard.import"), w.onImport)
	w.doImport.Importance = widget.HighImportance
	cancel := widget.NewButton(w.loc.T("csv.wizard.cancel"), func() { w.dlg.Hide() })
	buttons := container.NewHBox(cancel, widget.NewSeparator(), w.back, w.next, w.doImport)
	content := container.NewBorder(nil, container.NewCenter(buttons), nil, nil, w.body)
	w.dlg = dialog.NewCustomWithoutButtons(w.loc.T("csv.wizard.title", w.name), content, w.sh.Window())
	w.dlg.Resize(wizardSize(w.sh.Window()))
	w.goTo(0)
	w.sh.ShowDialog(w.dlg, nil)
}

func wizardSize(win fyne.Window) fyne.Size {
	s := win.Canvas().Size()
	return fyne.NewSize(min(1000, s.Width-40), min(680, s.Height-40))
}

// goTo shows a step: 0 what the file holds and its columns, 1 the rows, 2 the summary.
func (w *importWizard) goTo(step int) {
	if w.kind == csvimport.KindOpportunities && step == 1 { // no rows to pick: the account decides
		step = 2
		if w.step == 2 {
			step = 0
		}
	}
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
	var err error
	w.sh.Run(w.loc.T("csv.wizard.preparing"), false, func(func(float64)) error {
		err = w.work()
		return err
	}, func(err error) {
		if err != nil {
			w.sh.ShowError(err)
			if w.stepShown != nil {
				w.stepShown(w.step) // the wizard stays where it was
			}
			return
		}
		then()
	})
}

func (w *importWizard) work() error {
	w.contacts, w.accounts, w.opps = nil, nil, nil
	if w.kind == csvimport.KindOpportunities {
		return w.workOpportunities()
	}
	if w.kind == csvimport.KindAccounts {
		as, err := csvimport.AccountsFrom(w.table, w.mapping)
		if err != nil {
			return err
		}
		w.accounts, err = csvimport.PrepareAccounts(w.sh.Context(), w.sh.Store(), as, w.prefer)
		return err
	}
	cs, err := csvimport.ContactsFrom(w.table, w.mapping, w.dateOrder())
	if err != nil {
		return err
	}
	opts := csvimport.ContactOptions{Duplicates: w.dups, Companies: w.companies, Prefer: w.prefer}
	w.contacts, err = csvimport.PrepareContacts(w.sh.Context(), w.sh.Store(), w.target.PlanID, cs, opts)
	return err
}

// onImport writes the worked-out import in one transaction, off the UI goroutine.
func (w *importWizard) onImport() {
	w.dlg.Hide()
	w.rememberMapping(w.table.Header, w.kind, w.mapping)
	if w.dateOrder() != csvimport.DatesUnknown {
		w.rememberDates(w.table.Header, w.dates)
	}
	if decimalsNeeded(w.kind, w.table) {
		w.sh.Preferences().SetString(decimalsKey(w.table.Header), string(w.decimals))
	}
	var rep csvimport.Report
	w.sh.Run(w.loc.T("csv.wizard.importing"), false, func(func(float64)) error {
		if w.opps != nil {
			rep = w.opps.Report
			return w.opps.Save(w.sh.Context(), w.sh.Store())
		}
		if w.accounts != nil {
			rep = w.accounts.Report
			return w.accounts.Save(w.sh.Context(), w.sh.Store(), fmt.Sprintf("FY%d", domain.Today().Year()+1))
		}
		rep = w.contacts.Report
		return w.contacts.Save(w.sh.Context(), w.sh.Store())
	}, func(err error) {
		w.finished(rep, err)
		if w.done != nil {
			w.done(err)
		}
	})
}

func (w *importWizard) finished(rep csvimport.Report, err error) {
	if err != nil {
		shell.ShowProblems(w.sh, w.loc.T("csv.wizard.failed"), err)
		return
	}
	if w.kind != csvimport.KindAccounts {
		w.sh.OpenPlan(w.target.AccountID, w.target.PlanID, "")
	} else {
		w.sh.ShowHome()
	}
	w.showReport(rep)
}

// showReport lists what the import did.
func (w *importWizard) showReport(rep csvimport.Report) {
	text := widget.NewLabel(w.reportText(rep, true))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(640, 300))
	w.sh.ShowDialog(dialog.NewCustom(w.loc.Title("menu.import_csv"), w.loc.T("dialog.close"), scroll, w.sh.Window()), nil)
	w.sh.Notify(w.reportSummary(rep, true))
}

// report is the worked-out import's report.
func (w *importWizard) report() csvimport.Report {
	if w.opps != nil {
		return w.opps.Report
	}
	if w.accounts != nil {
		return w.accounts.Report
	}
	return w.contacts.Report
}
