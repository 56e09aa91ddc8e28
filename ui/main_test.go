package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/editor"
	"kamplan/ui/home"
	"kamplan/ui/internal/uitest"

	"fyne.io/fyne/v2/test"
)

// TestMain keeps the pause-in-typing timers from firing during the tests: under the test driver
// fyne.Do runs a timer's callback on the timer's goroutine, beside the test's own. The tests
// commit and save the way a person's pause would, by leaving the field and flushing.
func TestMain(m *testing.M) {
	editor.SaveDelay = time.Hour
	home.DueInBackground = false
	os.Exit(m.Run())
}

// newTestApp is the app over a new database holding the sample plans.
func newTestApp(t *testing.T, lang string) *App {
	t.Helper()
	s, err := storage.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return New(test.NewTempApp(t), s, lang)
}

// openSample opens the main sample plan in the editor of a new app.
func openSample(t *testing.T, lang string) (*App, *editor.Editor) {
	t.Helper()
	a := newTestApp(t, lang)
	return a, openSampleIn(t, a)
}

// openSampleIn opens the main sample plan in the editor.
func openSampleIn(t *testing.T, a *App) *editor.Editor {
	t.Helper()
	acc, err := a.store.AccountByName(a.ctx, "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range a.home.Rows() {
		if r.AccountID == acc.ID {
			a.openPlan(r.AccountID, r.PlanID)
		}
	}
	if a.editor == nil {
		t.Fatal("the plan did not open")
	}
	closeDialogs(a)
	t.Cleanup(func() { // no save may run after the test closed the store
		if a.editor != nil {
			a.editor.Stop()
		}
	})
	return a.editor
}

func storedPlan(t *testing.T, a *App, id string) *domain.Plan {
	t.Helper()
	p, err := a.store.LoadPlan(a.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The helpers every screen's tests share, by the names these tests use.
var (
	walk     = uitest.Walk
	setEntry = uitest.SetEntry
)

func closeDialogs(a *App) { uitest.CloseDialogs(a.win) }
