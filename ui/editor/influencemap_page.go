package editor

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// influenceMapPage is the influence map: dragging a card to another cell sets exactly
// that contact's influence and attitude (an undoable edit); a tap opens the contact, or
// the list of a crowded cell.
func (e *Editor) influenceMapPage() fyne.CanvasObject {
	m := picture.NewInfluenceMap(e.plan, picture.InfluenceText(e.loc))
	m.OnMove = e.moveOnInfluenceMap
	m.OnOpen = e.openContact
	m.OnMore = e.influenceCellList
	empty := form.Wrapped(e.tr("peoplemaps.influence.empty"))
	e.live(func() {
		m.Refresh()
		if len(e.plan.Contacts) > 0 {
			empty.Hide()
		} else {
			empty.Show()
		}
	})
	return container.NewVBox(e.heading("editor.grid"), form.Wrapped(e.tr("peoplemaps.influence.intro")), empty, m)
}

// moveOnInfluenceMap sets a contact's influence and attitude, nothing else.
func (e *Editor) moveOnInfluenceMap(id string, influence, attitude int) {
	k := e.plan.FindContact(id)
	if k == nil {
		return
	}
	c := *k
	c.Influence, c.Attitude = influence, attitude
	if err := e.apply(domain.ReplaceItem{Coll: domain.CollContacts, Value: c}); err != nil {
		e.showError(err)
	}
	e.refresh()
}

// openContact opens the contact dialog of the stakeholders page.
func (e *Editor) openContact(id string) {
	if e.plan.FindContact(id) != nil {
		e.contactDialog(id, form.BlankList())
	}
}

// influenceCellList lists everyone in a cell of the map; each name opens the contact.
func (e *Editor) influenceCellList(cell chart.InfluenceCell) {
	list := container.NewVBox(form.Wrapped(e.loc.TCount("peoplemaps.cell.count", len(cell.ContactIDs), len(cell.ContactIDs))))
	var d *dialog.CustomDialog
	for _, id := range cell.ContactIDs {
		k := e.plan.FindContact(id)
		if k == nil {
			continue
		}
		text := k.Name
		if k.Title != "" {
			text += " — " + k.Title
		}
		b := widget.NewButton(text, func() { d.Hide(); e.openContact(id) })
		b.Alignment, b.Importance = widget.ButtonAlignLeading, widget.LowImportance
		list.Add(b)
	}
	title := e.tr("peoplemaps.cell.title", e.tr("grid."+string(cell.Zone)), cell.Influence, e.tr(fmt.Sprintf("attitude.%d", cell.Attitude)))
	d = dialog.NewCustom(title, e.tr("dialog.close"), container.NewVScroll(list), e.sh.Window())
	d.Resize(form.FitWindow(e.sh.Window(), fyne.NewSize(480, 520)))
	e.sh.ShowDialog(d, nil)
}
