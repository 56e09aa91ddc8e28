package editor

import (
	"math/rand/v2"
	"testing"

	"fyne.io/fyne/v2"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
	"kamplan/storage"
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

// journalOf10000 gives the large plan of an app a journal of 10,000 random edits of every
// kind, by three people, as the editor would have saved them.
func journalOf10000(b *testing.B, a *testApp, f domain.PlanFile) {
	b.Helper()
	d := domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}
	r := rand.New(rand.NewPCG(10, 21))
	var batch []history.JournalEntry
	for n := 0; n < 10_000; {
		ed := gen.RandomEdit(r, &d)
		inv, err := d.Apply(ed)
		if err != nil {
			continue
		}
		n++
		batch = append(batch, history.JournalEntry{PlanID: d.Plan.ID, Author: []string{"Ane Goikoetxea", "Jon Ander", "Laura Pérez"}[n%3],
			Kind: history.JournalDo, Edit: ed, Inverse: inv})
		if len(batch) == 500 {
			if err := a.store.SaveEdits(a.ctx, nil, nil, batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
}

// BenchmarkUndoStacksOf10000Edits reads what opening a plan adds for undo and redo: the tops
// of the stacks of the large plan whose journal holds 10,000 edits, all of them on the undo
// stack, back to the plan's creation (a window of undoWindow entries).
func BenchmarkUndoStacksOf10000Edits(b *testing.B) {
	a, f := largePlanApp(b)
	journalOf10000(b, a, f)
	a.openPlan(f.Account.ID, f.Plans[0].ID)
	b.ResetTimer()
	for b.Loop() {
		if undo, _, err := a.editor.journal.stacks(); err != nil || len(undo) != undoWindow {
			b.Fatal(len(undo), err)
		}
	}
}

// BenchmarkHistoryPageOf10000Edits draws the History page of the large plan whose journal
// holds 10,000 edits (aim: listed under 100 ms): its newest page, the newest of one section
// and one person, and the oldest page; "built" reads the store and makes the page, "shown"
// also draws the window.
func BenchmarkHistoryPageOf10000Edits(b *testing.B) {
	a, f := largePlanApp(b)
	journalOf10000(b, a, f)
	a.openPlan(f.Account.ID, f.Plans[0].ID)
	e := a.editor
	e.ShowPage(shell.PageHistory)
	p := pageOn[*historyPage](e, shell.PageHistory)
	cases := []struct {
		name    string
		section history.Section
		author  string
		before  int64
	}{
		{"newest", "", "", 0},
		{"contacts by one person", history.SectionContacts, "Jon Ander", 0},
		{"oldest", "", "", historyPageSize + 1},
	}
	for _, c := range cases {
		p.section, p.author, p.before = c.section, c.author, c.before
		b.Run(c.name+"/built", func(b *testing.B) {
			for b.Loop() {
				e.pages.redrawHere()
			}
		})
		b.Run(c.name+"/shown", func(b *testing.B) {
			for b.Loop() {
				e.pages.redrawHere()
				a.win.Canvas().Capture()
			}
		})
		if n := len(historyRows(e)); n != historyPageSize {
			b.Fatalf("%s: %d entries listed", c.name, n)
		}
	}
}
