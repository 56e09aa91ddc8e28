package snapshots

import (
	"context"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
)

// Comparing a snapshot with now shows each change side by side, with the counts; a renamed
// contact is a change of its name, not a contact removed and another added.
func TestCompareASnapshotWithNow(t *testing.T) {
	tests := []struct {
		lang, summary, renamed, open, close string
	}{
		{"en", "3 changes: 1 added, 2 changed", "Contact Zuriñe Olabarria › name", "“", "”"},
		{"es", "3 cambios: 1 añadido, 2 modificados", "Contacto Zuriñe Olabarria › nombre", "«", "»"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			a := openSample(t, tt.lang)
			p := a.editor.Plan()
			was := p.Contacts[0]
			if _, err := a.DB.Snapshots().Create(context.Background(), p.ID, history.SnapshotManual, "Q2", ""); err != nil {
				t.Fatal(err)
			}
			renamed := was
			renamed.Name = "Zuriñe Olabarria"
			a.apply(t, domain.ReplaceItem{Coll: domain.CollContacts, Value: renamed})
			a.apply(t, domain.SetField{Field: "wallet.potential", Value: p.Wallet.Potential + 100_000_000})
			a.apply(t, domain.AddItem{Coll: domain.CollNotes, At: 0, Value: domain.Note{ID: domain.NewID(), Text: "Revisar en T3"}})
			a.screen.ShowList()
			a.screen.list.Select(0)
			a.tap(t, a.Loc.T("snapshots.compare_now"))
			selectSectionOnScreen(t, a, a.Loc.T("history.section.contacts"))
			text := a.shown()
			if !strings.Contains(text, tt.summary) || !strings.Contains(text, tt.renamed+"\n"+tt.open+was.Name+tt.close+"\n"+tt.open+"Zuriñe Olabarria"+tt.close+"\n") {
				t.Fatalf("the comparison shows:\n%s", text)
			}
		})
	}
}

// A comparison starts from the last review (the newest sign-off) to now; two snapshots
// compare with each other; one state with itself is no comparison.
func TestCompareTwoSnapshots(t *testing.T) {
	a := openSample(t, "en")
	p := a.editor.Plan()
	ctx := context.Background()
	if _, err := a.DB.Snapshots().Create(ctx, p.ID, history.SnapshotSignOff, "Q1", ""); err != nil {
		t.Fatal(err)
	}
	a.apply(t, domain.SetField{Field: "stage_now", Value: domain.Stage(4)})
	if _, err := a.DB.Snapshots().Create(ctx, p.ID, history.SnapshotManual, "Q2", ""); err != nil {
		t.Fatal(err)
	}
	a.apply(t, domain.SetField{Field: "wallet.potential", Value: p.Wallet.Potential + 1})
	a.screen.ShowCompare(-1)
	q1, q2 := a.screen.states()[2].name, a.screen.states()[1].name
	if !strings.Contains(q1, "Q1") || !strings.Contains(q2, "Q2") {
		t.Fatalf("the states are %q, %q", q1, q2)
	}
	if text := a.shown(); !strings.Contains(text, q1+"\n"+a.Loc.T("compare.now")+"\n2 changes: 2 changed") {
		t.Fatalf("the comparison does not start from the last sign-off to now:\n%s", text)
	}
	a.choose(t, 0, q1)
	a.choose(t, 1, q2)
	if text := a.shown(); !strings.Contains(text, "1 change: 1 changed") || !strings.Contains(text, "Relationship stage now") {
		t.Fatalf("Q1 → Q2 shows:\n%s", text)
	}
	a.choose(t, 1, q1)
	if text := a.shown(); !strings.Contains(text, "Choose two different states") {
		t.Fatalf("Q1 → Q1 shows:\n%s", text)
	}
}

// The plan of the period before compares with this period's, element by element, though a
// roll forward gave every element a new id: a contact renamed since is changed.
func TestCompareTwoPeriods(t *testing.T) {
	a := openSample(t, "en")
	ctx := context.Background()
	prev := a.editor.Plan()
	next, err := a.DB.RollForward(ctx, prev.ID, "FY2028")
	if err != nil {
		t.Fatal(err)
	}
	a.editor.Stop()
	a.openPlan(t, a.editor.Account(), next.ID)
	renamed := a.editor.Plan().Contacts[2]
	renamed.Name = "Zuriñe Olabarria"
	a.apply(t, domain.ReplaceItem{Coll: domain.CollContacts, Value: renamed})
	a.screen.ShowCompare(-1)
	text := a.shown()
	if !strings.Contains(text, "Plan of FY2027, as it is") || !strings.Contains(text, "matched element by element") {
		t.Fatalf("the comparison does not start from the period before:\n%s", text)
	}
	selectSectionOnScreen(t, a, "Stakeholders")
	text = a.shown()
	if !strings.Contains(text, "Contact Zuriñe Olabarria › name\n“"+prev.Contacts[2].Name+"”\n“Zuriñe Olabarria”\n") || strings.Contains(text, "\nContact\n") {
		t.Fatalf("the contacts of two periods compare as:\n%s", text)
	}
}

// selectSectionOnScreen shows a section of the sectioned view on screen.
func selectSectionOnScreen(t testing.TB, a *testApp, name string) {
	t.Helper()
	for _, o := range listsOnScreen(a) {
		selectSection(t, o, name)
		return
	}
	t.Fatal("no sections on screen")
}
