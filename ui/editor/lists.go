package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/bind"
	"kamplan/ui/form"
)

// deleteWidth is the room a row's delete button takes, so that headers sit over their columns.
const deleteWidth = 44

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

func (l listRef[T]) ids() []string {
	var out []string
	for _, v := range l.items() {
		out = append(out, l.id(v))
	}
	return out
}

// field edits one value of the element with id; the edit replaces the element.
func (l listRef[T]) field(e *Editor, id, label string, parse func(string) (any, error),
	get func(T) any, set func(*T, any), show func(any) string) *bind.Field {
	value := func() any {
		v, ok := l.current(id)
		if !ok {
			return nil
		}
		return get(v)
	}
	return e.fields.New(bind.Spec{Label: label, Parse: parse, Value: value,
		Show: func() string { return show(value()) },
		Edit: func(x any) domain.Edit {
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

// removeButton confirms, then removes the element with id from the list.
func (l listRef[T]) removeButton(e *Editor, id string, name func() string, redraw func()) *widget.Button {
	return widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		if _, ok := l.get(id); !ok {
			redraw() // a new row that never entered the plan
			return
		}
		e.confirmDelete(name(), func() {
			if err := e.apply(domain.RemoveItem{Coll: l.coll, ID: id}); err != nil {
				e.showError(err)
				return
			}
			redraw()
		})
	})
}

func showText(v any) string { s, _ := v.(string); return s }

// listRows is a list of rows, one per element, with an Add button under them. Add puts the row
// newRow returns (a draft, not in the plan until its name is typed) above the button; a nil row
// means newRow changed the plan itself, and the rows are drawn again.
func listRows(e *Editor, head fyne.CanvasObject, addKey string, ids func() []string, row func(id string, redraw func()) fyne.CanvasObject,
	newRow func(redraw func()) fyne.CanvasObject) fyne.CanvasObject {
	box := container.NewVBox()
	var redraw func()
	fill := func() {
		e.fields.Forget(box)
		objects := []fyne.CanvasObject{head} // laid out once: box.Add lays out all the rows each time
		for _, id := range ids() {
			objects = append(objects, row(id, redraw))
		}
		box.Objects = append(objects, widget.NewButtonWithIcon(e.tr(addKey), theme.ContentAddIcon(), func() {
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
	}
	redraw = func() {
		fill()
		box.Refresh()
		e.refresh()
	}
	fill() // the page that holds the list draws it and its live figures
	return box
}
