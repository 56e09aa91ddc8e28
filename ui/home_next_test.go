package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func selectAccount(t *testing.T, a *App, name string) {
	t.Helper()
	for i, r := range a.home.shown {
		if r.AccountName == name {
			a.home.list.Select(i)
			return
		}
	}
	t.Fatalf("%s is not on the portfolio", name)
}

func TestHomeSaysWhatToDoNextAndLinksToIt(t *testing.T) {
	a := newTestApp(t, "en")
	closeDialogs(a)
	a.showHome()
	selectAccount(t, a, "Aceros del Norte, S.A.")
	text := ""
	var goTo *widget.Button
	walk(a.home.steps, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			text += l.Text + "\n"
		}
		if b, ok := o.(*widget.Button); ok && goTo == nil {
			goTo = b
		}
	})
	if !strings.Contains(text, "overdue action") || !strings.Contains(text, "plan B") {
		t.Fatalf("the next steps of the sample plan:\n%s", text)
	}
	test.Tap(goTo) // the first: overdue actions
	if a.editor == nil || a.editor.tabs.SelectedIndex() != 2 || a.editor.subs[2].SelectedIndex() != 0 {
		t.Fatal("the link did not open the plan at its actions")
	}
}

func TestCtrlPFromHomeExportsTheSelectedAccount(t *testing.T) {
	a := newTestApp(t, "en")
	closeDialogs(a)
	a.showHome()
	a.exportPDFDialog()
	if top := a.win.Canvas().Overlays().Top(); top == nil {
		t.Fatal("no message without a selected account")
	}
	closeDialogs(a)
	selectAccount(t, a, "Cementos del Ebro, S.A.")
	acc, p, err := a.planToExport()
	if err != nil || acc == nil || acc.Name != "Cementos del Ebro, S.A." || p == nil {
		t.Fatalf("Ctrl+P on the portfolio would export %v, %v", acc, err)
	}
	a.exportPDFDialog()
	found := false
	for _, o := range test.LaidOutObjects(a.win.Canvas().Overlays().Top()) {
		if r, ok := o.(*widget.RadioGroup); ok && len(r.Options) == 2 {
			found = true
		}
	}
	if !found {
		t.Fatal("the export dialog did not open for the selected account")
	}
}
