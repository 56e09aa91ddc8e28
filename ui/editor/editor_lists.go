package editor

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// listRef reaches the elements of one list of the plan by id. A row for a new element holds a
// draft, which enters the plan (one AddItem) once ready — when its name is typed.
type listRef[T any] struct {
	coll  domain.Coll
	items func() []T
	id    func(T) string
	ready func(T) bool
	draft *T
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

// withDraft is the list with a row for a new element d.
func (l listRef[T]) withDraft(d T) listRef[T] {
	l.draft = &d
	return l
}

// current is the element with id, or the draft when that is the row's element.
func (l listRef[T]) current(id string) (T, bool) {
	if v, ok := l.get(id); ok {
		return v, true
	}
	if l.draft != nil && l.id(*l.draft) == id {
		return *l.draft, true
	}
	var zero T
	return zero, false
}

// field edits one value of the element with id; the edit replaces the element.
func (l listRef[T]) field(e *Editor, id, label string, parse func(string) (any, error),
	get func(T) any, set func(*T, any), show func(any) string) *field {
	value := func() any {
		v, ok := l.current(id)
		if !ok {
			return nil
		}
		return get(v)
	}
	return e.newField(spec{label: label, parse: parse, value: value,
		show: func() string { return show(value()) },
		edit: func(x any) domain.Edit {
			if v, ok := l.get(id); ok {
				set(&v, x)
				return domain.ReplaceItem{Coll: l.coll, Value: v}
			}
			if l.draft == nil {
				return nil
			}
			set(l.draft, x)
			if !l.ready(*l.draft) {
				return nil
			}
			return domain.AddItem{Coll: l.coll, At: -1, Value: *l.draft}
		}})
}

func showText(v any) string { s, _ := v.(string); return s }

// showMoney shows an amount for editing; zero is an empty field (its placeholder says 0).
func (e *Editor) showMoney(v any) string {
	m, _ := v.(int64)
	if m == 0 {
		return ""
	}
	return e.loc.Amount(m)
}

func (e *Editor) offerings() listRef[domain.Offering] {
	return listRef[domain.Offering]{coll: domain.CollOfferings, items: func() []domain.Offering { return e.plan.Wallet.Offerings },
		id: func(o domain.Offering) string { return o.ID }, ready: func(o domain.Offering) bool { return o.Name != "" }}
}

func (e *Editor) competitorShares() listRef[domain.CompetitorShare] {
	return listRef[domain.CompetitorShare]{coll: domain.CollCompetitors, items: func() []domain.CompetitorShare { return e.plan.Wallet.Competitors },
		id: func(o domain.CompetitorShare) string { return o.ID }, ready: func(o domain.CompetitorShare) bool { return o.Name != "" }}
}

func (e *Editor) notes() listRef[domain.Note] {
	return listRef[domain.Note]{coll: domain.CollNotes, items: func() []domain.Note { return e.plan.Notes },
		id: func(n domain.Note) string { return n.ID }, ready: func(n domain.Note) bool { return n.Text != "" }}
}

// rows is a list of rows, one per element, with an Add button under them. Add puts the row
// newRow returns (a draft, not in the plan until its name is typed) above the button; a nil row
// means newRow changed the plan itself, and the rows are drawn again.
func (e *Editor) rows(head fyne.CanvasObject, addKey string, ids func() []string, row func(id string, redraw func()) fyne.CanvasObject,
	newRow func(redraw func()) fyne.CanvasObject) fyne.CanvasObject {
	box := container.NewVBox()
	var redraw func()
	redraw = func() {
		e.forget(box)
		box.Objects = []fyne.CanvasObject{head}
		for _, id := range ids() {
			box.Add(row(id, redraw))
		}
		box.Add(widget.NewButtonWithIcon(e.tr(addKey), theme.ContentAddIcon(), func() {
			r := newRow(redraw)
			if r != nil {
				n := len(box.Objects)
				box.Objects = append(box.Objects[:n-1], r, box.Objects[n-1])
				box.Refresh()
			}
			if fs := form.Entries(box.Objects[len(box.Objects)-2]); len(fs) > 0 {
				e.sh.Window().Canvas().Focus(fs[0])
			}
		}))
		box.Refresh()
		e.refresh()
	}
	redraw()
	return box
}

// removeButton confirms, then removes the element with id from a list.
func (e *Editor) removeButton(c domain.Coll, id string, name func() string, redraw func()) *widget.Button {
	return widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		if !e.inPlan(c, id) {
			redraw() // a new row that never entered the plan
			return
		}
		e.confirmDelete(name(), func() {
			if err := e.apply(domain.RemoveItem{Coll: c, ID: id}); err != nil {
				e.showError(err)
				return
			}
			redraw()
		})
	})
}

