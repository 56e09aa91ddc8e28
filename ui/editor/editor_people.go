package editor

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// stakeholdersPage lists the contacts with the map warnings; a dialog edits one contact.
func (e *Editor) stakeholdersPage() fyne.CanvasObject {
	warnings := widget.NewLabel("")
	warnings.Wrapping = fyne.TextWrapWord
	e.live(func() {
		var lines []string
		for _, w := range e.plan.MapWarnings() {
			lines = append(lines, "⚠ "+e.tr(w.Key, w.Args...))
		}
		warnings.SetText(strings.Join(lines, "\n"))
		warnings.Hidden = len(lines) == 0 // no empty band above the list
	})
	list := widget.NewList(func() int { return len(e.plan.Contacts) }, form.NewTwoLineRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := e.plan.Contacts[i]
			name := c.Name
			if c.Title != "" {
				name += " — " + c.Title
			}
			form.SetTwoLineRow(o, name, e.contactLine(c), false)
		})
	list.OnSelected = func(i widget.ListItemID) {
		list.UnselectAll()
		if i < len(e.plan.Contacts) {
			e.contactDialog(e.plan.Contacts[i].ID, list)
		}
	}
	add := widget.NewButtonWithIcon(e.tr("editor.add_contact"), theme.ContentAddIcon(), func() { e.contactDialog("", list) })
	box := form.ListBox(list, func() int { return len(e.plan.Contacts) })
	e.live(box.Refresh) // as tall as its rows
	return container.NewVBox(warnings, add, box)
}

// contactLine is a contact's assessment in one line: influence, attitude, relationship now →
// target, the influence map's zone, and who on our team covers them.
func (e *Editor) contactLine(c domain.Contact) string {
	return fmt.Sprintf("%s %d · %s · %s → %s · %s · %s", e.tr("editor.influence"), c.Influence,
		e.tr(fmt.Sprintf("attitude.%d", c.Attitude)), e.tr(fmt.Sprintf("rel.%d", c.RelNow)), e.tr(fmt.Sprintf("rel.%d", c.RelTarget)),
		e.tr("grid."+string(c.Cell())), e.coveredByText(c.ID))
}

// contactDialog edits the contact with id, or a new one when id is ""; the plan changes only
// on Save, and an entry the plan refuses (a reports-to cycle, say) keeps the dialog open.
func (e *Editor) contactDialog(id string, list *widget.List) *form.Dialog {
	c := domain.Contact{ID: domain.NewID(), Influence: 3, RelNow: domain.RelWeak, RelTarget: domain.RelWorking, Frequency: domain.CadenceMonthly}
	if k := e.plan.FindContact(id); k != nil {
		c = *k
		c.BuyingRoles = slices.Clone(c.BuyingRoles)
	}
	f := &contactForm{e: e, c: &c, fd: form.NewDialog(e.sh)}
	f.build()
	done := func() { // maps open the dialog without a list
		if list != nil {
			list.Refresh()
		}
		e.refresh()
	}
	if id != "" {
		f.fd.AddDelete(c.Name, func() error {
			err := e.apply(domain.RemoveItem{Coll: domain.CollContacts, ID: id})
			if err == nil {
				done()
			}
			return err
		})
	}
	f.fd.Show(e.tr("editor.contact"), e.contactLinks(id), fyne.NewSize(680, 620), func() error {
		f.apply()
		ed := domain.Batch{domain.ReplaceItem{Coll: domain.CollContacts, Value: c}}
		if id == "" {
			ed[0] = domain.AddItem{Coll: domain.CollContacts, At: -1, Value: c}
		}
		err := e.apply(append(ed, f.cover.edits(e.plan, c)...))
		if err == nil {
			done()
		}
		return err
	})
	return f.fd
}

type contactForm struct {
	e                               *Editor
	c                               *domain.Contact
	fd                              *form.Dialog
	name, title, dept, email, phone *form.Entry
	last, notes                     *form.Entry
	cover                           *coveredBy
	influence, attitude, now, tgt   *widget.Select
	selling, freq, boss             *widget.Select
	roles                           *widget.CheckGroup
	bossIDs                         []string
}

