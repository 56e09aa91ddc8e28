package editor

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/ui/chart"
	"kamplan/ui/picture"
)

func kpiLightsOf(t *testing.T, page fyne.CanvasObject) *picture.KPILightsView {
	t.Helper()
	return widgetOn[*picture.KPILightsView](t, page, "KPI lights")
}

func tapAt(o fyne.Tappable, r chart.Rect) {
	c := r.Center()
	test.TapAt(o, fyne.NewPos(float32(c.X), float32(c.Y)))
}

// Every KPI has its light in the domain's status; a tap opens the KPI; a triggered plan B
// stands out and its flag lists the contingency actions, each opening its action.
func TestKPILightsOpenTheKPIAndThePlanBActions(t *testing.T) {
	a, e := openSample(t, "en")
	v := kpiLightsOf(t, e.kpisPage())
	rows := v.Layout().Rows
	if len(rows) != len(e.plan.KPIs) {
		t.Fatalf("%d lights for %d KPIs", len(rows), len(e.plan.KPIs))
	}
	flagged := -1
	for i, r := range rows {
		k := e.plan.KPIs[i]
		if r.Class != k.Status() || r.PlanB != k.PlanBTriggered() {
			t.Errorf("%s: light %q plan B %v, domain %q %v", k.Name, r.Class, r.PlanB, k.Status(), k.PlanBTriggered())
		}
		if r.PlanB && flagged < 0 {
			flagged = i
		}
	}
	if flagged < 0 {
		t.Fatal("the sample has no triggered plan B")
	}
	tapAt(v, rows[0].Name.Box)
	if fd := topDialog(t, a); !fd.IsOpen() {
		t.Fatal("a tap on a KPI opened nothing")
	}
	closeDialogs(a)
	tapAt(v, rows[flagged].Flag)
	k := e.plan.KPIs[flagged]
	var first *widget.Button
	top := a.win.Canvas().Overlays().Top()
	if pop, ok := top.(*widget.PopUp); ok {
		top = pop.Content
	}
	walk(top, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && first == nil && e.plan.FindAction(k.PlanB.ActionIDs[0]).Title == b.Text {
			first = b
		}
	})
	if first == nil {
		t.Fatalf("the plan-B flag of %s does not list %s", k.Name, e.plan.FindAction(k.PlanB.ActionIDs[0]).Title)
	}
	test.Tap(first)
	if fd := topDialog(t, a); !fd.IsOpen() {
		t.Fatal("the contingency action did not open")
	}
}
