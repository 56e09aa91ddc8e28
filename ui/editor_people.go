package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// stakeholdersPage lists the contacts with the map warnings; a dialog edits one contact.
func (e *editor) stakeholdersPage() fyne.CanvasObject {
	warnings := widget.NewLabel("")
	warnings.Wrapping = fyne.TextWrapWord
	e.live(func() {
		var lines []string
		for _, w := range e.plan.MapWarnings() {
			lines = append(lines, "⚠ "+e.tr(w.Key, w.Args...))
		}
		warnings.SetText(strings.Join(lines, "\n"))
	})
	list := widget.NewList(func() int { return len(e.plan.Contacts) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(e.contactLine(e.plan.Contacts[i]))
		})
	list.OnSelected = func(i widget.ListItemID) {
		list.UnselectAll()
		e.contactDialog(i, list)
	}
	add := widget.NewButtonWithIcon(e.tr("editor.add_contact"), theme.ContentAddIcon(), func() { e.contactDialog(-1, list) })
	scroll := container.NewGridWrap(fyne.NewSize(900, 420), list)
	return container.NewVBox(warnings, add, scroll, e.heading("editor.grid"), e.influenceGrid())
}

// influenceGrid lists who stands in each cell of the influence/support grid.
func (e *editor) influenceGrid() fyne.CanvasObject {
	cells := map[domain.GridCell]*widget.Label{}
	grid := container.NewGridWithColumns(2)
	// high influence on top; supportive on the right
	for _, c := range []domain.GridCell{domain.CellConvert, domain.CellLeverage, domain.CellMonitor, domain.CellMobilise} {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		cells[c] = l
		grid.Add(container.NewVBox(widget.NewLabelWithStyle(e.tr("grid."+string(c)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), l))
	}
	e.live(func() {
		names := map[domain.GridCell][]string{}
		for _, c := range e.plan.Contacts {
			names[c.Cell()] = append(names[c.Cell()], c.Name)
		}
		for cell, l := range cells {
			l.SetText(strings.Join(names[cell], ", "))
		}
	})
	return grid
}

func (e *editor) contactLine(c domain.Contact) string {
	return fmt.Sprintf("%s — %s · %s %d · %s · %s → %s · %s", c.Name, c.Title, e.tr("editor.influence"), c.Influence,
		e.tr(fmt.Sprintf("attitude.%d", c.Attitude)), e.tr(fmt.Sprintf("rel.%d", c.RelNow)), e.tr(fmt.Sprintf("rel.%d", c.RelTarget)),
		e.tr("grid."+string(c.Cell())))
}

// contactDialog edits contact i, or a new one when i < 0; the plan changes only on Save,
// and a contact that would make the plan invalid (a reports-to cycle) is refused with its message.
func (e *editor) contactDialog(i int, list *widget.List) {
	c := domain.Contact{ID: domain.NewID(), Influence: 3, RelNow: domain.RelWeak, RelTarget: domain.RelWorking, Frequency: domain.CadenceMonthly}
	if i >= 0 {
		c = e.plan.Contacts[i]
		c.BuyingRoles = append([]domain.BuyingRole(nil), c.BuyingRoles...)
	}
	f := newContactForm(e, &c)
	var d dialog.Dialog
	d = dialog.NewCustomConfirm(e.tr("editor.contact"), e.tr("dialog.save"), e.tr("dialog.cancel"), f.build(), func(ok bool) {
		if !ok {
			return
		}
		f.apply()
		if err := putItem(e, &e.plan.Contacts, i, c); err != nil {
			f.problem.SetText(e.app.message(err))
			d.Show()
			return
		}
		list.Refresh()
		e.refresh()
	}, e.app.win)
	if i >= 0 {
		del := widget.NewButtonWithIcon(e.tr("editor.delete"), theme.DeleteIcon(), func() {
			d.Hide()
			e.confirmDelete(c.Name, func() { e.removeContact(c.ID); list.Refresh() })
		})
		f.extra.Add(del)
	}
	d.Resize(fyne.NewSize(680, 620))
	d.Show()
}

// removeContact deletes a contact and every reference to it.
func (e *editor) removeContact(id string) {
	p := e.plan
	var kept []domain.Contact
	for _, c := range p.Contacts {
		if c.ID != id {
			if c.ReportsTo == id {
				c.ReportsTo = ""
			}
			kept = append(kept, c)
		}
	}
	p.Contacts = kept
	for i := range p.Actions {
		p.Actions[i].ContactIDs = without(p.Actions[i].ContactIDs, id)
	}
	e.changed()
}

func without(ids []string, id string) []string {
	var out []string
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}

type contactForm struct {
	e                               *editor
	c                               *domain.Contact
	name, title, dept, email, phone *widget.Entry
	owner, last                     *widget.Entry
	influence, attitude, now, tgt   *widget.Select
	selling, freq, boss             *widget.Select
	roles                           *widget.CheckGroup
	notes                           *widget.Entry
	problem                         *widget.Label
	extra                           *fyne.Container
	bossIDs                         []string
}

func newContactForm(e *editor, c *domain.Contact) *contactForm { return &contactForm{e: e, c: c} }

func (f *contactForm) build() fyne.CanvasObject {
	e, c := f.e, f.c
	entry := func(v string) *widget.Entry { w := widget.NewEntry(); w.SetText(v); return w }
	f.name, f.title, f.dept = entry(c.Name), entry(c.Title), entry(c.Department)
	f.email, f.phone, f.owner = entry(c.Email), entry(c.Phone), entry(c.Owner)
	f.last = entry(e.app.date(c.LastContact))
	f.last.SetPlaceHolder(e.tr("editor.date_format"))
	f.name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("%s", e.tr("err.required"))
		}
		return nil
	}
	f.influence = selectOf([]string{"1", "2", "3", "4", "5"}, c.Influence-1)
	f.attitude = selectOf(e.labels("attitude.%d", -2, 2), c.Attitude+2)
	f.now = selectOf(e.labels("rel.%d", 0, 4), c.RelNow)
	f.tgt = selectOf(e.labels("rel.%d", 0, 4), c.RelTarget)
	f.selling = selectOf(e.sellingLabels(), indexOf(append([]domain.SellingRole{""}, domain.SellingRoles...), c.SellingRole))
	f.freq = selectOf(e.cadenceLabels(), indexOf(domain.Cadences, c.Frequency))
	f.boss = f.bossSelect()
	f.roles = widget.NewCheckGroup(e.buyingLabels(), nil)
	f.roles.Horizontal = true
	for _, r := range c.BuyingRoles {
		f.roles.Selected = append(f.roles.Selected, e.tr("buying."+string(r)))
	}
	f.notes = widget.NewMultiLineEntry()
	f.notes.SetText(c.Notes)
	f.problem = widget.NewLabel("")
	f.problem.Wrapping = fyne.TextWrapWord
	f.extra = container.NewHBox()
	form := widget.NewForm(
		widget.NewFormItem(e.tr("field.name"), f.name), widget.NewFormItem(e.tr("field.title"), f.title),
		widget.NewFormItem(e.tr("field.department"), f.dept), widget.NewFormItem(e.tr("field.email"), f.email),
		widget.NewFormItem(e.tr("field.phone"), f.phone), widget.NewFormItem(e.tr("field.reports_to"), f.boss),
		widget.NewFormItem(e.tr("field.buying_roles"), f.roles), widget.NewFormItem(e.tr("field.selling_role"), f.selling),
		widget.NewFormItem(e.tr("editor.influence"), f.influence), widget.NewFormItem(e.tr("field.attitude"), f.attitude),
		widget.NewFormItem(e.tr("field.rel_now"), f.now), widget.NewFormItem(e.tr("field.rel_target"), f.tgt),
		widget.NewFormItem(e.tr("field.our_owner"), f.owner), widget.NewFormItem(e.tr("field.frequency"), f.freq),
		widget.NewFormItem(e.tr("field.last_contact"), f.last), widget.NewFormItem(e.tr("field.internal_notes"), f.notes),
	)
	return container.NewVScroll(container.NewVBox(form, f.problem, f.extra))
}

