package editor

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// An interim target typed in the KPI dialog is stored, and the KPI's light judges the latest
// value against it: a KPI red against its final target turns green on its path.
func TestKPIDialogInterimTargetTurnsTheLightGreen(t *testing.T) {
	a, e := openSample(t, "en")
	i := redKPI(t, e.plan)
	k := e.plan.KPIs[i]
	latest, _ := k.Latest()
	fd := (&kpisPage{e: e}).dialog(k.ID, form.BlankList())
	var box *widget.Entry
	for _, it := range fd.Form.Items {
		if it.Text == "Interim targets" {
			walk(it.Widget, func(o fyne.CanvasObject) {
				if x := form.EntryOf(o); x != nil {
					box = x
				}
			})
		}
	}
	if box == nil {
		t.Fatal("the KPI dialog has no interim targets")
	}
	box.SetText("")
	test.Type(box, latest.Period+" "+e.loc.Number(latest.Value, 2))
	test.Tap(fd.Save)
	if fd.IsOpen() || !e.Flush() {
		t.Fatalf("the interim target was refused: %s", fd.General.Text)
	}
	got := storedPlan(t, a, e.plan.ID).FindKPI(k.ID)
	if len(got.Milestones) != 1 || got.Milestones[0] != latest {
		t.Fatalf("stored interim targets %v, want %v", got.Milestones, latest)
	}
	row := kpiLightsOf(t, drawPage(e, shell.PageKPIs)).Layout().Rows[i]
	if row.Class != domain.StatusGreen {
		t.Fatalf("%s on its interim target: light %q", k.Name, row.Class)
	}
}

// redKPI is the index of the first KPI of p whose light is red.
func redKPI(t *testing.T, p *domain.Plan) int {
	t.Helper()
	for i, k := range p.KPIs {
		if k.Status() == domain.StatusRed {
			return i
		}
	}
	t.Fatal("the sample has no red KPI")
	return -1
}
