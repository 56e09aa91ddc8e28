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
	case fyne.KeyReturn, fyne.KeyEnter:
		if n := len(a.escapables); n > 0 && a.escapables[n-1].notice {
			a.escapables[n-1].close()
			return true
		}
	case fyne.KeyF1:
		helpMenu{a}.methodDialog()
		return true
	}
	return false
}

// escapable is an open dialog and what its Cancel or Close button does; Enter closes a notice
// too (a message with only OK), as its one button would.
type escapable struct {
	d      dialog.Dialog
	close  func()
	notice bool
}

// isNotice says d only tells something: not a question, a form, a file or a dialog of ours.
func isNotice(d dialog.Dialog) bool {
	switch d.(type) {
	case *dialog.ConfirmDialog, *dialog.FormDialog, *dialog.FileDialog, *dialog.CustomDialog, *dialog.ColorPickerDialog:
		return false
	}
	return true
}

// ShowDialog opens a dialog that Escape closes the way its Cancel or Close button would (a
// question is answered "no"); close nil means d.Hide.
func (a *App) ShowDialog(d dialog.Dialog, close func()) {
	notice := close == nil && isNotice(d)
	if close == nil {
		close = d.Hide
	}
	a.escapables = append(a.escapables, escapable{d, close, notice})
	d.SetOnClosed(func() {
		a.escapables = slices.DeleteFunc(a.escapables, func(x escapable) bool { return x.d == d })
	})
	if _, ok := d.(*dialog.FileDialog); ok {
		d.Resize(fileDialogSize(a.win.Canvas().Size()))
	}
	d.Show()
}

// fileDialogSize is most of the window: Fyne's own size shows three or four files at a time.
func fileDialogSize(win fyne.Size) fyne.Size {
	return fyne.NewSize(max(600, win.Width*0.85), max(420, win.Height*0.85))
}

// installKeys makes Escape and F1 work when no entry has the focus.
func (a *App) installKeys() {
	a.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { a.GlobalKey(k) })
}
