package editor

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// A field is an entry bound to one value of the plan. Typing shows at once whether the text is
// valid (the message under the field); a valid value is committed as one edit after a pause in
// typing, on leaving the field and on Enter. While the text is invalid the plan keeps its last
// value and the header says which field to fix.
type field struct {
	widget.Entry
	e     *Editor
	spec  spec
	msg   *widget.Label
	timer *time.Timer
	date  bool // shows a calendar
}

// spec says what a field edits.
type spec struct {
	label string                    // the field's name as the person sees it
	show  func() string             // the current value as text
	parse func(string) (any, error) // text → value, or the message saying why not
	value func() any                // the current value, to skip edits that change nothing
	edit  func(v any) domain.Edit   // the edit that sets v; nil when there is nothing to apply
	after func()                    // optional: run after a committed edit
	multi bool                      // several lines
	wrap  bool                      // one paragraph shown wrapped over two lines; Enter and Tab act as in a one-line field
}

func (e *Editor) newField(s spec) *field {
	f := &field{e: e, spec: s, msg: widget.NewLabel("")}
	f.msg.Importance = widget.DangerImportance
	f.msg.Wrapping = fyne.TextWrapWord
	f.msg.Hide()
	f.ExtendBaseWidget(f)
	switch {
	case s.multi:
		f.MultiLine = true
		f.Wrapping = fyne.TextWrapWord
		f.SetMinRowsVisible(4)
	case s.wrap:
		f.MultiLine = true
		f.Wrapping = fyne.TextWrapWord
		f.Scroll = container.ScrollVerticalOnly
		f.SetMinRowsVisible(2)
	default:
		f.Wrapping = fyne.TextWrapOff
		f.Scroll = container.ScrollHorizontalOnly
		f.OnSubmitted = func(string) {
			if f.commit() {
				f.tidy()
			}
		}
	}
	f.SetText(s.show())
	form.GrowIfLong(&f.Entry, f.Text)
	f.OnChanged = f.changed
	e.fields = append(e.fields, f)
	return f
}

// box is the field with its message under it (and a calendar beside a date).
func (f *field) box() fyne.CanvasObject {
	if f.date {
		return container.NewVBox(form.CalendarBeside(f.e.sh, f, &f.Entry, func() { f.commit() }), f.msg)
	}
	return container.NewVBox(f, f.msg)
}

func (f *field) changed(text string) {
	form.GrowIfLong(&f.Entry, text)
	_, err := f.spec.parse(text)
	f.setProblem(err)
	f.e.pending[f] = true
	if f.timer != nil {
		f.timer.Stop()
	}
	f.timer = time.AfterFunc(SaveDelay, func() { fyne.Do(func() { f.commit() }) })
	f.e.showState()
}

func (f *field) setProblem(err error) {
	if err == nil {
		f.msg.SetText("")
		f.msg.Hide()
		f.e.setInvalid(f, false)
		return
	}
	f.msg.SetText(err.Error())
	f.msg.Show()
	f.e.setInvalid(f, true)
}

// commit turns valid text into an edit of the plan; false while the text is invalid or the
// plan refused the value (the message then says why).
func (f *field) commit() bool {
	if f.timer != nil {
		f.timer.Stop()
	}
	if !f.e.pending[f] {
		return !f.e.isInvalid(f)
	}
	v, err := f.spec.parse(f.Text)
	if err != nil {
		f.setProblem(err)
		return false
	}
	if !reflect.DeepEqual(v, f.spec.value()) {
		if ed := f.spec.edit(v); ed != nil {
			if err := f.e.apply(ed); err != nil {
				f.setProblem(errors.New(form.ProblemText(f.e.loc, err)))
				return false
			}
			if f.spec.after != nil {
				f.spec.after()
			}
		}
	}
	delete(f.e.pending, f)
	f.setProblem(nil)
	return true
}

// revert puts the plan's value back into the field.
func (f *field) revert() {
	delete(f.e.pending, f)
	f.OnChanged = nil
	f.SetText(f.spec.show())
	f.OnChanged = f.changed
	f.setProblem(nil)
}

func (f *field) FocusLost() {
	f.Entry.FocusLost()
	if f.commit() {
		f.tidy()
	}
}

// tidy shows a committed value the way the interface writes it ("3M" becomes "3,000,000").
func (f *field) tidy() {
	if !f.e.pending[f] && !f.e.isInvalid(f) && f.Text != f.spec.show() {
		f.OnChanged = nil
		f.SetText(f.spec.show())
		f.OnChanged = f.changed
	}
}

// TypedShortcut makes undo and redo act on the plan (after committing what was typed) and lets
// the window's shortcuts work while the field has the focus.
func (f *field) TypedShortcut(s fyne.Shortcut) {
	switch {
	case isUndo(s):
		if f.e.isInvalid(f) {
			f.revert()
			return
		}
		f.e.Undo()
	case isRedo(s):
		f.e.Redo()
	default:
		if _, custom := s.(*desktop.CustomShortcut); custom {
			f.e.sh.Window().Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(s)
			return
		}
		f.Entry.TypedShortcut(s)
	}
}

// TypedKey lets Escape and F1 work while a field has the focus; Enter commits a wrapped
// paragraph as it does a one-line field.
func (f *field) TypedKey(k *fyne.KeyEvent) {
	if f.e.sh.GlobalKey(k) {
		return
	}
	if f.spec.wrap && (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) {
		if f.commit() {
			f.tidy()
		}
		return
	}
	f.Entry.TypedKey(k)
}

