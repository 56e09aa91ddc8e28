package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// historyNewest is the newest entry the History page lists: its heading and its changes.
func historyNewest(t *testing.T, e *Editor) [2]string {
	t.Helper()
	e.ShowPage(shell.PageHistory)
	rows := historyRows(e)
	if len(rows) == 0 {
		t.Fatal("the History page lists no change")
	}
	return rows[0]
}

// Ticking "Internal only" in an action's dialog stores it, the History page names the
// change, and undo stores the action shared again.
func TestMarkingAnActionInternalOnlyIsStoredAndUndone(t *testing.T) {
	a, e := openSample(t, "en")
	act := e.plan.Actions[1]
	if act.Internal {
		t.Fatalf("the sample's action %q is internal already", act.Title)
	}
	fd := e.actionDialog(act.ID, form.BlankList())
	tapCheck(t, fd.Body, a.tr("field.internal"))
	fd.Submit()
	if !e.Flush() || !storedPlan(t, a, e.plan.ID).FindAction(act.ID).Internal {
		t.Fatal("the action marked internal only was not stored so")
	}
	if got := historyNewest(t, e)[1]; !strings.HasPrefix(got, "Action "+act.Title[:20]) || !strings.HasSuffix(got, ": internal only no → yes") {
		t.Errorf("the History page says %q, want the action's internal only no → yes", got)
	}
	a.undo()
	if !e.Flush() || storedPlan(t, a, e.plan.ID).FindAction(act.ID).Internal {
		t.Fatal("after undo the action is still stored internal only")
	}
}

// Ticking "Internal only" in an opportunity's dialog (opened from its card) stores it, and
// undo stores it shared again.
func TestMarkingAnOpportunityInternalOnlyIsStoredAndUndone(t *testing.T) {
	a, e, id := openPipeline(t)
	test.Tap(cardOf(t, a, "Line 3 retrofit").(fyne.Tappable))
	fd := topDialog(t, a)
	tapCheck(t, fd.Body, a.tr("field.internal"))
	fd.Submit()
	if d := storedDeal(t, a, e, id); !d.Internal || d.Name != "Line 3 retrofit" || d.Stage != "qualify" {
		t.Fatalf("stored after ticking internal only: %+v", d)
	}
	a.undo()
	if d := storedDeal(t, a, e, id); d.Internal {
		t.Fatal("after undo the opportunity is still stored internal only")
	}
}
