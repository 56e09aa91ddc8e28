package ui

import (
	"log"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/home"
	"kamplan/ui/locale"
)

// firstStart opens the sample plan written in the interface's language with a hint of where
// to begin, the first time only.
func (a *App) firstStart() bool {
	if a.fyne.Preferences().Bool("hint.shown") || a.home == nil || len(a.home.Rows()) == 0 {
		return false
	}
	a.fyne.Preferences().SetBool("hint.shown", true)
	for _, r := range a.home.Rows() {
		if r.AccountName == sampleAccount(a.loc) {
			a.openPlan(r.AccountID, r.PlanID)
			break
		}
	}
	a.ShowDialog(dialog.NewInformation(a.loc.T("hint.title"), a.loc.T("hint.body"), a.win), nil)
	return true
}

// selected is the account picked on the portfolio, when it is shown.
func (a *App) selected() (domain.PlanSummary, bool) {
	if a.home == nil {
		return domain.PlanSummary{}, false
	}
	return a.home.Selected()
}

// sampleAccount is the complete sample plan, of those a new database starts with, written in
// the interface's language: an English reader meets a British account, a Spanish one a Spanish
// account. Every sample stays in the portfolio either way.
func sampleAccount(loc locale.Locale) string {
	if loc.Spanish() {
		return "Aceros del Norte, S.A."
	}
	return "Thistlecombe Foods plc"
}

// startSettles is how long after the plans are scored the window has drawn its first frames.
const startSettles = time.Second

// releaseStartGarbage hands back to the system the memory the start-up's work left unused
// (parsing the fonts, scoring the plans, drawing the first frames' text), about 14 MB the
// runtime would otherwise keep for minutes. It waits for the first frames: what they drew
// before it would be kept. The collection it forces runs beside the interface.
func releaseStartGarbage() { time.AfterFunc(startSettles, debug.FreeOSMemory) }

// rescoreHealth scores again, off the interface's goroutine, the plans not scored today (an
// action falls overdue, a review falls due with the days), and redraws the portfolio when
// it is on screen. done, when set, runs at the end on the interface's goroutine.
func rescoreHealth(a *App, today domain.Date, done func()) {
	go func() {
		n, err := storage.RescoreStale(a.ctx, a.store, today)
		if err != nil {
			log.Printf("kamplan: scoring the plans' health failed: %v", err)
		}
		fyne.Do(func() {
			if n > 0 && a.home != nil && a.editor == nil && a.aside == nil {
				home.Reread(a.home)
			}
			if done != nil {
				done()
			}
		})
	}()
}
