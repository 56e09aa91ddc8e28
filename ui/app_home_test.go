package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestCtrlPFromHomeExportsTheSelectedAccount(t *testing.T) {
	a := newTestApp(t, "en")
	closeDialogs(a)
	a.ShowHome()
	a.files().exportPDFDialog()
	if top := a.win.Canvas().Overlays().Top(); top == nil {
		t.Fatal("no message without a selected account")
	}
	closeDialogs(a)
	acc, err := a.store.AccountByName(a.ctx, "Cementos del Ebro, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	a.home.Select(acc.ID)
	got, p, err := a.files().planToExport()
	if err != nil || got == nil || got.Name != "Cementos del Ebro, S.A." || p == nil {
		t.Fatalf("Ctrl+P on the portfolio would export %v, %v", got, err)
	}
	a.files().exportPDFDialog()
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
