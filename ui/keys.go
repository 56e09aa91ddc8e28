package ui

import (
	"fyne.io/fyne/v2"
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
	return d
}

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
		if n := len(a.dialogs); n > 0 {
			a.dialogs[n-1].close()
			return true
		}
	case fyne.KeyF1:
		a.methodDialog()
		return true
	}
	return false
}

// installKeys makes Escape and F1 work when no entry has the focus.
func (a *App) installKeys() {
	a.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { a.globalKey(k) })
}
