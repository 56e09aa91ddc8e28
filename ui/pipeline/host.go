// Package pipeline is the plan editor's page of opportunities: a board by stage where a card
// is dragged (or moved with the keyboard) to another stage, the list of every opportunity,
// and the opportunity dialog, opened from the page, from a white-space cell or from an
// objective. It changes the plan only through the editor's edits (Host.Apply), so that each
// change is validated, journaled, undone and saved as any other.
package pipeline

import (
	"strconv"

	"kamplan/domain"
	"kamplan/domain/pipeline"
	"kamplan/ui/editor/forms"
	"kamplan/ui/locale"
)

// Host is what the page needs of the plan editor.
type Host interface {
	// Env is what the forms read: the window, the parsers, the plan and its account.
	Env() forms.Env
	// Apply makes an edit as the editor's pages do (kept for undo, journaled, saved).
	Apply(e domain.Edit) error
	// Settings are the store's: the sales stages and the coverage ratio.
	Settings() domain.Settings
	// Live registers an update of the page's figures, run after every edit.
	Live(update func())
	// ShowError shows a refusal in the interface's language.
	ShowError(err error)
}

func stages(h Host) []domain.SalesStage { return pipeline.Stages(h.Settings()) }

// StageName is a stage as a person reads it: a default stage, won and lost in the
// interface's language, a stage the company named as it is written.
func StageName(loc locale.Locale, stage string) string {
	if key := "pipeline.stage." + stage; loc.Has(key) {
		return loc.T(key)
	}
	return stage
}

// dealLine is the second line of an opportunity: its value, probability and close date.
func dealLine(loc locale.Locale, currency string, d domain.Deal) string {
	s := loc.Money(d.Value, currency)
	if !d.Closed() {
		s += " · " + strconv.Itoa(d.Probability) + " %"
	}
	if !d.Close.IsZero() && !d.Closed() {
		s += " · " + loc.LongDate(d.Close)
	}
	if d.Closed() {
		s += " · " + loc.LongDate(d.ClosedOn)
	}
	return s
}
