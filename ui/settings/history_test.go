package settings

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"kamplan/storage"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/shell"
)

// The name the person signs with and how far undo reaches back are saved for this person;
// an empty name leaves the system user's, which the field shows as its placeholder.
func TestSettingsKeepTheAuthorAndTheUndoLimit(t *testing.T) {
	a := uitest.NewShell(t, "en")
	st, _ := a.DB.Settings(a.Context())
	f := newForm(a, st)
	f.build()
	if f.history.author.PlaceHolder != storage.DefaultAuthor() || f.history.undoTo.SelectedIndex() != undoAll || !f.history.undoN.Disabled() {
		t.Fatalf("fresh: placeholder %q, undo choice %d", f.history.author.PlaceHolder, f.history.undoTo.SelectedIndex())
	}
	test.Type(f.history.author, "  Ane Goikoetxea ")
	f.history.undoTo.SetSelectedIndex(undoLast)
	test.Type(f.history.undoN, "25")
	if !f.save() {
		t.Fatalf("not saved: %s", f.problems.Text)
	}
	prefs := a.App.Preferences()
	if prefs.String(shell.PrefAuthor) != "Ane Goikoetxea" || prefs.Int(shell.PrefUndoLimit) != 25 {
		t.Fatalf("kept %q, %d", prefs.String(shell.PrefAuthor), prefs.Int(shell.PrefUndoLimit))
	}
	st, _ = a.DB.Settings(a.Context())
	f = newForm(a, st)
	f.build()
	if f.history.author.Text != "Ane Goikoetxea" || f.history.undoN.Text != "25" || f.history.undoTo.SelectedIndex() != undoLast {
		t.Fatalf("shown again as %q, %q", f.history.author.Text, f.history.undoN.Text)
	}
	f.history.author.SetText("")
	f.history.undoTo.SetSelectedIndex(undoAll)
	if !f.save() || prefs.String(shell.PrefAuthor) != "" || prefs.Int(shell.PrefUndoLimit) != 0 {
		t.Fatalf("cleared: %s %q, %d", f.problems.Text, prefs.String(shell.PrefAuthor), prefs.Int(shell.PrefUndoLimit))
	}
}

// A count of edits that is not a whole number from 1 is refused, in the person's language,
// and nothing of the settings is saved.
func TestSettingsRefuseABadUndoLimit(t *testing.T) {
	for _, tt := range []struct{ lang, bad, says string }{
		{"en", "0", "Undo reaches back: say how many edits, a whole number from 1"},
		{"es", "diez", "Alcance de deshacer: indique cuántos cambios, un número entero desde 1"},
		{"en", "", "Undo reaches back: say how many edits, a whole number from 1"},
	} {
		a := uitest.NewShell(t, tt.lang)
		st, _ := a.DB.Settings(a.Context())
		f := newForm(a, st)
		f.build()
		f.company.SetText("Tecnologías del Norte")
		f.history.author.SetText("Ane")
		f.history.undoTo.SetSelectedIndex(undoLast)
		f.history.undoN.SetText(tt.bad)
		if f.save() || f.problems.Text != tt.says {
			t.Fatalf("%s %q: saved, or says %q", tt.lang, tt.bad, f.problems.Text)
		}
		got, _ := a.DB.Settings(a.Context())
		if got.CompanyName != "" || a.App.Preferences().String(shell.PrefAuthor) != "" || a.App.Preferences().Int(shell.PrefUndoLimit) != 0 {
			t.Fatalf("%s %q: something was saved", tt.lang, tt.bad)
		}
	}
}
