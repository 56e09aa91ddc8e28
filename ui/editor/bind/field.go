package bind

import (
	"errors"
	"reflect"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// A Field is an entry bound to one value of the plan. Typing shows at once whether the text is
// valid (the message under the field); a valid value is committed as one edit after a pause in
// typing, on leaving the field and on Enter. While the text is invalid the plan keeps its last
// value and the header says which field to fix.
type Field struct {
	widget.Entry
	set   *Set
	spec  Spec
	Msg   *widget.Label // why the text is not a value; hidden while it is one
	timer *time.Timer
	date  bool // shows a calendar
}

// Spec says what a field edits.
type Spec struct {
	Label string                    // the field's name as the person sees it
	Show  func() string             // the current value as text
	Parse func(string) (any, error) // text → value, or the message saying why not
	Value func() any                // the current value, to skip edits that change nothing
	Edit  func(v any) domain.Edit   // the edit that sets v; nil when there is nothing to apply
	After func()                    // optional: run after a committed edit
	Multi bool                      // several lines
	Wrap  bool                      // one paragraph shown wrapped over two lines; Enter and Tab act as in a one-line field
}

func (s *Set) newField(spec Spec) *Field {
	f := &Field{set: s, spec: spec, Msg: widget.NewLabel("")}
	f.Msg.Importance = widget.DangerImportance
	f.Msg.Wrapping = fyne.TextWrapWord
	f.Msg.Hide()
	f.ExtendBaseWidget(f)
	switch {
	case spec.Multi:
		f.MultiLine = true
		f.Wrapping = fyne.TextWrapWord
		f.SetMinRowsVisible(4)
	case spec.Wrap:
		f.MultiLine = true
		f.Wrapping = fyne.TextWrapWord
		f.Scroll = container.ScrollVerticalOnly
		f.SetMinRowsVisible(2)
	default:
		f.Wrapping = fyne.TextWrapOff
		f.Scroll = container.ScrollHorizontalOnly
		f.OnSubmitted = func(string) {
			if f.Commit() {
				f.tidy()
			}
		}
	}
	f.SetText(spec.Show())
	form.GrowIfLong(&f.Entry, f.Text)
	f.OnChanged = f.changed
	return f
}

// Label is the field's name as the person sees it.
func (f *Field) Label() string { return f.spec.Label }

// Parse reads a text as the field would: its value, or why it is not one.
func (f *Field) Parse(text string) (any, error) { return f.spec.Parse(text) }

// Value is the plan's value of the field.
func (f *Field) Value() any { return f.spec.Value() }

// Stored is the plan's value of the field as the field writes it.
func (f *Field) Stored() string { return f.spec.Show() }

// Box is the field with its message under it (and a calendar beside a date).
func (f *Field) Box() fyne.CanvasObject {
	if f.date {
		return container.NewVBox(form.CalendarBeside(f.set.env.Host, f, &f.Entry, func() { f.Commit() }), f.Msg)
	}
	return container.NewVBox(f, f.Msg)
}

func (f *Field) changed(text string) {
	form.GrowIfLong(&f.Entry, text)
	_, err := f.spec.Parse(text)
	f.setProblem(err)
	f.set.pending[f] = true
	if f.timer != nil {
		f.timer.Stop()
	}
	f.timer = time.AfterFunc(f.set.env.Pause(), func() { fyne.Do(func() { f.Commit() }) })
	f.set.env.Changed()
}

func (f *Field) setProblem(err error) {
	if err == nil {
		f.Msg.SetText("")
		f.Msg.Hide()
		f.set.setInvalid(f, false)
		return
	}
	f.Msg.SetText(err.Error())
	f.Msg.Show()
	f.set.setInvalid(f, true)
}

// Commit turns valid text into an edit of the plan; false while the text is invalid or the
// plan refused the value (the message then says why).
func (f *Field) Commit() bool {
	if f.timer != nil {
		f.timer.Stop()
	}
	if !f.set.pending[f] {
		return !f.set.IsInvalid(f)
	}
	v, err := f.spec.Parse(f.Text)
	if err != nil {
		f.setProblem(err)
		return false
	}
	if !reflect.DeepEqual(v, f.spec.Value()) {
		if ed := f.spec.Edit(v); ed != nil {
			if err := f.set.env.Apply(ed); err != nil {
				f.setProblem(errors.New(form.ProblemText(f.set.env.Host.Locale(), err)))
				return false
			}
			if f.spec.After != nil {
				f.spec.After()
			}
		}
	}
	delete(f.set.pending, f)
	f.setProblem(nil)
	return true
}

// Revert puts the plan's value back into the field.
func (f *Field) Revert() {
	delete(f.set.pending, f)
	f.OnChanged = nil
	f.SetText(f.spec.Show())
	f.OnChanged = f.changed
	f.setProblem(nil)
}

func (f *Field) FocusLost() {
	f.Entry.FocusLost()
	if f.Commit() {
		f.tidy()
	}
}

// tidy shows a committed value the way the interface writes it ("3M" becomes "3,000,000").
func (f *Field) tidy() {
	if !f.set.pending[f] && !f.set.IsInvalid(f) && f.Text != f.spec.Show() {
		f.OnChanged = nil
		f.SetText(f.spec.Show())
		f.OnChanged = f.changed
	}
}

// TypedShortcut makes undo and redo act on the plan (after committing what was typed) and lets
// the window's shortcuts work while the field has the focus.
func (f *Field) TypedShortcut(s fyne.Shortcut) {
	switch {
	case IsUndo(s):
		if f.set.IsInvalid(f) {
			f.Revert()
			return
		}
		f.set.env.Undo()
	case IsRedo(s):
		f.set.env.Redo()
	default:
		if _, custom := s.(*desktop.CustomShortcut); custom {
			f.set.env.Host.Window().Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(s)
			return
		}
		f.Entry.TypedShortcut(s)
	}
}

// TypedKey lets Escape and F1 work while a field has the focus; Enter commits a wrapped
// paragraph as it does a one-line field.
func (f *Field) TypedKey(k *fyne.KeyEvent) {
	if f.set.env.Host.GlobalKey(k) {
		return
	}
	if f.spec.Wrap && (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) {
		if f.Commit() {
			f.tidy()
		}
		return
	}
	f.Entry.TypedKey(k)
}

// AcceptsTab is false for a wrapped paragraph: Tab moves on, as from a one-line field.
func (f *Field) AcceptsTab() bool { return f.MultiLine && !f.spec.Wrap }

// EntryWidget implements form.Editable: a field is an entry of the app's own.
func (f *Field) EntryWidget() *widget.Entry { return &f.Entry }

// IsUndo says whether a shortcut is Undo.
func IsUndo(s fyne.Shortcut) bool {
	_, ok := s.(*fyne.ShortcutUndo)
	return ok
}

// IsRedo says whether a shortcut is Redo: its own, or Shift with Undo's.
func IsRedo(s fyne.Shortcut) bool {
	if _, ok := s.(*fyne.ShortcutRedo); ok {
		return true
	}
	c, ok := s.(*desktop.CustomShortcut)
	return ok && c.KeyName == fyne.KeyZ && c.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift
}
