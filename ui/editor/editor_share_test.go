package editor

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/shell"
)

// shareChecks are the "for the client" checks under o, in reading order.
func shareChecks(e *Editor, o fyne.CanvasObject) []*widget.Check {
	var out []*widget.Check
	walk(o, func(c fyne.CanvasObject) {
		if x, ok := c.(*widget.Check); ok && x.Text == e.tr("editor.share_with_client") {
			out = append(out, x)
		}
	})
	return out
}

// eyes counts the marks of shared items under o.
func eyes(o fyne.CanvasObject) int {
	n := 0
	walk(o, func(c fyne.CanvasObject) {
		if x, ok := c.(*widget.Icon); ok && x.Resource != nil && x.Resource.Name() == theme.VisibilityIcon().Name() {
			n++
		}
	})
	return n
}

func storedItem(t *testing.T, a *testApp, e *Editor, id string) domain.SWOTItem {
	t.Helper()
	it, _ := storedPlan(t, a, e.plan.ID).FindItem(id)
	if it == nil {
		t.Fatalf("item %s is not stored", id)
	}
	return *it
}

// swotShownAs turns the editor's SWOT page to the SWOT labelled label and returns its select.
func swotShownAs(t *testing.T, a *testApp, label string) *widget.Select {
	t.Helper()
	var subject *widget.Select
	walk(a.win.Content(), func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) > 1 && s.Options[0] == a.tr("subject.client") {
			subject = s
		}
	})
	if subject == nil {
		t.Fatal("no SWOT page")
	}
	if label != "" {
		subject.SetSelected(label)
	}
	return subject
}

// Ticking "for the client" on one of our items kept internal (the sample shares all our
// strengths, not our weaknesses) stores it and marks the item with the eye; undo takes it
// back, in the store too, and shows our SWOT again with the check unticked.
func TestSWOTItemShareSwitchIsStoredMarkedAndUndone(t *testing.T) {
	a, e := openSample(t, "en")
	e.ShowPage(shell.PageSWOT)
	swotShownAs(t, a, a.tr("subject.us"))
	us := e.plan.SWOTOf(domain.SubjectUs, "")
	items := us.Items
	checks := shareChecks(e, a.win.Content())
	if len(checks) != len(us.Items) {
		t.Fatalf("%d checks for %d items", len(checks), len(us.Items))
	}
	i := 0
	for i < len(items) && items[i].ShareWithClient {
		i++
	}
	if i == len(items) || checks[i].Checked {
		t.Fatal("no item of ours is internal, or its check is ticked")
	}
	marked := eyes(a.win.Content())
	test.Tap(checks[i])
	if !e.Flush() || !storedItem(t, a, e, items[i].ID).ShareWithClient {
		t.Fatal("the switch was not stored")
	}
	if eyes(a.win.Content()) != marked+1 {
		t.Fatalf("%d marks after sharing, %d before", eyes(a.win.Content()), marked)
	}
	e.Undo()
	if !e.Flush() || storedItem(t, a, e, items[i].ID).ShareWithClient {
		t.Fatal("undo did not take the switch back in the store")
	}
	if got := swotShownAs(t, a, "").Selected; got != a.tr("subject.us") {
		t.Fatalf("after undo the SWOT page shows %q", got)
	}
	if shareChecks(e, a.win.Content())[i].Checked || eyes(a.win.Content()) != marked {
		t.Fatal("after undo the item is still shown as shared")
	}
}

// A new item of the client's SWOT is for the client; a new item of ours is not.
func TestNewSWOTItemsTakeTheirSWOTsDefault(t *testing.T) {
	a, e := openSample(t, "es")
	for _, tt := range []struct {
		subject domain.Subject
		want    bool
	}{{domain.SubjectClient, true}, {domain.SubjectUs, false}} {
		w := e.plan.SWOTOf(tt.subject, "")
		n := len(w.Items)
		q := (&swotPage{e: e}).quadrant(w.ID, domain.Threat)
		tapButton(t, q, "Añadir")
		fields := fieldsOf(q)
		test.Type(fields[len(fields)-2], "Nueva amenaza de prueba")
		checks := shareChecks(e, q)
		if checks[len(checks)-1].Checked != tt.want {
			t.Errorf("%s: the new item's check shows %v", tt.subject, !tt.want)
		}
		if !e.Flush() {
			t.Fatal(e.saveState.Text)
		}
		stored := storedPlan(t, a, e.plan.ID).SWOTOf(tt.subject, "")
		if len(stored.Items) != n+1 || stored.Items[n].ShareWithClient != tt.want {
			t.Errorf("%s: new item stored as %+v", tt.subject, stored.Items[len(stored.Items)-1])
		}
	}
}

// The strategy dialog switches a strategy to the client edition; the TOWS grid marks it.
func TestStrategyShareSwitchIsStoredMarkedAndUndone(t *testing.T) {
	a, e := openSample(t, "en")
	var s domain.Strategy
	for _, x := range e.plan.Strategies {
		if !x.ShareWithClient {
			s = x
			break
		}
	}
	page := drawPage(e, shell.PageStrategies)
	marked := eyes(page)
	fd := (&strategiesPage{e: e}).dialog(s.ID, func() {}, nil)
	var share *widget.Check
	walk(fd.Form, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && c.Text == e.tr("editor.share_strategy") {
			share = c
		}
	})
	if share == nil || share.Checked {
		t.Fatal("the dialog has no unticked share check")
	}
	test.Tap(share)
	fd.Submit()
	if fd.IsOpen() || !e.Flush() || !storedPlan(t, a, e.plan.ID).FindStrategy(s.ID).ShareWithClient {
		t.Fatalf("the switch was not stored: %s", fd.General.Text)
	}
	if got := eyes(drawPage(e, shell.PageStrategies)); got != marked+1 {
		t.Fatalf("the grid marks %d strategies, %d before", got, marked)
	}
	e.Undo()
	if !e.Flush() || storedPlan(t, a, e.plan.ID).FindStrategy(s.ID).ShareWithClient {
		t.Fatal("undo did not take the switch back in the store")
	}
}
