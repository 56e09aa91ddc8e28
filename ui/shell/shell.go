// Package shell is what a screen of the desktop app may ask of the window it lives in: the
// window and its language, dialogs, errors and the status bar, the preferences, slow work off
// the interface's goroutine, the store, and a way to another screen. Screens (ui/home,
// ui/editor, ui/importwizard, ui/settings) reach the app only through it, never through package
// ui, so a screen can be built and tested on its own and another store plug in unseen.
package shell

import (
	"context"
	"fmt"
	"log"
	"runtime/debug"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/privacy"
	"kamplan/storage/csvimport"
	"kamplan/ui/form"
)

// Store is what the screens need of the plans' store: the domain's, the plans' history
// (saving edits with their journal, the journal, the snapshots), an accounts import in
// one transaction, and the answers to a person's requests about their data.
type Store interface {
	domain.Store
	history.Store
	csvimport.AccountStore
	privacy.Store
}

// Shell is the app as a screen sees it.
type Shell interface {
	form.Host // the window, the interface language, dialogs, the keys that work everywhere

	Store() Store
	Context() context.Context
	Preferences() fyne.Preferences
	// Location says where the plans are kept (the database file), for the person to read.
	Location() string

	// ShowError shows an error in the interface language, in a dialog.
	ShowError(err error)
	// Notify says something in the status bar until the person moves on; Settle takes it off.
	Notify(text string)
	Settle()
	// Run does slow work off the interface's goroutine behind a progress dialog titled title,
	// then done on the interface's goroutine with the work's error.
	Run(title string, reportsProgress bool, work func(progress func(float64)) error, done func(error))

	// Show puts a screen in the window.
	Show(view fyne.CanvasObject)
	// ShowHome turns to the portfolio, after the open plan is saved or its unsaved changes
	// discarded by the person's choice.
	ShowHome()
	// OpenPlan opens a plan in the editor at a page (a Page key; "" for the first).
	OpenPlan(accountID, planID string, page Page)
}

// Page names a page of the plan editor: its phase and its page.
type Page string

// The pages of the plan editor, in reading order.
const (
	PageProfile         Page = "knowledge/profile"
	PageWallet          Page = "knowledge/wallet"
	PageWhiteSpace      Page = "knowledge/white-space"
	PageSWOT            Page = "knowledge/swot"
	PageStakeholders    Page = "knowledge/stakeholders"
	PageRelationshipMap Page = "knowledge/relationship-map"
	PageInfluenceMap    Page = "knowledge/influence-map"
	PageCoverage        Page = "knowledge/coverage"
	PageStage           Page = "knowledge/stage"
	PageStrategies      Page = "vision/strategies"
	PagePortfolio       Page = "vision/portfolio"
	PageValue           Page = "vision/value"
	PageObjectives      Page = "vision/objectives"
	PageActions         Page = "commitment/actions"
	PagePipeline        Page = "commitment/opportunities"
	PageKPIs            Page = "commitment/kpis"
	PageSignOff         Page = "commitment/sign-off"
	PageReviews         Page = "commitment/reviews"
	PageHistory         Page = "commitment/history"
)

// The preferences of a plan's history, set in Settings and kept for the person at this
// computer (a database may be copied to another laptop or shared by a team): the name
// their edits are signed with ("" for the system user's), and how many edits undo reaches
// back when a plan is opened again (0: back to the plan's creation).
const (
	PrefAuthor    = "history.author"
	PrefUndoLimit = "history.undo_limit"
)

// ShowProblems lists every problem of a refused file in a dialog that scrolls, says nothing
// was written, and names the refusal in the status bar.
func ShowProblems(sh Shell, title string, err error) {
	loc := sh.Locale()
	text := widget.NewLabel(form.Message(loc, err) + "\n" + loc.T("import.nothing_written"))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(560, 260))
	sh.ShowDialog(dialog.NewCustom(title, loc.T("dialog.close"), scroll, sh.Window()), nil)
	sh.Notify(title)
}

// Recovered runs work and turns a panic in it into an internal error, logged with its stack.
func Recovered(work func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("kamplan: panic in a background job: %v\n%s", r, debug.Stack())
			err = domain.Errorf(domain.CodeInternal, "app.job_panic",
				"KAM Planner failed inside (%s); nothing was left half-saved, and the details are in the log", fmt.Sprint(r))
		}
	}()
	return work()
}
