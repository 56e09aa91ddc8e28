package editor

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// stakeholdersPage lists the contacts with the map warnings; a dialog edits one contact
// (contact_dialog.go).
type stakeholdersPage struct{ e *Editor }

func (*stakeholdersPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollContacts},
		shows: []domain.Coll{domain.CollLinks, domain.CollCoverage, domain.CollTeam}}
}

func (p *stakeholdersPage) build() fyne.CanvasObject {
	e := p.e
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
			form.SetTwoLineRow(o, name, contactLine(e, c), false)
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
func contactLine(e *Editor, c domain.Contact) string {
	return fmt.Sprintf("%s %d · %s · %s → %s · %s · %s", e.tr("editor.influence"), c.Influence,
		e.tr(fmt.Sprintf("attitude.%d", c.Attitude)), e.tr(fmt.Sprintf("rel.%d", c.RelNow)), e.tr(fmt.Sprintf("rel.%d", c.RelTarget)),
		e.tr("grid."+string(c.Cell())), coveredByText(e, c.ID))
}
