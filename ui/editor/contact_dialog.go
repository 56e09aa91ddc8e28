package editor

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
	"kamplan/ui/privacy"
)

// contactDialog edits the contact with id, or a new one when id is ""; the plan changes only
// on Save, and an entry the plan refuses (a reports-to cycle, say) keeps the dialog open.
func (e *Editor) contactDialog(id string, list *widget.List) *form.Dialog {
	c := domain.Contact{ID: domain.NewID(), Influence: 3, RelNow: domain.RelWeak, RelTarget: domain.RelWorking, Frequency: domain.CadenceMonthly}
	if k := e.plan.FindContact(id); k != nil {
		c = *k
		c.BuyingRoles = slices.Clone(c.BuyingRoles)
	}
	fd := form.NewDialog(e.sh)
	f := forms.NewContact(e.env, fd, &c)
	done := func() { // maps open the dialog without a list
		if list != nil {
			list.Refresh()
		}
		e.refresh()
	}
	if id != "" {
		fd.AddDelete(c.Name, func() error {
			err := e.apply(domain.RemoveItem{Coll: domain.CollContacts, ID: id})
			if err == nil {
				done()
			}
			return err
		})
		privacy.AddMenu(fd, e.sh, privacy.Contact{AccountID: e.account.ID, PlanID: e.plan.ID, Name: c.Name, Email: c.Email}, e.Flush)
	}
	fd.Show(e.tr("editor.contact"), links{e}.section(id), fyne.NewSize(680, 620), func() error {
		f.Read()
		ed := domain.Batch{domain.ReplaceItem{Coll: domain.CollContacts, Value: c}}
		if id == "" {
			ed[0] = domain.AddItem{Coll: domain.CollContacts, At: -1, Value: c}
		}
		err := e.apply(append(ed, f.CoverEdits()...))
		if err == nil {
			done()
		}
		return err
	})
	return fd
}

// openContact opens the dialog of a contact from a page that shows them (a map, a gap).
func (e *Editor) openContact(id string) {
	if e.plan.FindContact(id) != nil {
		e.contactDialog(id, form.BlankList())
	}
}
