package editor

import (
	"testing"

	"fyne.io/fyne/v2"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/storage"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/shell"
)

// largePlanApp is a test app holding the large generated plan (300 contacts, 500 actions, 50
// KPIs), not yet open.
func largePlanApp(b *testing.B) (*testApp, domain.PlanFile) {
	b.Helper()
	a := newTestApp(b, "en")
	f := gen.LargePlan()
	data, err := storage.EncodePlanFile(f)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := a.store.ImportJSON(a.ctx, data, false); err != nil {
		b.Fatal(err)
	}
	a.win.Resize(fyne.NewSize(1280, 800))
	return a, f
}

// BenchmarkOpenLargePlanInEditor opens the large plan in the editor and draws the window.
func BenchmarkOpenLargePlanInEditor(b *testing.B) {
	a, f := largePlanApp(b)
	b.ResetTimer()
	for b.Loop() {
		a.editor = nil
		a.openPlan(f.Account.ID, f.Plans[0].ID)
		a.win.Canvas().Capture()
	}
}

// BenchmarkUndoLargePlan undoes one edit of the large plan, on the page it was made on, and
// draws the window: a text of the Value page, and a contact moved on the influence map (a
// contact shows on four pages).
func BenchmarkUndoLargePlan(b *testing.B) {
	cases := []struct {
		name string
		page shell.Page
		edit func(e *Editor) domain.Edit
	}{
		{"value text", shell.PageValue, func(e *Editor) domain.Edit {
			return domain.SetField{Field: domain.FieldValueProposition, Value: e.plan.ValueProposition + "."}
		}},
		{"contact moved", shell.PageInfluenceMap, func(e *Editor) domain.Edit {
			c := e.plan.Contacts[7]
			c.Influence = c.Influence%5 + 1
			return domain.ReplaceItem{Coll: domain.CollContacts, Value: c}
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			a, f := largePlanApp(b)
			a.openPlan(f.Account.ID, f.Plans[0].ID)
			e := a.editor
			e.ShowPage(c.page)
			a.win.Canvas().Capture()
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				if err := e.apply(c.edit(e)); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				e.Undo()
				a.win.Canvas().Capture()
			}
		})
	}
}

// BenchmarkUndoStacksOf10000Edits reads what opening a plan adds for undo and redo: the tops
// of the stacks of the large plan whose journal holds 10,000 edits, all of them on the undo
// stack, back to the plan's creation (a window of undoWindow entries).
func BenchmarkUndoStacksOf10000Edits(b *testing.B) {
	a, f := largePlanApp(b)
	uitest.RandomJournal(b, a.store, domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}, 10_000)
	a.openPlan(f.Account.ID, f.Plans[0].ID)
	b.ResetTimer()
	for b.Loop() {
		if undo, _, err := a.editor.journal.stacks(); err != nil || len(undo) != undoWindow {
			b.Fatal(len(undo), err)
		}
	}
}
