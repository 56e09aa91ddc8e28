package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/dialog"
)

// clearError puts the status bar back to its resting text once a problem is gone.
func (a *App) clearError() { a.setStatus(a.tr("app.status.ready", a.store.Path())) }

// errorDialog shows a message that is already in the interface language.
func (a *App) errorDialog(text string) { a.ShowDialog(dialog.NewError(errors.New(text), a.win), nil) }

// title is a menu item's label as a dialog's title: without the menu's "…".
func (a *App) title(key string) string { return strings.TrimSuffix(a.tr(key), "…") }
