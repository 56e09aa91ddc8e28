// Package review is the plan editor's page of account reviews: the reviews held, newest
// first, when the next one is due by the plan's review cadence, what changed in the plan
// since the last one (from its journal), and the form that records a review with the
// actions it decides. It changes the plan only through the editor's edits (Host.Apply): a
// review and its actions are one edit, journaled, saved and undone as one.
package review

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// Host is what the page needs of the plan editor.
type Host interface {
	// Env is what the forms read: the window, the parsers, the plan and its account.
	Env() forms.Env
	// Shell is the app: the store, whose journal says what changed since a review.
	Shell() shell.Shell
	// Apply makes an edit as the editor's pages do (kept for undo, journaled, saved).
	Apply(e domain.Edit) error
	// ShowError shows a refusal in the interface's language.
	ShowError(err error)
	// PrintPack opens the PDF export with the review pack chosen; nil when it cannot.
	PrintPack() func()
}

func locOf(h Host) locale.Locale { return h.Env().Host.Locale() }

func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