func (f *contactForm) build() {
	e, c, fd := f.e, f.c, f.fd
	a := e.sh
	f.name, f.title, f.dept = form.NewEntry(a, c.Name), form.NewEntry(a, c.Title), form.NewEntry(a, c.Department)
	f.email, f.phone = form.NewEntry(a, c.Email), form.NewEntry(a, c.Phone)
	f.cover = e.newCoveredBy(c.ID)
	f.last = form.NewEntry(a, e.loc.Day(c.LastContact))
	f.last.SetPlaceHolder(e.tr("editor.date_format"))
	f.influence = form.SelectOf([]string{"1", "2", "3", "4", "5"}, c.Influence-1)
	f.attitude = form.SelectOf(e.labels("attitude.%d", -2, 2), c.Attitude+2)
	f.now = form.SelectOf(e.labels("rel.%d", 0, 4), c.RelNow)
	f.tgt = form.SelectOf(e.labels("rel.%d", 0, 4), c.RelTarget)
	f.selling = form.SelectOf(e.sellingLabels(), slices.Index(append([]domain.SellingRole{""}, domain.SellingRoles...), c.SellingRole))
	f.freq = form.SelectOf(e.cadenceLabels(), slices.Index(domain.Cadences, c.Frequency))
	f.boss = f.bossSelect()
	f.roles = widget.NewCheckGroup(e.buyingLabels(), nil)
	for _, r := range c.BuyingRoles {
		f.roles.Selected = append(f.roles.Selected, e.tr("buying."+string(r)))
	}
	f.notes = form.NewMultiEntry(a, c.Notes)
	fd.Add("name", "field.name", f.name, func() error { _, err := e.requiredText(f.name.Text); return err })
	fd.Add("title", "field.title", f.title, nil)
	fd.Add("department", "field.department", f.dept, nil)
	fd.Add("email", "field.email", f.email, nil)
	fd.Add("phone", "field.phone", f.phone, nil)
	fd.Add("reports_to", "field.reports_to", f.boss, nil)
	fd.Add("buying_roles", "field.buying_roles", f.roles, nil)
	fd.Add("selling_role", "field.selling_role", f.selling, nil)
	fd.Add("influence", "editor.influence", f.influence, nil)
	fd.Add("attitude", "field.attitude", f.attitude, nil)
	fd.Add("rel_now", "field.rel_now", f.now, nil)
	fd.Add("rel_target", "field.rel_target", f.tgt, nil)
	fd.Add("covered_by", "field.covered_by", f.cover.box, nil)
	fd.Add("frequency", "field.frequency", f.freq, nil)
	fd.Add("last_contact", "field.last_contact", form.WithCalendar(e.sh, f.last, nil), f.checkLastContact)
	fd.Add("notes", "field.internal_notes", f.notes, nil)
}

// checkLastContact refuses a text that is not a date, and a day after today.
func (f *contactForm) checkLastContact() error {
	d, err := f.e.loc.ParseDay(f.last.Text)
	if err != nil {
		return err
	}
	if p := domain.LastContactProblem(strings.TrimSpace(f.name.Text), d, f.e.doc.Day()); p != nil {
		return errors.New(form.Message(f.e.loc, p))
	}
	return nil
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
	return form.SelectOf(opts, slices.Index(f.bossIDs, f.c.ReportsTo))
}

// apply copies the form into the contact; the date was checked before Save was enabled.
func (f *contactForm) apply() {
	c := f.c
	c.Name, c.Title, c.Department = strings.TrimSpace(f.name.Text), f.title.Text, f.dept.Text
	c.Email, c.Phone, c.Notes = f.email.Text, f.phone.Text, f.notes.Text
	c.Influence = f.influence.SelectedIndex() + 1
	c.Attitude = f.attitude.SelectedIndex() - 2
	c.RelNow, c.RelTarget = f.now.SelectedIndex(), f.tgt.SelectedIndex()
	c.SellingRole = append([]domain.SellingRole{""}, domain.SellingRoles...)[max(0, f.selling.SelectedIndex())]
	c.Frequency = domain.Cadences[max(0, f.freq.SelectedIndex())]
	c.ReportsTo = f.bossIDs[max(0, f.boss.SelectedIndex())]
	c.LastContact, _ = f.e.loc.ParseDay(f.last.Text)
	c.BuyingRoles = nil
	for _, r := range domain.BuyingRoles {
		if slices.Contains(f.roles.Selected, f.e.tr("buying."+string(r))) {
			c.BuyingRoles = append(c.BuyingRoles, r)
		}
	}
}

func (e *Editor) labels(format string, lo, hi int) []string {
	var out []string
	for i := lo; i <= hi; i++ {
		out = append(out, e.tr(fmt.Sprintf(format, i)))
	}
	return out
}

func (e *Editor) sellingLabels() []string {
	out := []string{e.tr("selling.none")}
	for _, r := range domain.SellingRoles {
		out = append(out, e.tr("selling."+string(r)))
	}
	return out
}

func (e *Editor) buyingLabels() []string {
	var out []string
	for _, r := range domain.BuyingRoles {
		out = append(out, e.tr("buying."+string(r)))
	}
	return out
}

func (e *Editor) cadenceLabels() []string {
	var out []string
	for _, c := range domain.Cadences {
		out = append(out, e.tr("cadence."+string(c)))
	}
	return out
}
