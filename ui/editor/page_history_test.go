package editor

import (
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/editor/historylist"
	"kamplan/ui/shell"
)

// historyRows are the entries the History page lists, each its heading (when, who, where)
// and its changes, in the order shown.
func historyRows(e *Editor) [][2]string {
	var labels []*widget.Label
	walk(viewOf(e, shell.PageHistory), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			labels = append(labels, l)
		}
	})
	var rows [][2]string
	for i, l := range labels {
		if l.TextStyle.Bold && i+1 < len(labels) {
			rows = append(rows, [2]string{l.Text, labels[i+1].Text})
		}
	}
	return rows
}

// historySelect is the History page's filter whose options start with first.
func historySelect(t *testing.T, e *Editor, first string) *widget.Select {
	t.Helper()
	var found *widget.Select
	walk(viewOf(e, shell.PageHistory), func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) > 0 && s.Options[0] == first {
			found = s
		}
	})
	if found == nil {
		t.Fatalf("no filter starting with %q", first)
	}
	return found
}

// sameAsStore checks that the page lists, in order, the entries the store holds for the
// filter: each by its author.
func sameAsStore(t *testing.T, a *testApp, e *Editor, q history.JournalQuery) [][2]string {
	t.Helper()
	page, err := a.store.Journal().Page(a.ctx, e.plan.ID, q)
	if err != nil {
		t.Fatal(err)
	}
	rows := historyRows(e)
	if len(rows) != len(page.Entries) {
		t.Fatalf("%+v: the page lists %d entries, the store holds %d:\n%q", q, len(rows), len(page.Entries), rows)
	}
	for i, en := range page.Entries {
		if !strings.Contains(rows[i][0], " · "+en.Author) {
			t.Fatalf("%+v: row %d says %q, the store's entry is %s's", q, i, rows[i][0], en.Author)
		}
	}
	return rows
}

// editsByTwo has Ane change the potential and Jon Ander a contact's relationship, saved.
func editsByTwo(t *testing.T, a *testApp, e *Editor) domain.Contact {
	t.Helper()
	a.store.SetAuthor("Ane Goikoetxea")
	typeInto(t, e, shell.PageWallet, "Total purchase potential", "6,000,000")
	if !e.Flush() {
		t.Fatal(e.SaveState())
	}
	a.store.SetAuthor("Jon Ander")
	k := e.plan.Contacts[1]
	k.RelNow = 3
	if err := e.apply(domain.ReplaceItem{Coll: domain.CollContacts, Value: k}); err != nil {
		t.Fatal(err)
	}
	if !e.Flush() {
		t.Fatal(e.SaveState())
	}
	return k
}

// The History page says the plan's changes in words, newest first, with when and who; the
// filters by section and by person list what the store holds for them.
func TestHistoryPageSaysTheChangesAndFilters(t *testing.T) {
	a, e := openSample(t, "en")
	was := e.plan.Wallet.Potential
	rel := a.tr(fmt.Sprintf("rel.%d", e.plan.Contacts[1].RelNow))
	k := editsByTwo(t, a, e)
	e.ShowPage(shell.PageHistory)
	rows := sameAsStore(t, a, e, history.JournalQuery{})
	wantContact := "Contact " + k.Name + ": relationship now " + rel + " → Strong"
	wantPotential := "Total purchase potential: " + e.loc.Money(was, "EUR") + " → €6,000,000"
	if rows[0][1] != wantContact || !strings.HasSuffix(rows[0][0], " · Jon Ander · Stakeholders") {
		t.Fatalf("the newest entry reads %q", rows[0])
	}
	if rows[1][1] != wantPotential || !strings.HasSuffix(rows[1][0], " · Ane Goikoetxea · Wallet") {
		t.Fatalf("the older entry reads %q", rows[1])
	}
	historySelect(t, e, "All sections").SetSelected("Wallet")
	if rows := sameAsStore(t, a, e, history.JournalQuery{Section: history.SectionWallet}); len(rows) != 1 || rows[0][1] != wantPotential {
		t.Fatalf("the wallet's changes: %q", rows)
	}
	historySelect(t, e, "Everyone").SetSelected("Jon Ander")
	if rows := sameAsStore(t, a, e, history.JournalQuery{Section: history.SectionWallet, Author: "Jon Ander"}); len(rows) != 0 ||
		!strings.Contains(labelsText(viewOf(e, shell.PageHistory)), "No saved change matches the section and the person chosen.") {
		t.Fatalf("Jon Ander's changes of the wallet: %q", rows)
	}
	historySelect(t, e, "All sections").SetSelected("All sections")
	if rows := sameAsStore(t, a, e, history.JournalQuery{Author: "Jon Ander"}); len(rows) != 1 || rows[0][1] != wantContact {
		t.Fatalf("Jon Ander's changes: %q", rows)
	}
}

