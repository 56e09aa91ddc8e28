package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/health"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/shell"
)

// storedHealth is the plan's health score as the store lists it for the portfolio.
func storedHealth(t *testing.T, a *testApp, planID string) int {
	t.Helper()
	rows, err := a.store.Portfolio(a.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.PlanID == planID {
			return r.Health
		}
	}
	t.Fatalf("no plan %s in the portfolio", planID)
	return 0
}

// healthButton is the score in the editor's header.
func healthButton(t *testing.T, view fyne.CanvasObject) *widget.Button {
	t.Helper()
	var found *widget.Button
	uitest.Walk(view, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "Health ") {
			found = b
		}
	})
	if found == nil {
		t.Fatal("no health score in the header")
	}
	return found
}

// The header shows the plan's score; its reasons lead to the page to fix one; recording
// the client's agreement there raises the score, in the header and in the store.
func TestHeaderHealthScoreLeadsToItsReasonsAndFollowsEdits(t *testing.T) {
	a, e := openSample(t, "en")
	view := e.View()
	a.Show(view)
	before := health.Score(e.plan, e.settings, e.doc.Day())
	button := healthButton(t, view)
	if want := a.tr("health.score", before.Score); button.Text != want || storedHealth(t, a, e.plan.ID) != before.Score || before.Score == 0 {
		t.Fatalf("header %q, stored %d, scored %d", button.Text, storedHealth(t, a, e.plan.ID), before.Score)
	}
	test.Tap(button)
	shown := uitest.DialogText(t, a.win)
	if !strings.Contains(shown, "Record the client's agreement.") || !strings.Contains(shown, "Commitment · 3 of 6 points") {
		t.Fatalf("the reasons say:\n%s", shown)
	}
	signoff := -1
	for i, c := range before.Failing() {
		if c.Key == "signoff" {
			signoff = i
		}
	}
	tapNth(t, a, "Go to the page", signoff)
	if e.Here() != shell.PageSignOff || a.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("on %s, the reasons still open: %v", e.Here(), a.win.Canvas().Overlays().Top() != nil)
	}
	typeInto(t, e, shell.PageSignOff, "Client agreement by", "Marta Iglesias")
	typeInto(t, e, shell.PageSignOff, "Client agreement on", a.loc.Day(domain.NewDate(2026, 11, 20)))
	if !e.Flush() {
		t.Fatal(e.SaveState())
	}
	if got := storedHealth(t, a, e.plan.ID); got != before.Score+3 || button.Text != a.tr("health.score", before.Score+3) {
		t.Fatalf("after the client's agreement: stored %d, header %q, want %d", got, button.Text, before.Score+3)
	}
}

// tapNth taps the nth button named text of the dialog on top of the window.
func tapNth(t *testing.T, a *testApp, text string, n int) {
	t.Helper()
	top := a.win.Canvas().Overlays().Top()
	if top == nil || n < 0 {
		t.Fatalf("no dialog or no button %d", n)
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			if n == 0 {
				test.Tap(b)
				return
			}
			n--
		}
	}
	t.Fatalf("the dialog has too few buttons %q", text)
}
