package editor

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// Informal links between the client's people (METHOD §5): "A influences B" and "A and B are
// in conflict". Added from a card's menu or handle on the map, or from the contact dialog;
// listed and removed in the contact dialog. Each is an undoable edit of the plan's links.

// addLink adds a link; the domain refuses a link to oneself or one that exists already.
func (e *Editor) addLink(from, to string, kind domain.LinkKind) {
	l := domain.Link{ID: domain.NewID(), From: from, To: to, Kind: kind}
	if err := e.apply(domain.AddItem{Coll: domain.CollLinks, At: -1, Value: l}); err != nil {
		e.showError(err)
	}
	e.refresh()
}

// removeLink removes a link.
func (e *Editor) removeLink(id string) {
	if err := e.apply(domain.RemoveItem{Coll: domain.CollLinks, ID: id}); err != nil {
		e.showError(err)
	}
	e.refresh()
}

// chooseLinked asks for the other person of a new link from contact id.
func (e *Editor) chooseLinked(id string, kind domain.LinkKind) {
	k := e.plan.FindContact(id)
	if k == nil {
		return
	}
	e.chooseContact(e.tr("relmap.choose."+string(kind), k.Name), id, func(other string) { e.addLink(id, other, kind) })
}

// chooseContact shows the plan's contacts but one, filtered as the person types; a tap picks one.
func (e *Editor) chooseContact(title, exclude string, pick func(id string)) {
	filter := form.NewEntry(e.sh, "") // Escape closes the dialog from it
	filter.SetPlaceHolder(e.tr("relmap.choose.filter"))
	var shown []string
	list := widget.NewList(func() int { return len(shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if k := e.plan.FindContact(shown[i]); k != nil {
				o.(*widget.Label).SetText(strings.TrimSuffix(k.Name+" — "+k.Title, " — "))
			}
		})
	update := func(q string) {
		q = strings.ToLower(strings.TrimSpace(q))
		shown = shown[:0]
		for _, c := range e.plan.Contacts {
			if c.ID != exclude && strings.Contains(strings.ToLower(c.Name+" "+c.Title), q) {
				shown = append(shown, c.ID)
			}
		}
		list.Refresh()
	}
	filter.OnChanged = update
	update("")
	d := dialog.NewCustom(title, e.tr("dialog.cancel"), container.NewBorder(filter, nil, nil, nil, list), e.sh.Window())
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		pick(shown[i])
	}
	d.Resize(form.FitWindow(e.sh.Window(), fyne.NewSize(480, 520)))
	e.sh.ShowDialog(d, nil)
	e.sh.Window().Canvas().Focus(filter)
}

// linkText says a link as seen from contact id.
func (e *Editor) linkText(id string, l domain.Link) string {
	other := l.To
	if l.To == id {
		other = l.From
	}
	name := ""
	if k := e.plan.FindContact(other); k != nil {
		name = k.Name
	}
	switch {
	case l.Kind == domain.LinkConflict:
		return e.tr("relmap.link.conflict", name)
	case l.From == id:
		return e.tr("relmap.link.influences", name)
	}
	return e.tr("relmap.link.influenced_by", name)
}

// contactLinks is the contact dialog's "Informal links" section: each link with a Remove
// button, and buttons to add one. It follows the plan as links change.
func (e *Editor) contactLinks(id string) fyne.CanvasObject {
	head := widget.NewLabelWithStyle(e.tr("relmap.links"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	if e.plan.FindContact(id) == nil {
		return container.NewVBox(head, form.Wrapped(e.tr("relmap.links.save_first")))
	}
	rows := container.NewVBox()
	var fill func()
	fill = func() {
		rows.RemoveAll()
		links := e.plan.LinksOf(id)
		if len(links) == 0 {
			rows.Add(widget.NewLabel(e.tr("relmap.links.none")))
		}
		for _, l := range links {
			linkID := l.ID
			remove := widget.NewButtonWithIcon(e.tr("relmap.link.remove"), theme.DeleteIcon(), func() { e.removeLink(linkID); fill() })
			rows.Add(container.NewBorder(nil, nil, nil, remove, widget.NewLabel(e.linkText(id, l))))
		}
		rows.Refresh()
	}
	fill()
	add := func(kind domain.LinkKind) func() {
		return func() {
			k := e.plan.FindContact(id)
			if k == nil {
				return
			}
			e.chooseContact(e.tr("relmap.choose."+string(kind), k.Name), id, func(other string) { e.addLink(id, other, kind); fill() })
		}
	}
	adds := container.NewHBox(
		widget.NewButtonWithIcon(e.tr("relmap.link.add_influences"), theme.ContentAddIcon(), add(domain.LinkInfluences)),
		widget.NewButtonWithIcon(e.tr("relmap.link.add_conflict"), theme.ContentAddIcon(), add(domain.LinkConflict)))
	return container.NewVBox(widget.NewSeparator(), head, rows, adds)
}