// AcceptsTab is false for a wrapped paragraph: Tab moves on, as from a one-line field.
func (f *field) AcceptsTab() bool { return f.MultiLine && !f.spec.wrap }

func isUndo(s fyne.Shortcut) bool {
	_, ok := s.(*fyne.ShortcutUndo)
	return ok
}

func isRedo(s fyne.Shortcut) bool {
	if _, ok := s.(*fyne.ShortcutRedo); ok {
		return true
	}
	c, ok := s.(*desktop.CustomShortcut)
	return ok && c.KeyName == fyne.KeyZ && c.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift
}

// Parsers for the usual kinds of value.

func anyText(s string) (any, error) { return s, nil }

func (e *Editor) requiredText(s string) (any, error) {
	if strings.TrimSpace(s) == "" {
		return nil, errors.New(e.tr("err.required_field"))
	}
	return strings.TrimSpace(s), nil
}

func (e *Editor) amount(s string) (any, error) {
	v, err := e.loc.ParseAmount(s)
	return v, err
}

func (e *Editor) day(s string) (any, error) {
	d, err := e.loc.ParseDay(s)
	return d, err
}

// optionalPct reads an optional percentage between lo and hi; empty means not set.
func (e *Editor) optionalPct(lo, hi float64) func(string) (any, error) {
	return func(s string) (any, error) {
		if strings.TrimSpace(s) == "" {
			return (*float64)(nil), nil
		}
		v, err := e.loc.ParseNumber(s)
		if err != nil {
			return nil, err
		}
		if v < lo || v > hi {
			return nil, errors.New(e.tr("editor.err.pct_range", int(lo), int(hi)))
		}
		return &v, nil
	}
}

// Fields over the fields SetField sets (domain.Field).

func (e *Editor) setField(name domain.Field) func(any) domain.Edit {
	return func(v any) domain.Edit { return domain.SetField{Field: name, Value: v} }
}

func (e *Editor) valueOf(name domain.Field) func() any {
	return func() any { return e.doc.FieldValue(name) }
}

// textField edits a text field of the account or plan; required ones refuse blank text.
func (e *Editor) textField(labelKey string, name domain.Field, required, multi bool) *field {
	parse := anyText
	if required {
		parse = e.requiredText
	}
	return e.newField(spec{label: e.tr(labelKey), multi: multi, parse: parse,
		show:  func() string { s, _ := e.doc.FieldValue(name).(string); return s },
		value: e.valueOf(name), edit: e.setField(name)})
}

func (e *Editor) amountField(labelKey string, name domain.Field) *field {
	f := e.newField(spec{label: e.tr(labelKey), parse: e.amount,
		show:  func() string { return e.showMoney(e.doc.FieldValue(name)) },
		value: e.valueOf(name), edit: e.setField(name)})
	f.SetPlaceHolder("0")
	return f
}

// countField edits a whole number that cannot be negative (people, units); blank is 0,
// not known.
func (e *Editor) countField(labelKey string, name domain.Field) *field {
	f := e.newField(spec{label: e.tr(labelKey), parse: e.count,
		show: func() string {
			if n, _ := e.doc.FieldValue(name).(int); n != 0 {
				return e.loc.Number(float64(n), 0)
			}
			return ""
		},
		value: e.valueOf(name), edit: e.setField(name)})
	f.SetPlaceHolder("0")
	return f
}

func (e *Editor) count(s string) (any, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	v, err := e.loc.ParseNumber(s)
	switch {
	case err == nil && v < 0:
		return nil, errors.New(form.Capitalise(e.tr("err.negative")))
	case err != nil || v != math.Trunc(v) || v > 1e9:
		return nil, errors.New(e.tr("editor.err.count_like", e.loc.Number(1250, 0)))
	}
	return int(v), nil
}

func (e *Editor) pctField(labelKey string, name domain.Field, lo, hi float64) *field {
	return e.newField(spec{label: e.tr(labelKey), parse: e.optionalPct(lo, hi),
		show: func() string {
			if v, _ := e.doc.FieldValue(name).(*float64); v != nil {
				return e.loc.Number(*v, locale.Decimals(*v))
			}
			return ""
		},
		value: e.valueOf(name), edit: e.setField(name)})
}

func (e *Editor) dateField(labelKey string, name domain.Field) *field {
	f := e.newField(spec{label: e.tr(labelKey), parse: e.day,
		show:  func() string { d, _ := e.doc.FieldValue(name).(domain.Date); return e.loc.Day(d) },
		value: e.valueOf(name), edit: e.setField(name)})
	f.SetPlaceHolder(e.tr("editor.date_format"))
	f.date = true
	return f
}

// choice is a select whose index is the value; a choice is committed at once.
func (e *Editor) choice(labels []string, get func() int, edit func(i int) domain.Edit) *widget.Select {
	w := widget.NewSelect(labels, nil)
	if i := get(); i >= 0 && i < len(labels) {
		w.SetSelectedIndex(i)
	}
	w.OnChanged = func(string) {
		i := w.SelectedIndex()
		if i < 0 || i == get() {
			return
		}
		if err := e.apply(edit(i)); err != nil {
			e.sh.ShowError(err)
			if j := get(); j >= 0 && j < len(labels) {
				w.SetSelectedIndex(j)
			}
		}
	}
	return w
}

// EntryWidget implements form.Editable: a field is an entry of the app's own.
func (f *field) EntryWidget() *widget.Entry { return &f.Entry }
