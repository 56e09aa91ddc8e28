package importwizard

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/storage/csvimport"
	"kamplan/ui/form"
)

const previewRows = 20

// buildColumns is step 1: what the file holds, how it was read, each column's field,
// the order of its dates when the file leaves it open, and the first rows as they will
// be imported. Until the person says what the file holds, only the question shows.
func (w *importWizard) buildColumns() fyne.CanvasObject {
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	w.choices.problem = problem
	delim := csvimport.DelimiterPhrase(w.table.Delimiter)
	rows := w.loc.TCount("csv.count.rows", len(w.table.Rows), len(w.table.Rows))
	detected := widget.NewLabel(w.loc.T("csv.wizard.detected", w.table.Encoding, w.loc.T(delim.Key), rows))
	detected.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(w.kindChoice(), problem)
	if !w.kindChosen {
		return container.NewVBox(top, detected)
	}
	top.Add(detected)
	if w.kind == csvimport.KindOpportunities {
		detected.SetText(w.loc.T("csv.wizard.detected_opps", w.table.Encoding, w.loc.T(delim.Key), rows))
		return w.oppColumns(top)
	}
	if w.kind == csvimport.KindContacts {
		top.Add(w.datesChoice())
	}
	preview := w.previewTable()
	w.choices.preview = preview
	grid := container.NewGridWithColumns(4)
	for i, h := range w.table.Header {
		grid.Add(widget.NewLabel(headerOr(h, i)))
		grid.Add(w.fieldSelect(i))
	}
	split := container.NewVSplit(container.NewVScroll(grid), preview)
	split.Offset = 0.45
	return container.NewBorder(top, nil, nil, nil, split)
}

func headerOr(h string, i int) string {
	if h == "" {
		return fmt.Sprintf("#%d", i+1)
	}
	return h
}

// fieldSelect chooses the field of column i; "not used" leaves the column out.
func (w *importWizard) fieldSelect(i int) *widget.Select {
	fields := append([]csvimport.Field{csvimport.FieldNone}, csvimport.Fields(w.kind)...)
	labels := make([]string, len(fields))
	for j, f := range fields {
		labels[j] = w.fieldLabel(f)
	}
	s := widget.NewSelect(labels, nil)
	s.SetSelected(w.fieldLabel(w.mapping[i]))
	s.OnChanged = func(label string) {
		for j, l := range labels {
			if l == label {
				w.mapping[i] = fields[j]
			}
		}
		w.check()
	}
	return s
}

// previewTable shows the first rows as they will be imported, with their line.
func (w *importWizard) previewTable() *widget.Table {
	data := w.previewCells()
	t := widget.NewTable(
		func() (int, int) { data = w.previewCells(); return len(data), len(data[0]) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.Truncation = fyne.TextTruncateEllipsis
			if id.Row < len(data) && id.Col < len(data[id.Row]) {
				l.SetText(data[id.Row][id.Col])
			}
			l.TextStyle.Bold = id.Row == 0
		})
	for c, width := range []float32{64, 170, 150, 190, 130, 150, 120, 220} {
		t.SetColumnWidth(c, width)
	}
	return t
}

func (w *importWizard) previewCells() [][]string {
	t := w.table
	n := min(previewRows, len(t.Rows))
	t.Rows, t.Lines = t.Rows[:n], t.Lines[:n]
	if w.kind == csvimport.KindAccounts {
		return w.accountCells(t)
	}
	head := []string{w.loc.T("csv.wizard.line"), w.fieldLabel(csvimport.FieldName), w.fieldLabel(csvimport.FieldTitle),
		w.fieldLabel(csvimport.FieldEmail), w.fieldLabel(csvimport.FieldCompany), w.fieldLabel(csvimport.FieldLastContact),
		w.fieldLabel(csvimport.FieldOwner), w.fieldLabel(csvimport.FieldNotes)}
	out := [][]string{head}
	order, err := csvimport.DateOrderOf(w.table, w.mapping, w.dateOrder()) // as the whole file reads
	var cs csvimport.Contacts
	if err == nil {
		cs, err = csvimport.ContactsFrom(t, w.mapping, order)
	}
	if err != nil {
		return append(out, []string{"", form.Message(w.loc, err)})
	}
	for _, r := range cs.Rows {
		c := r.Contact
		out = append(out, []string{fmt.Sprint(r.Line), c.Name, c.Title, c.Email, r.Account, w.loc.Day(c.LastContact), r.Owner, oneLineText(c.Notes)})
	}
	return out
}