// offeringsEditor edits the wallet by offering: potential, our revenue and our share per
// product line, under column headers.
func (e *Editor) offeringsEditor() fyne.CanvasObject {
	l := e.offerings()
	size := fyne.NewSize(140, 10)
	cell := func(o fyne.CanvasObject) fyne.CanvasObject {
		return container.New(&form.FixedWidth{Width: size.Width}, o)
	}
	row := func(l listRef[domain.Offering], id string, redraw func()) fyne.CanvasObject {
		name := l.field(e, id, e.tr("field.offering"), e.requiredText, func(o domain.Offering) any { return o.Name },
			func(o *domain.Offering, v any) { o.Name = v.(string) }, showText)
		name.SetPlaceHolder(e.tr("editor.new_offering"))
		potential := l.field(e, id, e.tr("field.offering_potential"), e.amount, func(o domain.Offering) any { return o.Potential },
			func(o *domain.Offering, v any) { o.Potential = v.(int64) }, e.showMoney)
		revenue := l.field(e, id, e.tr("field.revenue"), e.amount, func(o domain.Offering) any { return o.Revenue },
			func(o *domain.Offering, v any) { o.Revenue = v.(int64) }, e.showMoney)
		potential.SetPlaceHolder("0")
		revenue.SetPlaceHolder("0")
		share := widget.NewLabel("")
		e.live(func() {
			o, _ := l.current(id)
			share.SetText("—")
			if v, ok := domain.ShareOfWallet(o.Revenue, o.Potential); ok {
				share.SetText(e.loc.Number(v, 1) + " %")
			}
		})
		del := e.removeButton(domain.CollOfferings, id, func() string { return name.Text }, redraw)
		return container.NewBorder(nil, nil, nil, container.NewHBox(cell(potential.box()), cell(revenue.box()), cell(share), del), name.box())
	}
	newRow := func(redraw func()) fyne.CanvasObject {
		d := domain.Offering{ID: domain.NewID()}
		return row(l.withDraft(d), d.ID, redraw)
	}
	bold := func(key string) fyne.CanvasObject { // wraps rather than run into the next column
		l := widget.NewLabelWithStyle(e.tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		return cell(l)
	}
	gap := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	gap.Hide() // keeps the headers above their columns
	head := container.NewVBox(e.heading("field.offerings_title"), container.NewBorder(nil, nil, nil,
		container.NewHBox(bold("field.offering_potential"), bold("field.revenue"), bold("field.offering_share"), container.NewGridWrap(gap.MinSize(), gap)),
		widget.NewLabelWithStyle(e.tr("field.offering"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})))
	ids := func() []string { return idsOf(l) }
	return e.rows(head, "editor.add_offering", ids, func(id string, redraw func()) fyne.CanvasObject { return row(l, id, redraw) }, newRow)
}

// notesEditor edits the plan's notes; internal ones stay out of the client edition.
func (e *Editor) notesEditor() fyne.CanvasObject {
	l := e.notes()
	row := func(l listRef[domain.Note], id string, redraw func()) fyne.CanvasObject {
		text := l.field(e, id, e.tr("field.notes"), e.requiredText, func(n domain.Note) any { return n.Text },
			func(n *domain.Note, v any) { n.Text = v.(string) }, showText)
		text.SetPlaceHolder(e.tr("editor.new_note"))
		note, _ := l.current(id)
		internal := widget.NewCheck(e.tr("editor.internal_short"), nil)
		internal.Checked = note.Internal
		internal.OnChanged = func(b bool) {
			if l.draft != nil {
				l.draft.Internal = b
			}
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
	newRow := func(redraw func()) fyne.CanvasObject {
		d := domain.Note{ID: domain.NewID()}
		return row(l.withDraft(d), d.ID, redraw)
	}
	return e.rows(e.heading("field.notes"), "editor.add_note", func() []string { return idsOf(l) },
		func(id string, redraw func()) fyne.CanvasObject { return row(l, id, redraw) }, newRow)
}

// inPlan reports whether an element of a list is in the plan (not a new row's draft).
func (e *Editor) inPlan(c domain.Coll, id string) bool {
	switch c {
	case domain.CollOfferings:
		_, ok := e.offerings().get(id)
		return ok
	case domain.CollCompetitors:
		_, ok := e.competitorShares().get(id)
		return ok
	case domain.CollNotes:
		_, ok := e.notes().get(id)
		return ok
	}
	return true
}

func idsOf[T any](l listRef[T]) []string {
	var out []string
	for _, v := range l.items() {
		out = append(out, l.id(v))
	}
	return out
}

// showError shows why an edit was refused, naming fields as the person sees them.
func (e *Editor) showError(err error) {
	e.sh.Notify(form.FirstLine(form.ProblemText(e.loc, err)))
	e.sh.ShowDialog(dialog.NewError(errors.New(form.ProblemText(e.loc, err)), e.sh.Window()), nil)
}

// name records the label a control is known by where a column header, not a form, names it.
func (e *Editor) name(o fyne.CanvasObject, label string) { e.names[o] = label }
