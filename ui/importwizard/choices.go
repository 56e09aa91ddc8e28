package importwizard

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/storage/csvimport"
	"kamplan/ui/form"
)

// wizardChoices are the inputs of the step on screen that decide whether it may go on.
type wizardChoices struct {
	kind     *widget.RadioGroup
	target   *widget.Select
	dates    *widget.RadioGroup
	datesBox *fyne.Container
	decimals *fyne.Container
	prefer   *widget.RadioGroup
	problem  *widget.Label // why the step cannot go on
	preview  *widget.Table // the first rows as the choices read them
}

// kindChoice asks what the file holds, with nothing chosen until the person says; the
// plan that contacts go into is picked beside it.
func (w *importWizard) kindChoice() fyne.CanvasObject {
	contacts, accounts := w.loc.T("csv.wizard.kind_contacts"), w.loc.T("csv.wizard.kind_accounts")
	opps := w.loc.T("csv.wizard.kind_opportunities")
	labels := map[csvimport.Kind]string{csvimport.KindContacts: contacts, csvimport.KindAccounts: accounts, csvimport.KindOpportunities: opps}
	r := widget.NewRadioGroup([]string{contacts, accounts, opps}, nil)
	r.Required = true
	if w.kindChosen {
		r.SetSelected(labels[w.kind])
	}
	r.OnChanged = func(s string) {
		k := csvimport.KindAccounts
		for kind, l := range labels {
			if l == s {
				k = kind
			}
		}
		if !w.kindChosen || k != w.kind {
			w.kind, w.kindChosen, w.mapping = k, true, w.rememberedMapping(w.table.Header, k)
			w.showStep(0)
		}
	}
	w.choices.kind = r
	box := container.NewVBox(widget.NewLabelWithStyle(w.loc.T("csv.wizard.what"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r)
	if w.kindChosen && w.kind != csvimport.KindAccounts {
		box.Add(container.NewBorder(nil, nil, widget.NewLabel(w.loc.T("csv.wizard.into_plan")), nil, w.targetChoice()))
	}
	if people := csvimport.PeopleColumns(w.table.Header, nil); csvimport.HoldsPeople(w.table.Header, nil) {
		hint := widget.NewLabel(w.loc.T("csv.wizard.people_hint", strings.Join(people, ", ")))
		hint.Wrapping = fyne.TextWrapWord
		box.Add(hint)
	}
	return box
}

// targetChoice picks the plan contacts go into: the open one unless another is picked.
func (w *importWizard) targetChoice() *widget.Select {
	var labels []string
	for _, p := range w.plans {
		labels = append(labels, p.AccountName+" · "+p.Period)
	}
	s := widget.NewSelect(labels, nil)
	s.PlaceHolder = w.loc.T("csv.wizard.pick_plan")
	if i := slices.IndexFunc(w.plans, func(p domain.PlanSummary) bool { return p.PlanID == w.target.PlanID }); i >= 0 {
		s.SetSelectedIndex(i)
	}
	s.OnChanged = func(string) {
		if i := s.SelectedIndex(); i >= 0 {
			p := w.plans[i]
			w.target = Target{AccountID: p.AccountID, AccountName: p.AccountName, PlanID: p.PlanID, Period: p.Period}
			w.check()
		}
	}
	w.choices.target = s
	return s
}

// datesChoice asks the order of dates such as 03/04/2026, shown only when the file's
// date column leaves it open (see csvimport.NeedsDateOrder).
func (w *importWizard) datesChoice() *fyne.Container {
	opts := []string{w.loc.T("csv.wizard.dates_dmy"), w.loc.T("csv.wizard.dates_mdy")}
	orders := []csvimport.DateOrder{csvimport.DatesDMY, csvimport.DatesMDY}
	r := widget.NewRadioGroup(opts, nil)
	r.Required = true
	if i := slices.Index(orders, w.dates); i >= 0 {
		r.SetSelected(opts[i])
	}
	r.OnChanged = func(s string) {
		if i := slices.Index(opts, s); i >= 0 {
			w.dates = orders[i]
			w.check()
		}
	}
	w.choices.dates = r
	w.choices.datesBox = container.NewVBox(widget.NewLabelWithStyle(w.loc.T("csv.wizard.dates"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r)
	return w.choices.datesBox
}

// dateOrder is the order the person gave, when the file needs one; else the file decides.
func (w *importWizard) dateOrder() csvimport.DateOrder {
	if datesNeeded(w.kind, w.table, w.mapping) {
		return w.dates
	}
	return csvimport.DatesUnknown
}

// check shows the first rows as the choices read them and why the first step cannot go
// on, if it cannot, and enables Next if it can.
func (w *importWizard) check() {
	if w.step != 0 || w.choices.problem == nil {
		return
	}
	if w.choices.preview != nil {
		w.choices.preview.Refresh()
	}
	msg, blocked := w.blocker()
	w.choices.problem.SetText(msg)
	setVisible(w.choices.problem, msg != "")
	if box := w.choices.datesBox; box != nil {
		setVisible(box, datesNeeded(w.kind, w.table, w.mapping))
	}
	if box := w.choices.decimals; box != nil {
		setVisible(box, decimalsNeeded(w.kind, w.table))
	}
	if blocked {
		w.next.Disable()
	} else {
		w.next.Enable()
	}
}

// blocker says why the file cannot be imported as chosen so far: a message, or "" when
// it waits for a choice the page asks (what the file holds, the plan, the date order).
func (w *importWizard) blocker() (string, bool) {
	var err error
	switch {
	case !w.kindChosen:
		return "", true
	case w.kind == csvimport.KindAccounts:
		_, err = csvimport.AccountsFrom(w.table, w.mapping)
	case w.kind == csvimport.KindOpportunities:
		return w.oppBlocker()
	case w.target.PlanID == "":
		return "", true
	case csvimport.NeedsDateOrder(w.table, w.mapping) && w.dates == csvimport.DatesUnknown:
		return "", true
	default:
		_, err = csvimport.ContactsFrom(w.table, w.mapping, w.dateOrder())
	}
	if err != nil {
		return form.Capitalise(form.Message(w.loc, err)), true
	}
	return "", false
}

// preferChoice asks which value stays where the file differs from what is stored.
func (w *importWizard) preferChoice() fyne.CanvasObject {
	opts := []string{w.loc.T("csv.wizard.prefer_stored"), w.loc.T("csv.wizard.prefer_file")}
	r := widget.NewRadioGroup(opts, func(s string) {
		if i := slices.Index(opts, s); i >= 0 {
			w.prefer = csvimport.Prefer(i)
		}
	})
	r.Required = true
	r.SetSelected(opts[w.prefer])
	w.choices.prefer = r
	return container.NewVBox(widget.NewLabelWithStyle(w.loc.T("csv.wizard.prefer"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r)
}
