package snapshots

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/form"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/shell"
)

// typeInto types text into the field of the editor's page on screen that a form labels.
func typeInto(t *testing.T, a *testApp, label, text string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(a.Win.Content()) {
		f, ok := o.(*widget.Form)
		if !ok {
			continue
		}
		for _, it := range f.Items {
			if it.Text != label {
				continue
			}
			var en *widget.Entry
			uitest.Walk(it.Widget, func(c fyne.CanvasObject) {
				if x := form.EntryOf(c); x != nil && en == nil {
					en = x
				}
			})
			if en != nil {
				en.SetText(text)
				return
			}
		}
	}
	t.Fatalf("no field %q on screen", label)
}

// Signing the plan off on the sign-off page keeps the plan as approved as a snapshot, which
// the PDF export then chooses to list the changes since; undoing the sign-off keeps nothing.
func TestSigningOffKeepsASnapshot(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		t.Run(lang, func(t *testing.T) {
			a := openSample(t, lang)
			a.apply(t, domain.SetField{Field: domain.FieldInternalApprovalBy, Value: ""})
			a.apply(t, domain.SetField{Field: domain.FieldInternalApprovalDate, Value: domain.Date{}})
			before := len(a.kept(t))
			a.editor.ShowPage(shell.PageSignOff)
			today := domain.Today()
			typeInto(t, a, a.Loc.T("field.internal_approval_by"), "Marta Ruiz")
			typeInto(t, a, a.Loc.T("field.internal_approval_on"), a.Loc.Day(today))
			if !a.editor.Flush() {
				t.Fatal(a.editor.SaveState())
			}
			kept := a.kept(t)
			want := a.Loc.T("snapshots.signoff.internal", "Marta Ruiz", a.Loc.LongDate(today))
			if len(kept) != before+1 || kept[0].Kind != history.SnapshotSignOff || kept[0].Label != want || len(a.signed) != 1 {
				t.Fatalf("after the sign-off the store keeps %+v; the person was told %q", kept, a.signed)
			}
			snap, err := a.DB.Snapshots().Read(a.Context(), kept[0].ID)
			if err != nil || snap.Plan.Commitment.InternalApproval.By != "Marta Ruiz" {
				t.Fatalf("the snapshot is not the plan as approved: %+v, %v", snap.Plan.Commitment, err)
			}
			since, err := NewSinceChoice(a, a.editor.Plan().ID)
			if err != nil || !strings.HasPrefix(since.Select.Selected, want) {
				t.Fatalf("the PDF export would list the changes since %q (%v)", since.Select.Selected, err)
			}
			a.editor.Undo()
			if !a.editor.Flush() || len(a.kept(t)) != before+1 {
				t.Fatalf("undoing the sign-off kept another snapshot: %+v", a.kept(t))
			}
		})
	}
}

// A sign-off is an approval given, or given again on a later day; nothing else is.
func TestSignedOff(t *testing.T) {
	day := domain.NewDate(2027, 3, 14)
	given := domain.Approval{By: "Marta Ruiz", Date: day}
	later := domain.Approval{By: "Marta Ruiz", Date: day.AddDays(90)}
	tests := []struct {
		name     string
		was, now domain.Commitment
		want     string
	}{
		{"nothing", domain.Commitment{}, domain.Commitment{}, ""},
		{"an approval given", domain.Commitment{}, domain.Commitment{InternalApproval: given}, "Internal approval: Marta Ruiz, 14 Mar 2027"},
		{"who without when", domain.Commitment{}, domain.Commitment{InternalApproval: domain.Approval{By: "Marta Ruiz"}}, ""},
		{"the client's agreement", domain.Commitment{InternalApproval: given}, domain.Commitment{InternalApproval: given, ClientAgreement: later},
			"Client agreement: Marta Ruiz, 12 Jun 2027"},
		{"given again later", domain.Commitment{InternalApproval: given}, domain.Commitment{InternalApproval: later}, "Internal approval: Marta Ruiz, 12 Jun 2027"},
		{"an earlier day put back (an undo)", domain.Commitment{InternalApproval: later}, domain.Commitment{InternalApproval: given}, ""},
		{"a name corrected", domain.Commitment{InternalApproval: given}, domain.Commitment{InternalApproval: domain.Approval{By: "Marta Ruíz", Date: day}}, ""},
	}
	a := openSample(t, "en")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(SignedOff(a.Loc, tt.was, tt.now), "; "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
