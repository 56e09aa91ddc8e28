package editor

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/ui/shell"
)

// The editor draws the page on screen when the plan opens, and each other page when it is
// first shown.
func TestPagesAreDrawnWhenFirstShown(t *testing.T) {
	_, e := openSample(t, "en")
	for _, d := range pageList {
		if drawn := viewOf(e, d.key) != nil; drawn != (d.key == shell.PageProfile) {
			t.Errorf("on opening, %s drawn: %v", d.key, drawn)
		}
	}
	e.ShowPage(shell.PageSignOff)
	if viewOf(e, shell.PageSignOff) == nil || viewOf(e, shell.PageActions) != nil {
		t.Fatal("turning to the sign-off drew another page than the sign-off")
	}
	e.StepPage(-1)
	if e.Here() != shell.PageKPIs || viewOf(e, shell.PageKPIs) == nil {
		t.Fatalf("Ctrl+PageUp turned to %s without drawing it", e.Here())
	}
}

// Every field and every list of the plan is drawn on some page, and every list is the list of
// exactly one page: an undo of any edit turns to a page that shows it.
func TestEveryFieldAndListHasItsPage(t *testing.T) {
	for _, f := range domain.Fields() {
		if len(pagesOf(domain.SetField{Field: f})) == 0 {
			t.Errorf("no page shows the field %s", f)
		}
	}
	for _, c := range domain.Collections() {
		owners := 0
		for _, d := range pageList {
			owners += len(slices.DeleteFunc(d.make(nil).shows().owns, func(x domain.Coll) bool { return x != c.Name }))
		}
		if owners != 1 {
			t.Errorf("the list %s is the list of %d pages", c.Name, owners)
		}
	}
	if len(pagesOf(domain.SetScore{})) == 0 {
		t.Error("no page shows the scores")
	}
}

// The header's title says the account and the period as they are, after an edit and its undo.
func TestTheTitleFollowsTheAccountName(t *testing.T) {
	a, e := openSample(t, "en")
	old := e.account.Name
	retype(fieldNamed(t, viewOf(e, shell.PageProfile), "Name"), "Aceros del Sur, S.L.")
	if !containsLine(labelsText(a.win.Content()), "Aceros del Sur, S.L. — "+e.plan.Period) {
		t.Fatalf("the title does not show the new name:\n%s", labelsText(a.win.Content()))
	}
	e.Undo()
	if !containsLine(labelsText(a.win.Content()), old+" — "+e.plan.Period) || e.account.Name != old {
		t.Fatalf("after the undo the title does not show %q:\n%s", old, labelsText(a.win.Content()))
	}
}

func containsLine(text, line string) bool {
	return slices.Contains(strings.Split(text, "\n"), line)
}

// An undo draws again the pages that show the edit, and only them: the page on screen at
// once, the others when next shown. Random edits of every kind, each made on a random page,
// are undone and redone; after each step every page drawn, redrawn or kept, shows what the
// database holds. The history, which lists every edit saved, is drawn again after each save.
func TestUndoRedrawsOnlyThePagesThatShowTheEdit(t *testing.T) {
	a, e := openSample(t, "en")
	drawEveryPage(e)
	r := rand.New(rand.NewPCG(21, 26)) // a coverage pair, the sign-off, contacts, the profile, the team, a SWOT, the wallet
	done := 0
	for done < 8 {
		ed := gen.RandomEdit(r, &e.doc)
		e.ShowPage(pageList[r.IntN(len(pageList))].key)
		if e.apply(ed) != nil {
			continue
		}
		done++
		shows := pagesOf(ed, e.undo[len(e.undo)-1].edit)
		shows = append(shows, pagesShowing(func(t topics) bool { return t.journal })...) // the history lists every edit saved
		for _, step := range []func(){e.Undo, e.Redo} {
			before := drawings(e)
			step()
			if !e.Flush() {
				t.Fatal(e.SaveState())
			}
			for _, s := range e.pages.slots {
				redrawn := s.view != before[s.def.key] || s.stale
				if redrawn && !slices.Contains(shows, s.def.key) {
					t.Errorf("%T (%v): %s was drawn again, though it does not show the edit", ed, shows, s.def.key)
				}
				if !redrawn && slices.Contains(shows, s.def.key) {
					t.Errorf("%T (%v): %s shows the edit but was not drawn again", ed, shows, s.def.key)
				}
			}
			everyPageShowsTheStore(t, a, e, ed)
		}
	}
}

// drawings are the pages drawn now, by key.
func drawings(e *Editor) map[shell.Page]fyne.CanvasObject {
	out := map[shell.Page]fyne.CanvasObject{}
	for _, s := range e.pages.slots {
		out[s.def.key] = s.view
	}
	return out
}

// everyPageShowsTheStore turns to every page (drawing those an edit left stale) and compares
// it with the page drawn afresh from what the database holds.
func everyPageShowsTheStore(t *testing.T, a *testApp, e *Editor, after domain.Edit) {
	t.Helper()
	acc, err := a.store.Account(a.ctx, e.account.ID)
	if err != nil {
		t.Fatal(err)
	}
	fresh := New(a, acc, storedPlan(t, a, e.plan.ID))
	for _, d := range pageList {
		e.ShowPage(d.key)
		stored := drawPage(fresh, d.key)
		fresh.refresh()
		if screen, again := pageText(viewOf(e, d.key), e), pageText(stored, nil); screen != again {
			t.Fatalf("after %T %+v, %s and the store disagree:\n%s", after, after, d.key, diffLines(screen, again))
		}
	}
}

// A change made on one page shows on the other pages that draw it once the person turns
// there: an offering renamed on the white-space map is renamed on the wallet (which kept the
// old name, in a field that would have put it back).
func TestAnEditShowsOnTheOtherPagesThatDrawIt(t *testing.T) {
	a, e := openSample(t, "en")
	e.ShowPage(shell.PageWallet)
	e.ShowPage(shell.PageWhiteSpace)
	o := e.plan.Wallet.Offerings[1]
	pageOn[*whiteSpacePage](e, shell.PageWhiteSpace).nameDialog(domain.CollOfferings, o.ID)
	fd := topDialog(t, a)
	setEntry(t, fd.Form.Items[0].Widget, "MES y calidad")
	test.Tap(fd.Save)
	e.ShowPage(shell.PageWallet)
	var names []string
	for _, f := range fieldsLabelled(viewOf(e, shell.PageWallet), "Offering") {
		names = append(names, f.Text)
	}
	if !slices.Contains(names, "MES y calidad") {
		t.Fatalf("the wallet lists the offerings %q", names)
	}
}

// A whole content replaced at once (a restored snapshot) is drawn on every page that was
// drawn, and so is its undo.
func TestARestoreIsDrawnOnEveryPage(t *testing.T) {
	a, e := openSample(t, "en")
	drawEveryPage(e)
	old := e.doc.Copy()
	old.Plan.Wallet.Potential += 50_000_000
	old.Plan.Contacts[0].Name = "Ane Goikoetxea"
	old.Plan.SWOTs[0].Items = old.Plan.SWOTs[0].Items[1:]
	restore := domain.ReplaceContent{Plan: old.Plan, Cause: domain.CauseRestore, Source: "before the review"}
	if err := e.Apply(restore); err != nil {
		t.Fatal(err)
	}
	for _, step := range []func(){func() {}, e.Undo} {
		step()
		if !e.Flush() {
			t.Fatal(e.SaveState())
		}
		everyPageShowsTheStore(t, a, e, restore)
	}
}
