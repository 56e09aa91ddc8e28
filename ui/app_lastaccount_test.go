package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"kamplan/storage"
)

// The app opens again on the account last opened in the same database, and only there: a
// second database, seeded with the same sample accounts, starts on its portfolio.
func TestTheLastAccountIsRememberedPerDatabase(t *testing.T) {
	fa, dir := test.NewTempApp(t), t.TempDir()
	open := func(name string) *App {
		s, err := storage.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		a := New(fa, s, "en")
		closeDialogs(a)
		return a
	}
	first := open("first.db")
	openSampleIn(t, first)
	first.editor.Stop()
	first.win.Close()
	if again := open("first.db"); again.editor == nil {
		t.Error("the same database did not open on the account last opened")
	} else {
		again.editor.Stop()
	}
	if other := open("other.db"); other.editor != nil {
		other.editor.Stop()
		t.Errorf("another database opened on %s", other.editor.Account().Name)
	}
}