func selectOf(options []string, i int) *widget.Select {
	s := widget.NewSelect(options, nil)
	if i >= 0 && i < len(options) {
		s.SetSelectedIndex(i)
	}
	return s
}

func (f *contactForm) bossSelect() *widget.Select {
	opts := []string{f.e.tr("editor.nobody")}
	f.bossIDs = []string{""}
	for _, o := range f.e.plan.Contacts {
		if o.ID != f.c.ID {
			opts = append(opts, o.Name)
			f.bossIDs = append(f.bossIDs, o.ID)
		}
	}
	return selectOf(opts, indexOf(f.bossIDs, f.c.ReportsTo))
}

// apply copies the form into the contact.
func (f *contactForm) apply() {
	c := f.c
	c.Name, c.Title, c.Department = strings.TrimSpace(f.name.Text), f.title.Text, f.dept.Text
	c.Email, c.Phone, c.Owner, c.Notes = f.email.Text, f.phone.Text, f.owner.Text, f.notes.Text
	c.Influence = f.influence.SelectedIndex() + 1
	c.Attitude = f.attitude.SelectedIndex() - 2
	c.RelNow, c.RelTarget = f.now.SelectedIndex(), f.tgt.SelectedIndex()
	c.SellingRole = append([]domain.SellingRole{""}, domain.SellingRoles...)[max(0, f.selling.SelectedIndex())]
	c.Frequency = domain.Cadences[max(0, f.freq.SelectedIndex())]
	c.ReportsTo = f.bossIDs[max(0, f.boss.SelectedIndex())]
	if d, ok := f.e.app.parseDate(f.last.Text); ok {
		c.LastContact = d
	}
	c.BuyingRoles = nil
	for _, r := range domain.BuyingRoles {
		for _, sel := range f.roles.Selected {
			if sel == f.e.tr("buying."+string(r)) {
				c.BuyingRoles = append(c.BuyingRoles, r)
			}
		}
	}
}

func (e *editor) labels(format string, lo, hi int) []string {
	var out []string
	for i := lo; i <= hi; i++ {
		out = append(out, e.tr(fmt.Sprintf(format, i)))
	}
	return out
}

func (e *editor) sellingLabels() []string {
	out := []string{e.tr("selling.none")}
	for _, r := range domain.SellingRoles {
		out = append(out, e.tr("selling."+string(r)))
	}
	return out
}

func (e *editor) buyingLabels() []string {
	var out []string
	for _, r := range domain.BuyingRoles {
		out = append(out, e.tr("buying."+string(r)))
	}
	return out
}

func (e *editor) cadenceLabels() []string {
	var out []string
	for _, c := range domain.Cadences {
		out = append(out, e.tr("cadence."+string(c)))
	}
	return out
}
