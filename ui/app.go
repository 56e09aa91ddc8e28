// Package ui is the desktop application of KAM Planner.
package ui

import (
	"context"
	"errors"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/release"
	"kamplan/storage"
	"kamplan/ui/editor"
	"kamplan/ui/form"
	"kamplan/ui/home"
	"kamplan/ui/locale"
	_ "kamplan/ui/posixlocale" // before the toolkit reads the locale
	"kamplan/ui/privacy"
	"kamplan/ui/shell"
	"kamplan/ui/snapshots"
	"kamplan/ui/teamsync"
)

// App is the running desktop application: one window over one database.
type App struct {
	fyne  fyne.App
	win   fyne.Window
	store *storage.Store
	loc   locale.Locale // the interface language
	ctx   context.Context

	home    *home.Home
	editor  *editor.Editor
	aside   *snapshots.Screen // the open plan's snapshots, shown instead of the editor; nil while it is on screen
	screens shell.Store       // the store as the screens get it: it keeps a snapshot at each sign-off
	team    *teamsync.Team    // the sync with a team store; nil when the app works on its own database
	body    *fyne.Container
	status  *widget.Label

	escapables []escapable // every open dialog Escape closes, the top one last
}

// Run opens the database at dbPath and shows the main window until it is closed.
func Run(dbPath string) error {
	if err := checkDisplay(); err != nil {
		return err
	}
	a := app.NewWithID(release.AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon()))
	lang := locale.Interface(a.Preferences().String("language"), locale.System)
	team := teamAddress(a.Preferences(), dbPath)
	s, err := openWorkingStore(dbPath, team)
	if err != nil {
		showFatal(a, lang, err)
		return err
	}
	defer s.Close()
	ui, err := openWindow(a, s, lang)
	if err != nil {
		return err
	}
	if team != "" {
		teamLink{ui}.start(team, teamsync.Opener(team, a.Preferences().String(teamsync.PrefUser)))
		defer ui.team.Close()
	}
	a.Lifecycle().SetOnStarted(func() {
		ui.fitScreen()
		ui.files().dailyBackup(ui.ctx, time.Now(), nil)
		rescoreHealth(ui, domain.Today(), releaseStartGarbage)
		privacy.ApplyRetentionAtStart(ui, time.Now())
	})
	ui.win.ShowAndRun()
	return nil
}

// openWorkingStore opens the database the app works on: the local copy of the team store
// at team, else the database at dbPath.
func openWorkingStore(dbPath, team string) (*storage.Store, error) {
	if team != "" {
		return openTeamCopy(team)
	}
	return storage.Open(dbPath)
}

// New builds the application window over a store.
func New(fa fyne.App, s *storage.Store, lang string) *App {
	a := &App{fyne: fa, store: s, loc: locale.New(lang), ctx: context.Background()}
	speakFyne(a.loc.Lang())
	installFileRepository(s.Path())
	a.screens = planMenu{a}.signOffs()
	if _, ours := fa.Settings().Theme().(appTheme); !ours { // setting it again would parse every font again
		fa.Settings().SetTheme(newAppTheme())
	}
	a.win = fa.NewWindow("KAM Planner")
	a.status = widget.NewLabel(a.loc.T("app.status.ready", s.Path()))
	a.status.Truncation = fyne.TextTruncateEllipsis
	a.body = container.NewStack()
	a.win.SetContent(container.NewBorder(nil, a.status, nil, nil, a.body))
	a.win.Resize(fyne.NewSize(
		float32(fa.Preferences().FloatWithFallback("window.width", defaultWidth)),
		float32(fa.Preferences().FloatWithFallback("window.height", defaultHeight))))
	a.win.SetCloseIntercept(a.onClose)
	s.SetAuthor(fa.Preferences().String(shell.PrefAuthor))
	a.installMenu()
	a.installKeys()
	a.ShowHome()
	if !a.firstStart() {
		a.openLastAccount()
	}
	return a
}

// Window is the main window.
func (a *App) Window() fyne.Window { return a.win }

// Show replaces the main view.
func (a *App) Show(o fyne.CanvasObject) {
	a.body.Objects = []fyne.CanvasObject{o}
	// laid out and drawn as it is: the body's Refresh would refresh each of its widgets once more
	o.Move(fyne.NewPos(0, 0))
	o.Resize(a.body.Size())
	canvas.Refresh(a.body)
}

// ShowHome shows the portfolio, saving any pending edit first (or, when it cannot be saved,
// after the person chose to discard it).
func (a *App) ShowHome() { a.leaveEditor("editor.discard.leave", a.openHome) }

// leaveEditor saves the open plan and runs then; when something cannot be saved it asks first,
// naming what would be lost.
func (a *App) leaveEditor(actionKey string, then func()) {
	if a.flush() {
		then()
		return
	}
	a.editor.ConfirmDiscard(actionKey, then)
}

