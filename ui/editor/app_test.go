package editor

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/editor/bind"
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

// testApp is a window of the app as the editor sees it, for the editor's tests: the real store
// on a temporary file, Fyne's test driver, and the app's ways with dialogs, Escape, the
// status bar, opening and leaving a plan.
type testApp struct {
	fyne       fyne.App
	win        fyne.Window
	store      *storage.Store
	ctx        context.Context
	loc        locale.Locale
	status     *widget.Label
	body       *fyne.Container
	editor     *Editor
	home       bool // the portfolio is shown instead of a plan
	escapables []escapable
}

var _ shell.Shell = (*testApp)(nil)

func newTestApp(t testing.TB, lang string) *testApp {
	t.Helper()
	s, err := storage.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	a := &testApp{fyne: test.NewTempApp(t), store: s, ctx: context.Background(), loc: locale.New(lang),
		status: widget.NewLabel(""), body: container.NewStack()}
	a.win = a.fyne.NewWindow("KAM Planner")
	a.win.SetContent(container.NewBorder(nil, a.status, nil, nil, a.body))
	a.win.Resize(fyne.NewSize(1200, 680))
	a.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { a.GlobalKey(k) })
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

func (a *testApp) Window() fyne.Window           { return a.win }
func (a *testApp) Locale() locale.Locale         { return a.loc }
func (a *testApp) Store() shell.Store            { return a.store }
func (a *testApp) Context() context.Context      { return a.ctx }
func (a *testApp) Preferences() fyne.Preferences { return a.fyne.Preferences() }
func (a *testApp) Location() string              { return a.store.Path() }
func (a *testApp) ShowError(err error) {
	a.ShowDialog(dialog.NewError(errors.New(form.Message(a.loc, err)), a.win), nil)
}
func (a *testApp) Notify(text string) { a.status.SetText(text) }
func (a *testApp) Settle()            { a.status.SetText(a.loc.T("app.status.ready", a.store.Path())) }
func (a *testApp) Show(view fyne.CanvasObject) {
	a.body.Objects = []fyne.CanvasObject{view}
	a.body.Refresh()
}
func (a *testApp) tr(key string, args ...any) string { return a.loc.T(key, args...) }

// escapable is an open dialog and what its Cancel or Close button does.
type escapable struct {
	d     dialog.Dialog
	close func()
}

func (a *testApp) ShowDialog(d dialog.Dialog, close func()) {
	if close == nil {
		close = d.Hide
	}
	a.escapables = append(a.escapables, escapable{d, close})
	d.SetOnClosed(func() { a.escapables = slices.DeleteFunc(a.escapables, func(x escapable) bool { return x.d == d }) })
	d.Show()
}

func (a *testApp) GlobalKey(k *fyne.KeyEvent) bool {
	if k.Name == fyne.KeyEscape && len(a.escapables) > 0 {
		a.escapables[len(a.escapables)-1].close()
		return true
	}
	return false
}

func (a *testApp) Run(_ string, _ bool, work func(func(float64)) error, done func(error)) {
	done(work(func(float64) {}))
}

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

// field is a field of a page, bound to a value of the plan.
type field = bind.Field

// drawPage draws a page of the editor on its own, as it shows the plan now (not on screen).
func drawPage(e *Editor, key shell.Page) fyne.CanvasObject {
	d, ok := pageDefOf(key)
	if !ok {
		panic("no page " + key)
	}
	return d.make(e).build()
}

// pageOn is the editor's page of a key, the one it draws on screen.
func pageOn[T page](e *Editor, key shell.Page) T {
	for _, s := range e.pages.slots {
		if s.def.key == key {
			return s.page.(T)
		}
	}
	panic("no page " + key)
}

// viewOf is what the editor drew of a page; nil when the page is not drawn.
func viewOf(e *Editor, key shell.Page) fyne.CanvasObject {
	for _, s := range e.pages.slots {
		if s.def.key == key {
			return s.view
		}
	}
	panic("no page " + key)
}

// drawEveryPage shows every page of the editor in turn, so that each is drawn, then the first.
func drawEveryPage(e *Editor) {
	for _, d := range pageList {
		e.ShowPage(d.key)
	}
	e.ShowPage(pageList[0].key)
}
