package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/domain/privacy"
	"kamplan/ui/form"
)

// tapMenuItem taps the item of the pop-up menu on top of the window that reads text.
func tapMenuItem(t *testing.T, a *testApp, text string) {
	t.Helper()
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no menu is open")
	}
	var item fyne.Tappable // the innermost tappable that shows text: the pop-up itself is one too
	for _, o := range test.LaidOutObjects(top) {
		tap, ok := o.(fyne.Tappable)
		if !ok {
			continue
		}
		for _, inner := range test.LaidOutObjects(o) {
			if label, ok := inner.(*canvas.Text); ok && label.Text == text {
				item = tap
			}
		}
	}
	if item == nil {
		t.Fatalf("the menu has no item %q", text)
	}
	item.Tapped(&fyne.PointEvent{})
}

// A person forgotten from their contact's menu is gone from the stored plan and from its
// snapshots, the erasure is logged, and the editor shows the plan again as stored.
func TestForgetThisPersonFromTheContactMenu(t *testing.T) {
	a, e := openSample(t, "en")
	k := e.plan.Contacts[0]
	if _, err := a.store.Snapshots().Create(a.ctx, e.plan.ID, "manual", "Before "+k.Name, "Ana"); err != nil {
		t.Fatal(err)
	}
	planID := e.plan.ID
	fd := e.contactDialog(k.ID, form.BlankList())
	tapButton(t, fd.Left, a.tr("privacy.menu"))
	tapMenuItem(t, a, a.tr("privacy.forget"))
	if text := dialogText(t, a); !dialogMentions(text, a.tr("privacy.forget.title", k.Name), "Snapshot Taken on demand “Before "+k.Name+"”") {
		t.Fatalf("the confirmation does not list the places: %s", text)
	}
	answer(t, a, a.tr("privacy.forget.confirm"))
	if p := a.storedPlanOf(t, planID); p.FindContact(k.ID) != nil {
		t.Fatal("the person is still in the stored plan")
	}
	if _, err := a.store.PersonReport(a.ctx, e.account.ID, k.Email); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("the person is still found somewhere: %v", err)
	}
	log, err := a.store.Erasures(a.ctx)
	if err != nil || len(log) != 1 || log[0].Records < 2 {
		t.Fatalf("the erasure log: %+v, %v", log, err)
	}
	if a.editor == e || a.editor.plan.FindContact(k.ID) != nil || a.editor.plan.Contacts[0].Name == privacy.Erased {
		t.Error("the editor does not show the plan as stored after the erasure")
	}
}

func dialogMentions(text string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(text, p) {
			return false
		}
	}
	return true
}
