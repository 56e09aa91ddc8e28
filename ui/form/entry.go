package form

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Editable is an entry of the app's own (a dialog's entry, a field of the plan): a widget
// that extends widget.Entry.
type Editable interface {
	fyne.Focusable
	EntryWidget() *widget.Entry
}

// EntryOf is the entry of an input, or nil.
func EntryOf(o any) *widget.Entry {
	switch x := o.(type) {
	case *widget.Entry:
		return x
	case Editable:
		return x.EntryWidget()
	}
	return nil
}

// SelectOf is a choice of options with option i selected (none when i is out of range).
func SelectOf(options []string, i int) *widget.Select {
	s := widget.NewSelect(options, nil)
	if i >= 0 && i < len(options) {
		s.SetSelectedIndex(i)
	}
	return s
}

// FitWindow keeps a dialog inside the window on small screens.
func FitWindow(win fyne.Window, want fyne.Size) fyne.Size {
	have := win.Canvas().Size()
	if have.Width <= 0 || have.Height <= 0 {
		return want
	}
	return fyne.NewSize(min(want.Width, have.Width-40), min(want.Height, have.Height-40))
}

// Entries lists the entries inside an object, in reading order.
func Entries(o fyne.CanvasObject) []fyne.Focusable {
	var out []fyne.Focusable
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Entry:
			out = append(out, x)
		case Editable:
			out = append(out, x)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// Entry is an entry of an edit dialog: Escape closes the dialog (Enter, in a one-line entry,
// saves it — see Dialog.Add) and F1 opens the method, as everywhere.
type Entry struct {
	widget.Entry
	host Host
}

// NewEntry is a one-line entry of an edit dialog.
func NewEntry(h Host, text string) *Entry { return newEntry(h, text, false) }

// NewMultiEntry is an entry of several lines.
func NewMultiEntry(h Host, text string) *Entry { return newEntry(h, text, true) }

func newEntry(h Host, text string, multi bool) *Entry {
	d := &Entry{host: h}
	d.ExtendBaseWidget(d)
	if multi {
		d.MultiLine = true
		d.Wrapping = fyne.TextWrapWord
	}
	d.SetText(text)
	GrowIfLong(&d.Entry, text)
	d.OnChanged = func(s string) { GrowIfLong(&d.Entry, s) }
	return d
}

// GrowIfLong turns a one-line entry holding a paragraph into a wrapped multi-line one: a
// 5,000-character paste drew as a black bar, one line being wider than a texture can be.
func GrowIfLong(en *widget.Entry, text string) {
	if en.MultiLine || (utf8.RuneCountInString(text) <= longLine && !strings.Contains(text, "\n")) {
		return
	}
	en.MultiLine = true
	en.Wrapping = fyne.TextWrapWord
	en.Scroll = container.ScrollVerticalOnly
	en.SetMinRowsVisible(4)
	en.Refresh()
}

// longLine is how many characters a one-line entry shows before it becomes multi-line.
const longLine = 160

// EntryWidget implements Editable.
func (d *Entry) EntryWidget() *widget.Entry { return &d.Entry }

// TypedKey lets Escape and F1 work while the entry has the focus.
func (d *Entry) TypedKey(k *fyne.KeyEvent) {
	if d.host.GlobalKey(k) {
		return
	}
	d.Entry.TypedKey(k)
}