// The page follows every save: an edit made while it is on screen shows once saved, and an
// undo made elsewhere shows, marked as an undo, when the page is shown again.
func TestHistoryPageFollowsEachSave(t *testing.T) {
	a, e := openSample(t, "en")
	e.ShowPage(shell.PageHistory)
	if rows := historyRows(e); len(rows) != 0 || !strings.Contains(labelsText(viewOf(e, shell.PageHistory)), "No change of this plan has been saved yet.") {
		t.Fatalf("a plan never edited lists %q", rows)
	}
	if err := e.apply(domain.SetField{Field: domain.FieldRisks, Value: "Huelga en el puerto"}); err != nil {
		t.Fatal(err)
	}
	if !e.Flush() {
		t.Fatal(e.SaveState())
	}
	rows := sameAsStore(t, a, e, history.JournalQuery{})
	if len(rows) != 1 || !strings.HasPrefix(rows[0][1], "Risks: ") || !strings.HasSuffix(rows[0][1], " → “Huelga en el puerto”") {
		t.Fatalf("after the edit the page lists %q", rows)
	}
	pressUndo(t, a)
	if e.Here() == shell.PageHistory {
		t.Fatal("the undo did not turn to the page of the risks")
	}
	e.ShowPage(shell.PageHistory)
	rows = sameAsStore(t, a, e, history.JournalQuery{})
	if len(rows) != 2 || !strings.Contains(rows[0][0], " · Undo · ") || !strings.HasPrefix(rows[0][1], "Risks: “Huelga en el puerto” → ") {
		t.Fatalf("after the undo the page lists %q", rows)
	}
}

// A long journal is listed a page at a time, newest first: Older and Newer turn the pages.
func TestHistoryPageTurnsThePages(t *testing.T) {
	a, e := openSample(t, "en")
	for i := range historylist.PageSize + 10 {
		if err := e.apply(domain.SetField{Field: domain.FieldRisks, Value: fmt.Sprintf("Riesgo %d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	if !e.Flush() {
		t.Fatal(e.SaveState())
	}
	e.ShowPage(shell.PageHistory)
	view := func() fyne.CanvasObject { return viewOf(e, shell.PageHistory) }
	first := sameAsStore(t, a, e, history.JournalQuery{Limit: historylist.PageSize})
	if !strings.HasSuffix(first[0][1], "“Riesgo 59”") || !slices.Contains(strings.Split(labelsText(view()), "\n"), "Changes 1–50") {
		t.Fatalf("the first page starts with %q", first[0])
	}
	tapButton(t, view(), "Older")
	older := historyRows(e)
	if len(older) != 10 || !strings.HasSuffix(older[9][1], "“Riesgo 0”") || !strings.Contains(labelsText(view()), "Changes 51–60") {
		t.Fatalf("the second page: %d entries, ending %q", len(older), older[len(older)-1])
	}
	if b := button(t, view(), "Older"); !b.Disabled() {
		t.Fatal("Older is offered on the last page")
	}
	tapButton(t, view(), "Newer")
	if again := historyRows(e); !slices.Equal(again, first) || !button(t, view(), "Newer").Disabled() {
		t.Fatal("Newer did not go back to the first page")
	}
}

func button(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

// In Spanish the page speaks Spanish: the filters, the sections, the changes and the money.
func TestHistoryPageInSpanish(t *testing.T) {
	a, e := openSample(t, "es")
	a.store.SetAuthor("Ane Goikoetxea")
	typeInto(t, e, shell.PageWallet, "Potencial de compra total", "6.000.000")
	if !e.Flush() {
		t.Fatal(e.SaveState())
	}
	e.ShowPage(shell.PageHistory)
	rows := sameAsStore(t, a, e, history.JournalQuery{})
	if len(rows) != 1 || !strings.HasPrefix(rows[0][1], "Potencial de compra total: ") || !strings.HasSuffix(rows[0][1], " → 6.000.000\u00a0€") ||
		!strings.HasSuffix(rows[0][0], " · Ane Goikoetxea · Gasto del cliente") {
		t.Fatalf("the page says %q", rows)
	}
	historySelect(t, e, "Todas las secciones")
	historySelect(t, e, "Todas las personas")
	if text := labelsText(viewOf(e, shell.PageHistory)); strings.Contains(text, "editor.") || strings.Contains(text, "history.") {
		t.Fatalf("untranslated:\n%s", text)
	}
}

// A journal entry that cannot be read (the file was damaged) is said, in the person's
// language, when the plan opens and on the History page; the plan opens all the same and its
// edits are saved.
func TestADamagedJournalIsSaidNotFatal(t *testing.T) {
	a, e := openSample(t, "es")
	if err := e.apply(domain.SetField{Field: domain.FieldRisks, Value: "Huelga en el puerto"}); err != nil {
		t.Fatal(err)
	}
	accountID, planID := quit(t, a)
	db, err := sql.Open("sqlite", a.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE journal SET edit = '{\"type\": \"set_field\", \"field\": 7' WHERE plan_id = ?", planID); err != nil {
		t.Fatal(err)
	}
	db.Close()
	e = startAgain(t, a, accountID, planID)
	const says = "No se puede leer un cambio del historial del plan"
	if !strings.Contains(dialogText(t, a), says) {
		t.Fatalf("opening the plan says %q", dialogText(t, a))
	}
	closeDialogs(a)
	e.ShowPage(shell.PageHistory)
	if text := labelsText(viewOf(e, shell.PageHistory)); !strings.Contains(text, says) {
		t.Fatalf("the History page says:\n%s", text)
	}
	if err := e.apply(domain.SetField{Field: domain.FieldResources, Value: "Dos técnicos"}); err != nil || !e.Flush() {
		t.Fatalf("an edit after the damage: %v, %s", err, e.SaveState())
	}
	if got := storedPlan(t, a, planID); got.Resources != "Dos técnicos" || got.Risks != "Huelga en el puerto" {
		t.Fatalf("the store holds %q, %q", got.Resources, got.Risks)
	}
}
