package ui

import (
	"kamplan/storage"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

func TestRollForwardKeepsATakenPeriodOpen(t *testing.T) {
	a, e := openSample(t, "en")
	fd := a.files().rollForwardDialog()
	setEntry(t, fd.Form.Items[0].Widget, e.Plan().Period) // the period of the open plan
	fd.Submit()
	if !fd.IsOpen() || fd.General.Text+fd.Msgs["period"].Text == "" {
		t.Fatal("rolling forward into a taken period closed the dialog without a word")
	}
	setEntry(t, fd.Form.Items[0].Widget, "FY2031")
	fd.Submit()
	if fd.IsOpen() || a.editor.Plan().Period != "FY2031" || a.editor.Plan().ID == e.Plan().ID {
		t.Fatal("the plan for FY2031 was not created and opened")
	}
}

// Edit → Reload plan, with Ctrl+R, shows what another writer saved.
func TestReloadPlanIsInTheEditMenu(t *testing.T) {
	a := newTestApp(t, "en")
	e := openSampleIn(t, a)
	other, err := storage.OpenExisting(a.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	theirs, _ := other.LoadPlan(a.ctx, e.Plan().ID)
	theirs.Risks = "Guardado por otro"
	if err := other.SavePlan(a.ctx, theirs); err != nil {
		t.Fatal(err)
	}
	reload := menuItem(t, a, "Edit", "Reload plan")
	if sc, ok := reload.Shortcut.(*desktop.CustomShortcut); !ok || sc.KeyName != fyne.KeyR {
		t.Fatalf("Reload plan's shortcut is %v", reload.Shortcut)
	}
	reload.Action()
	if a.editor == e || a.editor.Plan().Risks != "Guardado por otro" {
		t.Fatal("Reload plan did not show the saved plan")
	}
}

func menuItem(t *testing.T, a *App, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range a.win.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no %s → %s", menu, label)
	return nil
}
