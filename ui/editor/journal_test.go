package editor

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/ui/shell"
)

// restart leaves the plan and quits as the app does (saving what is pending), then opens the
// database file with a new store, as the next start does, and the plan again.
func restart(t *testing.T, a *testApp) *Editor {
	t.Helper()
	accountID, planID := quit(t, a)
	return startAgain(t, a, accountID, planID)
}

// quit leaves the plan and closes the store, as quitting the app does.
func quit(t *testing.T, a *testApp) (accountID, planID string) {
	t.Helper()
	accountID, planID = a.editor.account.ID, a.editor.plan.ID
	a.onClose()
	if a.editor != nil {
		t.Fatal("the plan could not be left")
	}
	if err := a.store.Close(); err != nil {
		t.Fatal(err)
	}
	return accountID, planID
}

// startAgain opens the database file with a new store, as the app's next start does, and
// the plan.
func startAgain(t *testing.T, a *testApp, accountID, planID string) *Editor {
	t.Helper()
	db, err := storage.Open(a.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetAuthor(a.fyne.Preferences().String(shell.PrefAuthor)) // as the app does at start
	a.store, a.Shell.DB = db, db
	a.openPlan(accountID, planID)
	if a.editor == nil {
		t.Fatal("the plan did not open again")
	}
	return a.editor
}

// typeInto types a value into a field of a page, as a person does, and leaves the field.
func typeInto(t *testing.T, e *Editor, page shell.Page, label, text string) {
	t.Helper()
	e.ShowPage(page)
	retype(fieldNamed(t, viewOf(e, page), label), text)
}

// pressUndo and pressRedo are Ctrl+Z and Ctrl+Y on the window; the edit is then saved, as
// the editor does a moment later.
func pressUndo(t *testing.T, a *testApp) { t.Helper(); press(t, a, &fyne.ShortcutUndo{}) }
func pressRedo(t *testing.T, a *testApp) { t.Helper(); press(t, a, &fyne.ShortcutRedo{}) }

func press(t *testing.T, a *testApp, s fyne.Shortcut) {
	t.Helper()
	a.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(s)
	if !a.editor.Flush() {
		t.Fatal(a.editor.SaveState())
	}
}

// stored is what the database holds of the plan's potential and its account's name.
type stored struct {
	potential int64
	name      string
}

func storedState(t *testing.T, a *testApp, accountID, planID string) stored {
	t.Helper()
	acc, err := a.store.Account(a.ctx, accountID)
	if err != nil {
		t.Fatal(err)
	}
	return stored{storedPlan(t, a, planID).Wallet.Potential, acc.Name}
}

// Every edit the editor saves goes to the plan's journal with its inverse, when it was made
// and by whom: the name set in Settings, else the system user's.
func TestEditsAreJournalledWithTheirAuthor(t *testing.T) {
	a, e := openSample(t, "en")
	was := e.plan.Wallet.Potential
	a.store.SetAuthor("Ane Goikoetxea")
	from := time.Now()
	typeInto(t, e, shell.PageWallet, "Total purchase potential", "6,000,000")
	if !e.Flush() {
		t.Fatal(e.SaveState())
	}
	a.store.SetAuthor("")
	typeInto(t, e, shell.PageProfile, "Name", "Aceros del Sur, S.L.")
	if !e.Flush() {
		t.Fatal(e.SaveState())
	}
	page, err := a.store.Journal().Page(a.ctx, e.plan.ID, history.JournalQuery{})
	if err != nil || len(page.Entries) != 2 {
		t.Fatalf("%d entries: %v", len(page.Entries), err)
	}
	name, potential := page.Entries[0], page.Entries[1]
	if potential.Author != "Ane Goikoetxea" || potential.Kind != history.JournalDo || potential.At.Before(from.Add(-time.Second)) ||
		potential.Edit != (domain.SetField{Field: domain.FieldWalletPotential, Value: int64(600_000_000)}) ||
		potential.Inverse != (domain.SetField{Field: domain.FieldWalletPotential, Value: was}) {
		t.Fatalf("the potential's entry: %+v", potential)
	}
	if name.Author != storage.DefaultAuthor() || name.Edit != (domain.SetField{Field: domain.FieldAccountName, Value: "Aceros del Sur, S.L."}) {
		t.Fatalf("the account name's entry: %+v", name)
	}
}

// A KAM reopening yesterday's plan can undo yesterday's slips, one after another back to the
// first, each undo saved; redo goes forward again; and every step is journalled so that the
// next start steps on from where the last one stopped.
func TestUndoAndRedoAcrossRestarts(t *testing.T) {
	a, e := openSample(t, "en")
	accountID, planID := e.account.ID, e.plan.ID
	s0 := storedState(t, a, accountID, planID)
	s1 := stored{600_000_000, s0.name}
	s2 := stored{600_000_000, "Aceros del Sur, S.L."}
	s3 := stored{700_000_000, "Aceros del Sur, S.L."}
	typeInto(t, e, shell.PageWallet, "Total purchase potential", "6,000,000")
	e = restart(t, a)
	typeInto(t, e, shell.PageProfile, "Name", "Aceros del Sur, S.L.")
	typeInto(t, e, shell.PageWallet, "Total purchase potential", "7,000,000")
	restart(t, a)
	if got := storedState(t, a, accountID, planID); got != s3 {
		t.Fatalf("the edits were not saved: %+v", got)
	}
	steps := []struct {
		name    string
		step    func(*testing.T, *testApp)
		restart bool
		want    stored
	}{
		{"undo the last edit", pressUndo, true, s2},
		{"undo the one before", pressUndo, true, s1},
		{"undo the first", pressUndo, false, s0},
		{"nothing more to undo", pressUndo, true, s0},
		{"redo the first", pressRedo, true, s1},
		{"redo the second", pressRedo, false, s2},
		{"undo it again", pressUndo, true, s1},
		{"redo it once more", pressRedo, true, s2},
		{"redo the last", pressRedo, false, s3},
		{"nothing more to redo", pressRedo, false, s3},
	}
	for _, st := range steps {
		st.step(t, a)
		if got := storedState(t, a, accountID, planID); got != st.want {
			t.Fatalf("%s: the store holds %+v, not %+v", st.name, got, st.want)
		}
		if st.restart {
			restart(t, a)
		}
	}
	if a.Status.Text != "Nothing to redo" {
		t.Fatalf("the status says %q", a.Status.Text)
	}
}

// Undo reaches back as far as the person set: the edits before are kept, not undone, in the
// session and after the app was closed.
func TestUndoReachesBackAsFarAsSet(t *testing.T) {
	a, e := openSample(t, "en")
	a.fyne.Preferences().SetInt(shell.PrefUndoLimit, 2)
	accountID, planID := e.account.ID, e.plan.ID
	for _, v := range []string{"6,000,000", "6,500,000", "7,000,000"} {
		typeInto(t, e, shell.PageWallet, "Total purchase potential", v)
	}
	pressUndo(t, a)
	pressUndo(t, a)
	pressUndo(t, a)
	if got := storedState(t, a, accountID, planID).potential; got != 600_000_000 || a.Status.Text != "Nothing to undo" {
		t.Fatalf("in the session: potential %d, status %q", got, a.Status.Text)
	}
	pressRedo(t, a)
	pressRedo(t, a)
	restart(t, a)
	pressUndo(t, a)
	pressUndo(t, a)
	pressUndo(t, a)
	if got := storedState(t, a, accountID, planID).potential; got != 600_000_000 || a.Status.Text != "Nothing to undo" {
		t.Fatalf("after a restart: potential %d, status %q", got, a.Status.Text)
	}
}

// When undo reaches back to the plan's creation, a reopened plan reads its stacks a window at
// a time: stepping past the window reads the next one, and every edit is undone and redone
// in turn.
func TestUndoReadsTheJournalAWindowAtATime(t *testing.T) {
	was := undoWindow
	undoWindow = 2
	t.Cleanup(func() { undoWindow = was })
	a, e := openSample(t, "en")
	accountID, planID := e.account.ID, e.plan.ID
	potentials := []int64{storedState(t, a, accountID, planID).potential}
	for _, v := range []string{"6,000,000", "6,500,000", "7,000,000", "7,500,000", "8,000,000"} {
		typeInto(t, e, shell.PageWallet, "Total purchase potential", v)
		potentials = append(potentials, e.plan.Wallet.Potential)
	}
	e = restart(t, a)
	if len(e.undo) != 2 {
		t.Fatalf("the reopened plan read %d edits to undo, not a window of 2", len(e.undo))
	}
	for i := len(potentials) - 2; i >= 0; i-- {
		pressUndo(t, a)
		if got := storedState(t, a, accountID, planID).potential; got != potentials[i] {
			t.Fatalf("undo back to edit %d: the store holds %d, not %d", i, got, potentials[i])
		}
	}
	pressUndo(t, a)
	if a.Status.Text != "Nothing to undo" {
		t.Fatalf("past the first edit the status says %q", a.Status.Text)
	}
	restart(t, a)
	for i := 1; i < len(potentials); i++ {
		pressRedo(t, a)
		if got := storedState(t, a, accountID, planID).potential; got != potentials[i] {
			t.Fatalf("redo of edit %d: the store holds %d, not %d", i, got, potentials[i])
		}
	}
}

// An edit whose element is gone (removed where this plan's journal did not see it, by an
// import or in another period) cannot be undone: the person is told, that step is set aside,
// and the next undo goes on further back instead of failing the same way for ever.
func TestAnUndoThatCannotBeTakenIsSetAside(t *testing.T) {
	a, e := openSample(t, "en")
	was := e.plan.Wallet.Potential
	typeInto(t, e, shell.PageWallet, "Total purchase potential", "6,000,000")
	c := e.plan.Contacts[0]
	c.Notes = "Prefers calls to e-mail 📞"
	if err := e.Apply(domain.ReplaceItem{Coll: domain.CollContacts, Value: c}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.doc.Apply(domain.RemoveItem{Coll: domain.CollContacts, ID: c.ID}); err != nil {
		t.Fatal(err) // gone without a trace in the journal
	}
	pressUndo(t, a)
	if !strings.Contains(a.status.Text, "set aside") {
		t.Fatalf("the status says %q", a.status.Text)
	}
	closeDialogs(a) // the error said why
	pressUndo(t, a)
	if got := storedPlan(t, a, e.plan.ID).Wallet.Potential; got != was {
		t.Fatalf("the second undo left the potential at %d, want %d (status %q)", got, was, a.status.Text)
	}
}
