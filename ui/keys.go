package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// dialogEntry is an entry of an edit dialog: Escape closes the dialog (Enter, in a one-line
// entry, saves it — see formDialog.add) and F1 opens the method, as everywhere.
type dialogEntry struct {
	widget.Entry
	app *App
}

func newDialogEntry(a *App, text string, multi bool) *dialogEntry {
	d := &dialogEntry{app: a}
	d.ExtendBaseWidget(d)
	if multi {
		d.MultiLine = true
		d.Wrapping = fyne.TextWrapWord
	}
	d.SetText(text)
	growIfLong(&d.Entry, text)
	d.OnChanged = func(s string) { growIfLong(&d.Entry, s) }
	return d
}

// growIfLong turns a one-line entry holding a paragraph into a wrapped multi-line one: a
// 5,000-character paste drew as a black bar, one line being wider than a texture can be.
func growIfLong(en *widget.Entry, text string) {
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

func (d *dialogEntry) TypedKey(k *fyne.KeyEvent) {
	if d.app.globalKey(k) {
		return
	}
	d.Entry.TypedKey(k)
}

// globalKey handles the keys that work wherever the focus is: Escape closes the dialog on top,
// F1 opens the method. False for any other key.
func (a *App) globalKey(k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyEscape:
		if n := len(a.escapables); n > 0 {
			a.escapables[n-1].close()
			return true
		}
	case fyne.KeyF1:
		a.methodDialog()
		return true
	}
	return false
}

// escapable is an open dialog and what its Cancel or Close button does.
type escapable struct {
	d     dialog.Dialog
	close func()
}

// showDialog opens a dialog that Escape closes the way its Cancel or Close button would (a
// question is answered "no"); close nil means d.Hide.
func (a *App) showDialog(d dialog.Dialog, close func()) {
	if close == nil {
		close = d.Hide
	}
	a.escapables = append(a.escapables, escapable{d, close})
	d.SetOnClosed(func() {
		a.escapables = slices.DeleteFunc(a.escapables, func(x escapable) bool { return x.d == d })
	})
	d.Show()
}

// installKeys makes Escape and F1 work when no entry has the focus.
func (a *App) installKeys() {
	a.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { a.globalKey(k) })
}
