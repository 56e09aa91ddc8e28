package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// offeringsEditor edits the wallet by offering: potential and our revenue per product line.
func (e *editor) offeringsEditor() fyne.CanvasObject {
	w := &e.plan.Wallet
	box := container.NewVBox()
	var rebuild func()
	rebuild = func() {
		box.Objects = []fyne.CanvasObject{e.heading("field.offerings")}
		for i := range w.Offerings {
			o := &w.Offerings[i]
			name := e.required(func() string { return o.Name }, func(s string) { o.Name = s }, e.changed)
			potential := e.money(func() int64 { return o.Potential }, func(v int64) { o.Potential = v })
			revenue := e.money(func() int64 { return o.Revenue }, func(v int64) { o.Revenue = v })
			idx := i
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				e.confirmDelete(o.Name, func() {
					w.Offerings = append(w.Offerings[:idx], w.Offerings[idx+1:]...)
					e.changed()
					rebuild()
				})
			})
			size := fyne.NewSize(150, potential.MinSize().Height)
			box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(
				container.NewGridWrap(size, potential), container.NewGridWrap(size, revenue), del), name))
		}
		box.Add(widget.NewButtonWithIcon(e.tr("editor.add_offering"), theme.ContentAddIcon(), func() {
			w.Offerings = append(w.Offerings, domain.Offering{ID: domain.NewID(), Name: e.tr("editor.new_offering")})
			e.changed()
			rebuild()
		}))
		box.Refresh()
	}
	rebuild()
	return box
}

// notesEditor edits the plan's notes; internal ones stay out of the client edition.
func (e *editor) notesEditor() fyne.CanvasObject {
	box := container.NewVBox()
	var rebuild func()
	rebuild = func() {
		box.Objects = []fyne.CanvasObject{e.heading("field.notes")}
		for i := range e.plan.Notes {
			n := &e.plan.Notes[i]
			text := e.required(func() string { return n.Text }, func(s string) { n.Text = s }, e.changed)
			internal := widget.NewCheck(e.tr("editor.internal_short"), func(b bool) { n.Internal = b; e.changed() })
			internal.Checked = n.Internal
			idx := i
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				e.confirmDelete(n.Text, func() {
					e.plan.Notes = append(e.plan.Notes[:idx], e.plan.Notes[idx+1:]...)
					e.changed()
					rebuild()
				})
			})
			box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(internal, del), text))
		}
		box.Add(widget.NewButtonWithIcon(e.tr("editor.add_note"), theme.ContentAddIcon(), func() {
			e.plan.Notes = append(e.plan.Notes, domain.Note{ID: domain.NewID(), Text: e.tr("editor.new_note")})
			e.changed()
			rebuild()
		}))
		box.Refresh()
	}
	rebuild()
	return box
}
