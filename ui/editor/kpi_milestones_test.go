package editor

import (
	"slices"
	"strings"
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

// An interim target typed without its value, or twice for a period, is refused under the field
// in the user's language, and the KPI stored keeps the interim targets it had.
func TestKPIDialogRefusesABadInterimTarget(t *testing.T) {
	a, e := openSample(t, "es")
	k := e.plan.KPIs[0]
	fd := (&kpisPage{e: e}).dialog(k.ID, form.BlankList())
	var box fyne.CanvasObject
	for _, it := range fd.Form.Items {
		if it.Text == "Metas intermedias" {
			box = it.Widget
		}
	}
	if box == nil {
		t.Fatal("the KPI dialog has no interim targets")
	}
	setEntry(t, box, "2027-03")
	if !fd.Save.Disabled() || !strings.Contains(fd.Msgs["milestones"].Text, "La línea 1 no es «periodo valor»") {
		t.Fatalf("save enabled %v, message %q", !fd.Save.Disabled(), fd.Msgs["milestones"].Text)
	}
	setEntry(t, box, "2027-06 20\n2027-03 18\n2027-06 21")
	test.Tap(fd.Save)
	if !fd.IsOpen() || !strings.Contains(fd.Msgs["milestones"].Text, "2027-06") {
		t.Fatalf("a repeated period was accepted: open %v, message %q", fd.IsOpen(), fd.Msgs["milestones"].Text)
	}
	e.Flush()
	if got := storedPlan(t, a, e.plan.ID).FindKPI(k.ID); !slices.Equal(got.Milestones, k.Milestones) {
		t.Fatalf("stored interim targets changed to %v", got.Milestones)
	}
}