func (w *importWizard) accountCells(t csvimport.Table) [][]string {
	head := []string{w.loc.T("csv.wizard.line"), w.fieldLabel(csvimport.FieldCompany), w.fieldLabel(csvimport.FieldIndustry),
		w.fieldLabel(csvimport.FieldCountry), w.fieldLabel(csvimport.FieldEmployees), w.fieldLabel(csvimport.FieldRevenue),
		w.fieldLabel(csvimport.FieldOwner), w.fieldLabel(csvimport.FieldNotes)}
	out := [][]string{head}
	as, err := csvimport.AccountsFrom(t, w.mapping)
	if err != nil {
		return append(out, []string{"", form.Message(w.loc, err)})
	}
	for _, r := range as.Rows {
		x := r.Account
		employees, revenue := x.Size, ""
		if x.Employees != 0 {
			employees = w.loc.Number(float64(x.Employees), 0)
		}
		if x.AnnualRevenue != 0 {
			revenue = strings.TrimSpace(w.loc.Amount(x.AnnualRevenue) + " " + x.RevenueCurrency)
		}
		out = append(out, []string{fmt.Sprint(r.Line), x.Name, x.Industry, x.Country, employees, revenue, x.Owner, oneLineText(x.Notes)})
	}
	return out
}

func oneLineText(s string) string { return strings.ReplaceAll(s, "\n", " · ") }

// buildRows is step 2: which organisations' rows to bring in, what to do with possible
// duplicates and which value stays where the file differs from what is stored.
func (w *importWizard) buildRows() fyne.CanvasObject {
	if w.kind == csvimport.KindAccounts {
		l := widget.NewLabel(w.loc.T("csv.wizard.accounts_rule"))
		l.Wrapping = fyne.TextWrapWord
		return container.NewVScroll(container.NewVBox(l, widget.NewSeparator(), w.preferChoice()))
	}
	box := container.NewVBox(widget.NewLabelWithStyle(w.loc.T("csv.wizard.companies"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	cs, err := csvimport.ContactsFrom(w.table, w.mapping, w.dateOrder())
	if err != nil {
		box.Add(widget.NewLabel(form.Message(w.loc, err)))
		return box
	}
	for _, c := range csvimport.Companies(cs, w.target.AccountName) {
		box.Add(w.companyCheck(c))
	}
	box.Add(widget.NewSeparator())
	box.Add(widget.NewLabelWithStyle(w.loc.T("csv.wizard.duplicates"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	box.Add(w.duplicatesChoice())
	box.Add(widget.NewSeparator())
	box.Add(w.preferChoice())
	return container.NewVScroll(box)
}

func (w *importWizard) companyCheck(c csvimport.Company) fyne.CanvasObject {
	label := w.loc.T("csv.wizard.company_rows", c.Name, w.loc.TCount("csv.count.rows", c.Rows, c.Rows))
	ch := widget.NewCheck(label, func(on bool) { w.companies[c.Key] = on })
	ch.SetChecked(c.Plans || w.companies[c.Key])
	if c.Plans {
		ch.Disable()
	}
	return ch
}

func (w *importWizard) duplicatesChoice() fyne.CanvasObject {
	opts := []string{w.loc.T("csv.wizard.dup_keep"), w.loc.T("csv.wizard.dup_merge"), w.loc.T("csv.wizard.dup_skip")}
	r := widget.NewRadioGroup(opts, func(s string) {
		for i, o := range opts {
			if o == s {
				w.dups = csvimport.Duplicates(i)
			}
		}
	})
	r.Required = true
	r.SetSelected(opts[w.dups])
	return r
}

// buildSummary is step 3: what will be created, updated and left out, before anything is written.
func (w *importWizard) buildSummary() fyne.CanvasObject {
	rep := w.report()
	head := widget.NewLabelWithStyle(w.reportSummary(rep, false), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	body := widget.NewLabel(strings.Join(w.reportDetails(rep), "\n"))
	body.Wrapping = fyne.TextWrapWord
	return container.NewBorder(head, widget.NewLabel(w.loc.T("csv.wizard.nothing_yet")), nil, nil, container.NewVScroll(body))
}
