package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/storage/csvimport"
)

const previewRows = 20

// buildColumns is step 1: what the file holds, how it was read, each column's field,
// and the first rows as they will be imported.
func (w *importWizard) buildColumns() fyne.CanvasObject {
	a := w.a
	top := container.NewVBox()
	if w.target.planID != "" {
		top.Add(w.kindChoice())
	}
	delim := csvimport.DelimiterPhrase(w.table.Delimiter)
	rows := a.trCount("csv.count.rows", len(w.table.Rows), len(w.table.Rows))
	top.Add(widget.NewLabel(a.tr("csv.wizard.detected", w.table.Encoding, a.tr(delim.Key), rows)))
	preview := w.previewTable()
	grid := container.NewGridWithColumns(4)
	for i, h := range w.table.Header {
		grid.Add(widget.NewLabel(headerOr(h, i)))
		grid.Add(w.fieldSelect(i, preview))
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

func (w *importWizard) kindChoice() fyne.CanvasObject {
	a := w.a
	contacts := a.tr("csv.wizard.kind_contacts", w.target.accountName, w.target.period)
	accounts := a.tr("csv.wizard.kind_accounts")
	r := widget.NewRadioGroup([]string{contacts, accounts}, nil)
	r.Horizontal = true
	r.Required = true
	if w.kind == csvimport.KindContacts {
		r.SetSelected(contacts)
	} else {
		r.SetSelected(accounts)
	}
	r.OnChanged = func(s string) {
		k := csvimport.KindAccounts
		if s == contacts {
			k = csvimport.KindContacts
		}
		if k != w.kind {
			w.kind, w.mapping = k, a.rememberedMapping(w.table.Header, k)
			w.showStep(0)
		}
	}
	return r
}

// fieldSelect chooses the field of column i; "not used" leaves the column out.
func (w *importWizard) fieldSelect(i int, preview *widget.Table) *widget.Select {
	fields := append([]csvimport.Field{csvimport.FieldNone}, csvimport.Fields(w.kind)...)
	labels := make([]string, len(fields))
	for j, f := range fields {
		labels[j] = fieldLabel(w.a, f)
	}
	s := widget.NewSelect(labels, nil)
	s.SetSelected(fieldLabel(w.a, w.mapping[i]))
	s.OnChanged = func(label string) {
		for j, l := range labels {
			if l == label {
				w.mapping[i] = fields[j]
			}
		}
		preview.Refresh()
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
	head := []string{w.a.tr("csv.wizard.line"), fieldLabel(w.a, csvimport.FieldName), fieldLabel(w.a, csvimport.FieldTitle),
		fieldLabel(w.a, csvimport.FieldEmail), fieldLabel(w.a, csvimport.FieldPhone), fieldLabel(w.a, csvimport.FieldCompany),
		fieldLabel(w.a, csvimport.FieldOwner), fieldLabel(w.a, csvimport.FieldNotes)}
	out := [][]string{head}
	cs, err := csvimport.ContactsFrom(t, w.mapping, w.dates)
	if err != nil {
		return append(out, []string{"", w.a.message(err)})
	}
	for _, r := range cs.Rows {
		c := r.Contact
		out = append(out, []string{fmt.Sprint(r.Line), c.Name, c.Title, c.Email, c.Phone, r.Account, c.Owner, oneLineText(c.Notes)})
	}
	return out
}

func (w *importWizard) accountCells(t csvimport.Table) [][]string {
	a := w.a
	head := []string{a.tr("csv.wizard.line"), fieldLabel(a, csvimport.FieldCompany), fieldLabel(a, csvimport.FieldIndustry),
		fieldLabel(a, csvimport.FieldCountry), fieldLabel(a, csvimport.FieldEmployees), fieldLabel(a, csvimport.FieldOwner),
		fieldLabel(a, csvimport.FieldWebsite), fieldLabel(a, csvimport.FieldNotes)}
	out := [][]string{head}
	as, err := csvimport.AccountsFrom(t, w.mapping)
	if err != nil {
		return append(out, []string{"", a.message(err)})
	}
	for _, r := range as.Rows {
		x := r.Account
		out = append(out, []string{fmt.Sprint(r.Line), x.Name, x.Industry, x.Country, x.Size, x.Owner, x.Website, oneLineText(x.Notes)})
	}
	return out
}

func oneLineText(s string) string { return strings.ReplaceAll(s, "\n", " · ") }

// buildRows is step 2: which organisations' rows to bring in, and what to do with
// possible duplicates.
func (w *importWizard) buildRows() fyne.CanvasObject {
	a := w.a
	if w.kind == csvimport.KindAccounts {
		l := widget.NewLabel(a.tr("csv.wizard.accounts_rule"))
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	box := container.NewVBox(widget.NewLabelWithStyle(a.tr("csv.wizard.companies"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	cs, err := csvimport.ContactsFrom(w.table, w.mapping, w.dates)
	if err != nil {
		box.Add(widget.NewLabel(a.message(err)))
		return box
	}
	for _, c := range csvimport.Companies(cs, w.target.accountName) {
		box.Add(w.companyCheck(c))
	}
	box.Add(widget.NewSeparator())
	box.Add(widget.NewLabelWithStyle(a.tr("csv.wizard.duplicates"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	box.Add(w.duplicatesChoice())
	return container.NewVScroll(box)
}

func (w *importWizard) companyCheck(c csvimport.Company) fyne.CanvasObject {
	label := w.a.tr("csv.wizard.company_rows", c.Name, w.a.trCount("csv.count.rows", c.Rows, c.Rows))
	ch := widget.NewCheck(label, func(on bool) { w.companies[c.Key] = on })
	ch.SetChecked(c.Plans || w.companies[c.Key])
	if c.Plans {
		ch.Disable()
	}
	return ch
}

func (w *importWizard) duplicatesChoice() fyne.CanvasObject {
	a := w.a
	opts := []string{a.tr("csv.wizard.dup_keep"), a.tr("csv.wizard.dup_merge"), a.tr("csv.wizard.dup_skip")}
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
	head := widget.NewLabelWithStyle(w.a.reportSummary(rep, false), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	body := widget.NewLabel(strings.TrimPrefix(w.a.reportText(rep, false), w.a.reportSummary(rep, false)+"\n"))
	body.Wrapping = fyne.TextWrapWord
	return container.NewBorder(head, widget.NewLabel(w.a.tr("csv.wizard.nothing_yet")), nil, nil, container.NewVScroll(body))
}
