package importwizard

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/storage/csvimport"
	"kamplan/ui/form"
)

// oppColumns is the first step for an opportunities export: the CRM its headers tell,
// each column's field (read from the CRM's documented headers, not chosen), and the order
// of its dates and the decimal mark of its amounts when the file leaves them open.
func (w *importWizard) oppColumns(top *fyne.Container) fyne.CanvasObject {
	top.Add(widget.NewLabel(w.loc.T("csv.wizard.crm", csvimport.DetectCRM(w.table.Header))))
	if datesNeeded(w.kind, w.table, w.mapping) { // the file decides; asked only when it does not
		top.Add(w.datesChoice())
	}
	if decimalsNeeded(w.kind, w.table) {
		top.Add(w.decimalsChoice())
	}
	o, _ := csvimport.OpportunitiesFrom(w.table, csvimport.OppOptions{Dates: csvimport.DatesDMY, Decimals: csvimport.DecimalPoint})
	m := o.Mapping()
	grid := container.NewGridWithColumns(2)
	for i, h := range w.table.Header {
		f := csvimport.FieldNone
		if i < len(m) {
			f = m[i]
		}
		grid.Add(widget.NewLabel(headerOr(h, i)))
		grid.Add(widget.NewLabel(w.fieldLabel(f)))
	}
	return container.NewBorder(top, nil, nil, nil, container.NewVScroll(grid))
}

// decimalsChoice asks the decimal mark of amounts such as 1,500, shown only when every
// amount of the file reads two ways (see csvimport.NeedsDecimals).
func (w *importWizard) decimalsChoice() *fyne.Container {
	opts := []string{w.loc.T("csv.wizard.decimal_point"), w.loc.T("csv.wizard.decimal_comma")}
	marks := []csvimport.Decimals{csvimport.DecimalPoint, csvimport.DecimalComma}
	r := widget.NewRadioGroup(opts, nil)
	r.Required = true
	if i := slices.Index(marks, w.decimals); i >= 0 {
		r.SetSelected(opts[i])
	}
	r.OnChanged = func(s string) {
		if i := slices.Index(opts, s); i >= 0 {
			w.decimals = marks[i]
			w.check()
		}
	}
	w.choices.decimals = container.NewVBox(widget.NewLabelWithStyle(w.loc.T("csv.wizard.decimals"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r)
	return w.choices.decimals
}

// datesNeeded reports whether a file of kind k leaves the order of its dates to the person.
func datesNeeded(k csvimport.Kind, t csvimport.Table, m csvimport.Mapping) bool {
	switch k {
	case csvimport.KindContacts:
		return csvimport.NeedsDateOrder(t, m)
	case csvimport.KindOpportunities:
		return csvimport.OppNeedsDateOrder(t)
	}
	return false
}

// decimalsNeeded reports whether a file of kind k leaves the decimal mark to the person.
func decimalsNeeded(k csvimport.Kind, t csvimport.Table) bool {
	return k == csvimport.KindOpportunities && csvimport.NeedsDecimals(t)
}

// oppOptions are the person's answers, those the file needs.
func oppOptions(t csvimport.Table, dates csvimport.DateOrder, decimals csvimport.Decimals) csvimport.OppOptions {
	var o csvimport.OppOptions
	if csvimport.OppNeedsDateOrder(t) {
		o.Dates = dates
	}
	if csvimport.NeedsDecimals(t) {
		o.Decimals = decimals
	}
	return o
}

// oppBlocker is blocker for an opportunities export: the plan and the questions the
// file leaves open first, then whatever keeps the file from being read.
func (w *importWizard) oppBlocker() (string, bool) {
	switch {
	case w.target.PlanID == "",
		datesNeeded(w.kind, w.table, w.mapping) && w.dates == csvimport.DatesUnknown,
		decimalsNeeded(w.kind, w.table) && w.decimals == csvimport.DecimalsUnknown:
		return "", true
	}
	if _, err := csvimport.OpportunitiesFrom(w.table, oppOptions(w.table, w.dates, w.decimals)); err != nil {
		return form.Capitalise(form.Message(w.loc, err)), true
	}
	return "", false
}

func (w *importWizard) workOpportunities() error {
	o, err := csvimport.OpportunitiesFrom(w.table, oppOptions(w.table, w.dates, w.decimals))
	if err != nil {
		return err
	}
	w.opps, err = csvimport.PrepareOpportunities(w.sh.Context(), w.sh.Store(), w.target.PlanID, o)
	return err
}

// rememberedDecimals is the decimal mark chosen last time for files with these headers.
func rememberedDecimals(prefs fyne.Preferences, header []string) csvimport.Decimals {
	switch d := csvimport.Decimals(prefs.String(decimalsKey(header))); d {
	case csvimport.DecimalPoint, csvimport.DecimalComma:
		return d
	}
	return csvimport.DecimalsUnknown
}

// decimalsKey names the preference remembering the decimal mark of files with these headers.
func decimalsKey(header []string) string {
	return "csv.decimals." + datesKey(header)[len("csv.dates."):]
}
