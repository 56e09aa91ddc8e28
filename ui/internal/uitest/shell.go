package uitest

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/storage"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// Shell is a window of the app for a screen's tests: the real store on a temporary file (with
// the sample plans), Fyne's test driver, and the app's ways with dialogs, Escape, the status
// bar and slow work (run at once). Opening a plan and turning to the portfolio are recorded,
// and passed on to OnOpenPlan and OnShowHome when set.
type Shell struct {
	App        fyne.App
	Win        fyne.Window
	DB         *storage.Store
	Loc        locale.Locale
	Status     *widget.Label
	Body       *fyne.Container
	Opened     []Opening // every plan opened, the last one last
	HomeShown  int       // how many times the portfolio was asked for
	OnOpenPlan func(accountID, planID string, page shell.Page)
	OnShowHome func()
	escapables []escapable
}

// Opening is a plan a screen asked the app to open.
type Opening struct {
	AccountID, PlanID string
	Page              shell.Page
}

// NewShell is a window over a new database holding the sample plans, in a language.
func NewShell(t testing.TB, lang string) *Shell {
	t.Helper()
	db, err := storage.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := &Shell{App: test.NewTempApp(t), DB: db, Loc: locale.New(lang), Status: widget.NewLabel(""), Body: container.NewStack()}
	s.Win = s.App.NewWindow("KAM Planner")
	s.Win.SetContent(container.NewBorder(nil, s.Status, nil, nil, s.Body))
	s.Win.Resize(fyne.NewSize(1200, 680))
	s.Win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { s.GlobalKey(k) })
	return s
}

var _ shell.Shell = (*Shell)(nil)

func (s *Shell) Window() fyne.Window           { return s.Win }
func (s *Shell) Locale() locale.Locale         { return s.Loc }
func (s *Shell) Store() shell.Store            { return s.DB }
func (s *Shell) Context() context.Context      { return context.Background() }
func (s *Shell) Preferences() fyne.Preferences { return s.App.Preferences() }
func (s *Shell) Location() string              { return s.DB.Path() }
func (s *Shell) Notify(text string)            { s.Status.SetText(text) }
func (s *Shell) Settle()                       { s.Status.SetText(s.Loc.T("app.status.ready", s.DB.Path())) }
func (s *Shell) Show(view fyne.CanvasObject) {
	s.Body.Objects = []fyne.CanvasObject{view}
	s.Body.Refresh()
}

func (s *Shell) ShowError(err error) {
	s.ShowDialog(dialog.NewError(errors.New(form.Message(s.Loc, err)), s.Win), nil)
}

// escapable is an open dialog and what its Cancel or Close button does.
type escapable struct {
	d     dialog.Dialog
	close func()
}

func (s *Shell) ShowDialog(d dialog.Dialog, close func()) {
	if close == nil {
		close = d.Hide
	}
	s.escapables = append(s.escapables, escapable{d, close})
	d.SetOnClosed(func() { s.escapables = slices.DeleteFunc(s.escapables, func(x escapable) bool { return x.d == d }) })
	d.Show()
}

func (s *Shell) GlobalKey(k *fyne.KeyEvent) bool {
	if k.Name == fyne.KeyEscape && len(s.escapables) > 0 {
		s.escapables[len(s.escapables)-1].close()
		return true
	}
	return false
}

func (s *Shell) Run(_ string, _ bool, work func(func(float64)) error, done func(error)) {
	done(work(func(float64) {}))
}

func (s *Shell) OpenPlan(accountID, planID string, page shell.Page) {
	s.Opened = append(s.Opened, Opening{accountID, planID, page})
	if s.OnOpenPlan != nil {
		s.OnOpenPlan(accountID, planID, page)
	}
}

func (s *Shell) ShowHome() {
	s.HomeShown++
	if s.OnShowHome != nil {
		s.OnShowHome()
	}
}
