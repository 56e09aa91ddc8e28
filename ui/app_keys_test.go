package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/ui/form"
)

func TestF1OpensTheMethodFromAField(t *testing.T) {
	a, _ := openSample(t, "en")
	var f fyne.Focusable
	walk(a.win.Content(), func(o fyne.CanvasObject) {
		if x, ok := o.(form.Editable); ok && f == nil {
			f = x
		}
	})
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("F1 in a field opened nothing")
	}
	found := false
	for _, o := range test.LaidOutObjects(top) {
		if r, ok := o.(*widget.RichText); ok && len(r.Segments) > 0 {
			found = true
		}
	}
	if !found {
		t.Fatal("F1 did not open the method")
	}
}

// Escape closes whatever dialog is on top, the way its Cancel or Close button would: the
// settings, the method, the about box, the licences.
func TestEscapeClosesEveryDialog(t *testing.T) {
	a, _ := openSample(t, "en")
	escape := func() {
		a.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
	overlays := func() int { return len(a.win.Canvas().Overlays().List()) }
	for name, open := range map[string]func(){"settings": a.settingsDialog, "method": helpMenu{a}.methodDialog, "about": helpMenu{a}.aboutDialog, "licences": helpMenu{a}.licencesDialog} {
		open()
		if overlays() != 1 {
			t.Fatalf("%s: %d overlays open", name, overlays())
		}
		escape()
		if overlays() != 0 {
			t.Errorf("Escape did not close the %s dialog", name)
		}
	}
}

// Enter closes a notice — the welcome on the first start, a message with only OK — as its
// button would; a question stays open, as Enter must not answer it.
func TestEnterClosesANoticeButNotAQuestion(t *testing.T) {
	a := newTestApp(t, "es")
	press := func(k fyne.KeyName) {
		a.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: k})
	}
	overlays := func() int { return len(a.win.Canvas().Overlays().List()) }
	if overlays() != 1 {
		t.Fatalf("the first start shows %d dialogs, want the welcome", overlays())
	}
	press(fyne.KeyReturn)
	if overlays() != 0 {
		t.Fatal("Enter did not close the welcome")
	}
	a.ShowDialog(dialog.NewConfirm("?", "Delete?", func(bool) {}, a.win), nil)
	press(fyne.KeyReturn)
	if overlays() != 1 {
		t.Error("Enter answered a question")
	}
}

// Help → Keyboard shortcuts lists every shortcut of the menus with its menu and item, in the
// interface language, and the keys that work beside the menus.
func TestTheShortcutsAreListedFromTheMenus(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		a, _ := openSample(t, lang)
		help := a.win.MainMenu().Items[len(a.win.MainMenu().Items)-1]
		var open func()
		for _, it := range help.Items {
			if it.Label == a.loc.T("menu.shortcuts") {
				open = it.Action
			}
		}
		if open == nil {
			t.Fatalf("%s: no %q in the Help menu", lang, a.loc.T("menu.shortcuts"))
		}
		open()
		var text strings.Builder
		for _, o := range a.win.Canvas().Overlays().List() {
			for _, c := range test.LaidOutObjects(o) {
				if l, ok := c.(*widget.Label); ok {
					text.WriteString(l.Text + "\n")
				}
			}
		}
		for _, want := range []string{"Ctrl+O\n" + a.loc.T("menu.file") + " › " + a.loc.T("menu.open_plan_file"),
			"Ctrl+Z\n" + a.loc.T("menu.edit") + " › " + a.loc.T("menu.undo"), "Esc\n" + a.loc.T("shortcuts.escape")} {
			if !strings.Contains(text.String(), want) {
				t.Errorf("%s: %q is not listed:\n%s", lang, want, text.String())
			}
		}
	}
}
