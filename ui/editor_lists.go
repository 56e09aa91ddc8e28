package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// listRef reaches the elements of one list of the plan by id.
type listRef[T any] struct {
	coll  domain.Coll
	items func() []T
	id    func(T) string
}

func (l listRef[T]) get(id string) (T, bool) {
	for _, v := range l.items() {
		if l.id(v) == id {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// field edits one value of the element with id; the edit replaces the element.
func (l listRef[T]) field(e *editor, id, label string, parse func(string) (any, error),
	get func(T) any, set func(*T, any), show func(any) string) *field {
	value := func() any {
		v, ok := l.get(id)
		if !ok {
			return nil
		}
		return get(v)
	}
	return e.newField(spec{label: label, parse: parse, value: value,
		show: func() string { return show(value()) },
		edit: func(x any) domain.Edit {
			v, ok := l.get(id)
			if !ok {
				return nil
			}
			set(&v, x)
			return domain.ReplaceItem{Coll: l.coll, Value: v}
		}})
}

func showText(v any) string { s, _ := v.(string); return s }

func (e *editor) showMoney(v any) string { m, _ := v.(int64); return e.app.moneyText(m) }

func (e *editor) offerings() listRef[domain.Offering] {
	return listRef[domain.Offering]{coll: domain.CollOfferings, items: func() []domain.Offering { return e.plan.Wallet.Offerings },
		id: func(o domain.Offering) string { return o.ID }}
}

func (e *editor) competitorShares() listRef[domain.CompetitorShare] {
	return listRef[domain.CompetitorShare]{coll: domain.CollCompetitors, items: func() []domain.CompetitorShare { return e.plan.Wallet.Competitors },
		id: func(o domain.CompetitorShare) string { return o.ID }}
}

func (e *editor) notes() listRef[domain.Note] {
	return listRef[domain.Note]{coll: domain.CollNotes, items: func() []domain.Note { return e.plan.Notes },
		id: func(n domain.Note) string { return n.ID }}
}

// rows is a list of rows, one per element, with an Add button under them; the rows are drawn
// again after an element is added or removed.
func (e *editor) rows(headingKey, addKey string, ids func() []string, row func(id string, redraw func()) fyne.CanvasObject,
	add func() domain.Edit) fyne.CanvasObject {
	box := container.NewVBox()
	var redraw func()
	redraw = func() {
		e.forget(box)
		box.Objects = []fyne.CanvasObject{e.heading(headingKey)}
		for _, id := range ids() {
			box.Add(row(id, redraw))
		}
		box.Add(widget.NewButtonWithIcon(e.tr(addKey), theme.ContentAddIcon(), func() {
			if err := e.apply(add()); err != nil {
				e.showError(err)
				return
			}
			redraw()
			if fs := entries(box.Objects[len(box.Objects)-2]); len(fs) > 0 {
				e.app.win.Canvas().Focus(fs[0])
			}
		}))
		box.Refresh()
		e.refresh()
	}
	redraw()
	return box
}

// removeButton confirms, then removes the element with id from a list.
func (e *editor) removeButton(c domain.Coll, id string, name func() string, redraw func()) *widget.Button {
	return widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		e.confirmDelete(name(), func() {
			if err := e.apply(domain.RemoveItem{Coll: c, ID: id}); err != nil {
				e.showError(err)
				return
			}
			redraw()
		})
	})
}

// offeringsEditor edits the wallet by offering: potential and our revenue per product line.
func (e *editor) offeringsEditor() fyne.CanvasObject {
	l := e.offerings()
	ids := func() []string { return idsOf(l) }
	row := func(id string, redraw func()) fyne.CanvasObject {
		name := l.field(e, id, e.tr("field.offering"), e.requiredText, func(o domain.Offering) any { return o.Name },
			func(o *domain.Offering, v any) { o.Name = v.(string) }, showText)
		potential := l.field(e, id, e.tr("field.potential"), e.amount, func(o domain.Offering) any { return o.Potential },
			func(o *domain.Offering, v any) { o.Potential = v.(int64) }, e.showMoney)
		revenue := l.field(e, id, e.tr("field.revenue"), e.amount, func(o domain.Offering) any { return o.Revenue },
			func(o *domain.Offering, v any) { o.Revenue = v.(int64) }, e.showMoney)
		del := e.removeButton(domain.CollOfferings, id, func() string { return name.Text }, redraw)
		size := fyne.NewSize(150, potential.MinSize().Height)
		return container.NewBorder(nil, nil, nil, container.NewHBox(
			container.NewGridWrap(size, potential.box()), container.NewGridWrap(size, revenue.box()), del), name.box())
	}
	add := func() domain.Edit {
		return domain.AddItem{Coll: domain.CollOfferings, At: -1, Value: domain.Offering{ID: domain.NewID(), Name: e.tr("editor.new_offering")}}
	}
	return e.rows("field.offerings", "editor.add_offering", ids, row, add)
}

// notesEditor edits the plan's notes; internal ones stay out of the client edition.
func (e *editor) notesEditor() fyne.CanvasObject {
	l := e.notes()
	row := func(id string, redraw func()) fyne.CanvasObject {
		text := l.field(e, id, e.tr("field.notes"), e.requiredText, func(n domain.Note) any { return n.Text },
			func(n *domain.Note, v any) { n.Text = v.(string) }, showText)
		note, _ := l.get(id)
		internal := widget.NewCheck(e.tr("editor.internal_short"), nil)
		internal.Checked = note.Internal
		internal.OnChanged = func(b bool) {
			if n, ok := l.get(id); ok && n.Internal != b {
				n.Internal = b
				if err := e.apply(domain.ReplaceItem{Coll: domain.CollNotes, Value: n}); err != nil {
					e.showError(err)
				}
			}
		}
		del := e.removeButton(domain.CollNotes, id, func() string { return text.Text }, redraw)
		return container.NewBorder(nil, nil, nil, container.NewHBox(internal, del), text.box())
	}
	add := func() domain.Edit {
		return domain.AddItem{Coll: domain.CollNotes, At: -1, Value: domain.Note{ID: domain.NewID(), Text: e.tr("editor.new_note")}}
	}
	return e.rows("field.notes", "editor.add_note", func() []string { return idsOf(l) }, row, add)
}

func idsOf[T any](l listRef[T]) []string {
	var out []string
	for _, v := range l.items() {
		out = append(out, l.id(v))
	}
	return out
}

// showError shows why an edit was refused, naming fields as the person sees them.
func (e *editor) showError(err error) {
	e.app.setStatus(firstLine(e.app.problemText(err)))
	e.app.errorDialog(e.app.problemText(err))
}
