package ui

import (
	"errors"

	"fyne.io/fyne/v2/dialog"
)

// Settle puts the status bar back to its resting text once a problem is gone.
func (a *App) Settle() { a.Notify(a.tr("app.status.ready", a.store.Path())) }

// errorDialog shows a message that is already in the interface language.
func (a *App) errorDialog(text string) { a.ShowDialog(dialog.NewError(errors.New(text), a.win), nil) }
