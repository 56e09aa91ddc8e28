package editor

import (
	"context"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/form"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// TestMain keeps the pause-in-typing timers from firing during the tests: under the test driver
// fyne.Do runs a timer's callback on the timer's goroutine, beside the test's own. The tests
// commit and save the way a person's pause would, by leaving the field and flushing.
func TestMain(m *testing.M) {
	SaveDelay = time.Hour
	os.Exit(m.Run())
}

// testApp is a window of the app as the editor sees it, for the editor's tests (see
// uitest.Shell), which opens and leaves plans the way the app does.
type testApp struct {
	*uitest.Shell
	fyne   fyne.App
	win    fyne.Window
	store  *storage.Store
	ctx    context.Context
	loc    locale.Locale
	status *widget.Label
	editor *Editor
	home   bool // the portfolio is shown instead of a plan
}

var _ shell.Shell = (*testApp)(nil)

func newTestApp(t *testing.T, lang string) *testApp {
	t.Helper()
	s := uitest.NewShell(t, lang)
	a := &testApp{Shell: s, fyne: s.App, win: s.Win, store: s.DB, ctx: s.Context(), loc: s.Loc, status: s.Status}
	a.installKeys()
	t.Cleanup(func() { // no save may run after the test closed the store
		if a.editor != nil {
			a.editor.Stop()
		}
	})
	return a
}

// openSample opens the main sample plan in the editor.
func openSample(t *testing.T, lang string) (*testApp, *Editor) {
	t.Helper()
	a := newTestApp(t, lang)
	return a, openSampleIn(t, a)
}

// openSampleIn opens the main sample plan in the editor of an app.
func openSampleIn(t *testing.T, a *testApp) *Editor {
	t.Helper()
	acc, err := a.store.AccountByName(a.ctx, "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := a.store.Portfolio(a.ctx)
	for _, r := range domain.LatestPlans(rows) {
		if r.AccountID == acc.ID {
			a.openPlan(r.AccountID, r.PlanID)
		}
	}
	if a.editor == nil {
		t.Fatal("the plan did not open")
	}
	closeDialogs(a)
	return a.editor
}

func (a *testApp) tr(key string, args ...any) string { return a.loc.T(key, args...) }

// leave saves the open plan, or asks before its unsaved changes are discarded, then runs then.
func (a *testApp) leave(actionKey string, then func()) {
	if a.editor == nil || a.editor.Flush() {
		then()
		return
	}
	a.editor.ConfirmDiscard(actionKey, then)
}

func (a *testApp) ShowHome() {
	a.leave("editor.discard.leave", func() { a.editor, a.home = nil, true })
}

func (a *testApp) onClose() { a.leave("editor.discard.quit", func() { a.editor = nil }) }

func (a *testApp) openPlan(accountID, planID string) { a.OpenPlan(accountID, planID, "") }

func (a *testApp) OpenPlan(accountID, planID string, page shell.Page) {
	a.leave("editor.discard.leave", func() {
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
		a.editor, a.home = New(a, acc, p), false
		a.Show(a.editor.View())
		a.Notify(a.tr("app.status.opened", acc.Name, p.Period))
		a.editor.ShowPage(page)
	})
}

// installKeys gives the window the app's shortcuts the editor answers: undo, redo, and the
// pages read in order.
func (a *testApp) installKeys() {
	mod := fyne.KeyModifierShortcutDefault
	c := a.win.Canvas()
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { a.undo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { a.redo() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: mod | fyne.KeyModifierShift}, func(fyne.Shortcut) { a.redo() })
	for key, d := range map[fyne.KeyName]int{fyne.KeyPageDown: 1, fyne.KeyPageUp: -1} {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod}, func(fyne.Shortcut) {
			if a.editor != nil && c.Overlays().Top() == nil {
				a.editor.StepPage(d)
			}
		})
	}
}

// undo and redo are Edit → Undo and Redo: in a dialog they act on its focused entry instead.
func (a *testApp) undo() {
	if a.win.Canvas().Overlays().Top() == nil && a.editor != nil {
		a.editor.Undo()
	}
}

func (a *testApp) redo() {
	if a.win.Canvas().Overlays().Top() == nil && a.editor != nil {
		a.editor.Redo()
	}
}

func storedPlan(t *testing.T, a *testApp, id string) *domain.Plan {
	t.Helper()
	return a.storedPlanOf(t, id)
}

// storedPlanOf is the plan as the database holds it.
func (a *testApp) storedPlanOf(t *testing.T, id string) *domain.Plan {
	t.Helper()
	p, err := a.store.LoadPlan(a.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The helpers every screen's tests share, by the names these tests use.
var (
	walk        = uitest.Walk
	labelsText  = uitest.LabelsText
	tapButton   = uitest.TapButton
	setEntry    = uitest.SetEntry
	dialogShows = uitest.DialogShows
)

func widgetOn[T fyne.CanvasObject](t *testing.T, o fyne.CanvasObject, what string) T {
	t.Helper()
	return uitest.WidgetOn[T](t, o, what)
}

func answer(t *testing.T, a *testApp, text string) { t.Helper(); uitest.Answer(t, a.win, text) }
func confirm(t *testing.T, a *testApp)             { t.Helper(); uitest.Answer(t, a.win, "Yes") }
func closeDialogs(a *testApp)                      { uitest.CloseDialogs(a.win) }
func topDialog(t *testing.T, a *testApp) *form.Dialog {
	t.Helper()
	return uitest.TopDialog(t, a.win)
}
func dialogText(t *testing.T, a *testApp) string { t.Helper(); return uitest.DialogText(t, a.win) }
