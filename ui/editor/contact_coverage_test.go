package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// coverCheck is the "Covered by" check of a member in a contact dialog.
func coverCheck(t *testing.T, fd *form.Dialog, m domain.TeamMember) *widget.Check {
	t.Helper()
	var found *widget.Check
	walk(fd.Body, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && (strings.HasPrefix(c.Text, m.Name+" — ") || c.Text == m.Name) {
			found = c
		}
	})
	if found == nil {
		t.Fatalf("no check for %s under Covered by", m.Name)
	}
	return found
}

// matrixRow lists the members whose cells the coverage matrix shows in a person's row.
func matrixRow(t *testing.T, a *testApp, e *Editor, contactID string) []string {
	t.Helper()
	var out []string
	for _, c := range coverageMatrixOf(t, a, e).Layout().Cells {
		if c.ContactID == contactID {
			out = append(out, c.MemberID)
		}
	}
	return out
}

// "Covered by" in the contact dialog edits the person's pairs: a member checked covers them
// (a new pair starting from the person's relationship levels), a member cleared no longer
// does. The store and the matrix agree, and one Ctrl+Z takes back the whole save.
func TestContactDialogPicksWhoCoversThePerson(t *testing.T) {
	a, e := openSample(t, "en")
	var k domain.Contact
	var old domain.Coverage
	for _, c := range e.plan.Contacts {
		if pairs := e.plan.CoverageOf(c.ID); len(pairs) == 1 && k.ID == "" {
			k, old = c, pairs[0]
		}
	}
	var other domain.TeamMember
	for _, m := range e.account.Team {
		if m.ID != old.MemberID {
			other = m
		}
	}
	if k.ID == "" || other.ID == "" {
		t.Fatal("the sample has no person covered by one member of two: the test proves nothing")
	}
	was, _ := e.account.Member(old.MemberID)
	fd := e.contactDialog(k.ID, nil)
	if !coverCheck(t, fd, was).Checked || coverCheck(t, fd, other).Checked {
		t.Fatal("the checks do not show who covers the person")
	}
	test.Tap(coverCheck(t, fd, other))
	test.Tap(coverCheck(t, fd, was))
	fd.Submit()
	if !e.Flush() {
		t.Fatal(e.saveState.Text)
	}
	stored := storedPlan(t, a, e.plan.ID)
	got, ok := stored.PairOf(other.ID, k.ID)
	if !ok || got.RelNow != k.RelNow || got.RelTarget != k.RelTarget || got.Frequency != k.Frequency {
		t.Fatalf("the new pair is stored as %+v (%v), want the person's levels", got, ok)
	}
	if _, still := stored.PairOf(was.ID, k.ID); still {
		t.Fatal("the cleared member still covers the person in the store")
	}
	if row := matrixRow(t, a, e, k.ID); len(row) != 1 || row[0] != other.ID {
		t.Fatalf("the matrix shows the person covered by %v", row)
	}
	if line := e.contactLine(*e.plan.FindContact(k.ID)); !strings.HasSuffix(line, "covered by "+other.Name) {
		t.Fatalf("the stakeholder list says %q", line)
	}
	undo(a)
	a.editor.Flush()
	stored = storedPlan(t, a, e.plan.ID)
	if back, ok := stored.PairOf(was.ID, k.ID); !ok || back != old || len(stored.CoverageOf(k.ID)) != 1 {
		t.Fatalf("after Ctrl+Z the person's pairs are %+v", stored.CoverageOf(k.ID))
	}
}

// A new person can be given their covering member in the dialog that adds them.
func TestNewContactCoveredByAMember(t *testing.T) {
	a, e := openSample(t, "en")
	m := e.account.Team[0]
	fd := e.contactDialog("", nil)
	test.Type(widgetOn[*form.Entry](t, fd.Form.Items[0].Widget, "name entry"), "Nerea Ugalde")
	test.Tap(coverCheck(t, fd, m))
	fd.Submit()
	if !e.Flush() {
		t.Fatal(e.saveState.Text)
	}
	stored := storedPlan(t, a, e.plan.ID)
	k := stored.Contacts[len(stored.Contacts)-1]
	if _, ok := stored.PairOf(m.ID, k.ID); k.Name != "Nerea Ugalde" || !ok {
		t.Fatalf("stored %s with pairs %+v", k.Name, stored.CoverageOf(k.ID))
	}
}
