package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// GlobalKey handles the keys that work wherever the focus is: Escape closes the dialog on top,
// F1 opens the method. False for any other key.
func (a *App) GlobalKey(k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyEscape:
		if n := len(a.escapables); n > 0 {
			a.escapables[n-1].close()
			return true
		}
	case fyne.KeyF1:
		helpMenu{a}.methodDialog()
		return true
	}
	return false
}

// escapable is an open dialog and what its Cancel or Close button does.
type escapable struct {
	d     dialog.Dialog
	close func()
}

// ShowDialog opens a dialog that Escape closes the way its Cancel or Close button would (a
// question is answered "no"); close nil means d.Hide.
func (a *App) ShowDialog(d dialog.Dialog, close func()) {
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
	a.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { a.GlobalKey(k) })
}
