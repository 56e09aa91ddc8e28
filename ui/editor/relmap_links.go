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
type links struct{ e *Editor }

// add adds a link; the domain refuses a link to oneself or one that exists already.
func (k links) add(from, to string, kind domain.LinkKind) {
	e := k.e
	l := domain.Link{ID: domain.NewID(), From: from, To: to, Kind: kind}
	if err := e.apply(domain.AddItem{Coll: domain.CollLinks, At: -1, Value: l}); err != nil {
		e.showError(err)
	}
	e.refresh()
}

// remove removes a link.
func (k links) remove(id string) {
	e := k.e
	if err := e.apply(domain.RemoveItem{Coll: domain.CollLinks, ID: id}); err != nil {
		e.showError(err)
	}
	e.refresh()
}

// choose asks for the other person of a new link from contact id, then adds it (and runs then).
func (k links) choose(id string, kind domain.LinkKind, then ...func()) {
	e := k.e
	c := e.plan.FindContact(id)
	if c == nil {
		return
	}
	k.chooseContact(e.tr("relmap.choose."+string(kind), c.Name), id, func(other string) {
		k.add(id, other, kind)
		for _, f := range then {
			f()
		}
	})
}

// chooseContact shows the plan's contacts but one, filtered as the person types; a tap picks one.
func (k links) chooseContact(title, exclude string, pick func(id string)) {
	e := k.e
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
			if c := e.plan.FindContact(shown[i]); c != nil {
				o.(*widget.Label).SetText(strings.TrimSuffix(c.Name+" — "+c.Title, " — "))
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

// text says a link as seen from contact id.
func (k links) text(id string, l domain.Link) string {
	e := k.e
	other := l.To
	if l.To == id {
		other = l.From
	}
	name := ""
	if c := e.plan.FindContact(other); c != nil {
		name = c.Name
	}
	switch {
	case l.Kind == domain.LinkConflict:
		return e.tr("relmap.link.conflict", name)
	case l.From == id:
		return e.tr("relmap.link.influences", name)
	}
	return e.tr("relmap.link.influenced_by", name)
}

// section is the contact dialog's "Informal links" section: each link with a Remove
// button, and buttons to add one. It follows the plan as links change.
func (k links) section(id string) fyne.CanvasObject {
	e := k.e
	head := widget.NewLabelWithStyle(e.tr("relmap.links"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	if e.plan.FindContact(id) == nil {
		return container.NewVBox(head, form.Wrapped(e.tr("relmap.links.save_first")))
	}
	rows := container.NewVBox()
	var fill func()
	fill = func() {
		rows.RemoveAll()
		ls := e.plan.LinksOf(id)
		if len(ls) == 0 {
			rows.Add(widget.NewLabel(e.tr("relmap.links.none")))
		}
		for _, l := range ls {
			linkID := l.ID
			remove := widget.NewButtonWithIcon(e.tr("relmap.link.remove"), theme.DeleteIcon(), func() { k.remove(linkID); fill() })
			rows.Add(container.NewBorder(nil, nil, nil, remove, widget.NewLabel(k.text(id, l))))
		}
		rows.Refresh()
	}
	fill()
	add := func(kind domain.LinkKind) func() { return func() { k.choose(id, kind, fill) } }
	adds := container.NewHBox(
		widget.NewButtonWithIcon(e.tr("relmap.link.add_influences"), theme.ContentAddIcon(), add(domain.LinkInfluences)),
		widget.NewButtonWithIcon(e.tr("relmap.link.add_conflict"), theme.ContentAddIcon(), add(domain.LinkConflict)))
	return container.NewVBox(widget.NewSeparator(), head, rows, adds)
}