func (a *App) openHome() {
	a.editor, a.aside = nil, nil
	a.home = home.New(a, home.Actions{NewAccount: func() { a.files().newAccountDialog() }, OpenPlanFile: a.files().openPlanFileDialog})
	view := a.home.View()
	a.home.Reload() // before it is shown: the list draws its rows once, with the accounts filtered
	a.Show(view)
	a.Settle() // the status names the database again, not the plan that was open
}

// openPlan opens a plan of an account in the editor.
func (a *App) openPlan(accountID, planID string) {
	a.leaveEditor("editor.discard.leave", func() { a.open(accountID, planID) })
}

func (a *App) open(accountID, planID string) {
	acc, err := a.store.Account(a.ctx, accountID)
	if err != nil {
		a.ShowError(err)
		return
	}
	p, err := a.store.LoadPlan(a.ctx, planID)
	if err != nil {
		a.ShowError(err)
		return
	}
	a.editor, a.aside = editor.New(a, acc, p), nil
	a.editor.PrintReviewPack = func() { a.files().exportPDF(true) }
	a.Show(a.editor.View())
	a.fyne.Preferences().SetString(lastAccountKey(a.store), accountID)
	a.Notify(a.loc.T("app.status.opened", acc.Name, p.Period))
}

// lastAccountKey is the preference that keeps the account last opened in the database of s:
// databases seeded with the sample share its accounts' identifiers.
func lastAccountKey(s *storage.Store) string {
	path, err := filepath.Abs(s.Path())
	if err != nil {
		path = s.Path()
	}
	return "last.account:" + path
}

func (a *App) openLastAccount() {
	id := a.fyne.Preferences().String(lastAccountKey(a.store))
	if id == "" {
		return
	}
	for _, r := range a.home.Rows() {
		if r.AccountID == id {
			a.openPlan(r.AccountID, r.PlanID)
			return
		}
	}
}

// flush saves the editor's pending edits; false when they could not be saved.
func (a *App) flush() bool {
	if a.editor == nil {
		return true
	}
	return a.editor.Flush()
}

func (a *App) onClose() { a.leaveEditor("editor.discard.quit", a.close) }

func (a *App) close() {
	size := a.win.Canvas().Size()
	a.fyne.Preferences().SetFloat("window.width", float64(size.Width))
	a.fyne.Preferences().SetFloat("window.height", float64(size.Height))
	a.win.Close()
}

// Notify says something in the status bar until the person moves on.
func (a *App) Notify(s string) { a.status.SetText(s) }

// ShowError logs an error and shows it in the interface language.
func (a *App) ShowError(err error) {
	if domain.CodeOf(err) == domain.CodeInternal {
		log.Printf("kamplan: %v", err)
	}
	a.ShowDialog(dialog.NewError(errors.New(form.Message(a.loc, err)), a.win), nil)
}

// showFatal shows why the database cannot be opened, then lets the user close the window.
func showFatal(fa fyne.App, lang string, err error) {
	w := fa.NewWindow("KAM Planner")
	msg := err.Error()
	var de *domain.Error
	if errors.As(err, &de) {
		msg = assets.T(lang, de.Key, de.Args...)
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewPadded(container.NewVBox(
		widget.NewLabelWithStyle(assets.T(lang, "app.fatal.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		label,
		widget.NewButton(assets.T(lang, "app.fatal.close"), w.Close))))
	w.Resize(fyne.NewSize(640, 220))
	w.ShowAndRun()
}

// openWindow builds the app's window. A display that is named but cannot be reached (its X
// server gone or refusing) makes the toolkit panic while it starts: that is said in one line.
func openWindow(a fyne.App, s *storage.Store, lang string) (ui *App, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = domain.Errorf(domain.CodeInvalid, "app.display_refused",
				"the display %s could not be opened for the desktop app (%v); the command-line verbs work without one (kamplan help)", os.Getenv("DISPLAY"), r)
		}
	}()
	return New(a, s, lang), nil
}

// checkDisplay refuses to start the window system where there is none (an SSH session,
// a server), where the toolkit would otherwise crash.
func checkDisplay() error {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd":
		if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
			return domain.Errorf(domain.CodeInvalid, "app.no_display",
				"no display to open the desktop app on; the command-line verbs work without one (kamplan help)")
		}
	}
	return nil
}

// Locale is the interface language.
func (a *App) Locale() locale.Locale { return a.loc }

// Store is the plans' store, as the screens get it.
func (a *App) Store() shell.Store { return a.screens }

// Context is the app's context for store calls.
func (a *App) Context() context.Context { return a.ctx }

// Preferences are the person's settings kept by the toolkit (window size, language…).
func (a *App) Preferences() fyne.Preferences { return a.fyne.Preferences() }

// Location is the database file.
func (a *App) Location() string { return a.store.Path() }

// OpenPlan opens a plan in the editor at a page ("" for the first).
func (a *App) OpenPlan(accountID, planID string, page shell.Page) {
	a.openPlan(accountID, planID)
	if a.editor != nil && a.editor.Plan().ID == planID && page != "" {
		a.editor.ShowPage(page)
	}
}

var _ shell.Shell = (*App)(nil)
