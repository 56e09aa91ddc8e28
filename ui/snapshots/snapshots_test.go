package snapshots

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/ui/internal/uitest"
)

// A snapshot taken on demand keeps the plan as it is (what was not saved yet included),
// with its label and who took it; the list shows it.
func TestTakingASnapshotKeepsThePlanWithItsLabel(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		t.Run(lang, func(t *testing.T) {
			a := openSample(t, lang)
			a.screen.ShowList()
			if err := a.editor.Apply(domain.SetField{Field: "wallet.potential", Value: int64(777_000_000)}); err != nil {
				t.Fatal(err)
			}
			a.tap(t, a.Loc.T("snapshots.take"))
			fd := uitest.TopDialog(t, a.Win)
			uitest.SetEntry(t, fd.Form, "Before the Q3 review")
			test.Tap(fd.Save)
			kept := a.kept(t)
			if len(kept) != 1 || kept[0].Label != "Before the Q3 review" || kept[0].Kind != history.SnapshotManual || kept[0].Author != "Marta Ruiz" {
				t.Fatalf("the store keeps %+v", kept)
			}
			snap, err := a.DB.Snapshots().Read(a.Context(), kept[0].ID)
			if err != nil || snap.Plan.Wallet.Potential != 777_000_000 {
				t.Fatalf("the snapshot holds a potential of %d (%v), not the one typed before", snap.Plan.Wallet.Potential, err)
			}
			if len(a.screen.kept) != 1 || !strings.Contains(a.Status.Text, "Before the Q3 review") {
				t.Fatalf("the list shows %d snapshots; the status says %q", len(a.screen.kept), a.Status.Text)
			}
		})
	}
}

// Restoring a snapshot makes its plan the stored plan, and one undo brings back the plan as
// it was before the restore.
func TestRestoreChangesTheStoredPlanAndUndoBringsItBack(t *testing.T) {
	a := openSample(t, "en")
	old := a.stored(t)
	if _, err := a.DB.Snapshots().Create(context.Background(), old.ID, history.SnapshotManual, "Q2", "Marta Ruiz"); err != nil {
		t.Fatal(err)
	}
	renamed := a.editor.Plan().Contacts[0]
	renamed.Name = "Zuriñe Olabarria"
	a.apply(t, domain.ReplaceItem{Coll: domain.CollContacts, Value: renamed})
	a.apply(t, domain.SetField{Field: "wallet.potential", Value: old.Wallet.Potential + 1})
	a.screen.ShowList()
	a.screen.list.Select(0)
	a.tap(t, "Restore…")
	uitest.Answer(t, a.Win, "Restore")
	restored := a.stored(t)
	if restored.Wallet.Potential != old.Wallet.Potential || restored.Contacts[0].Name != old.Contacts[0].Name {
		t.Fatalf("after the restore the store holds %d and %q", restored.Wallet.Potential, restored.Contacts[0].Name)
	}
	if a.backs != 1 || !strings.Contains(a.Status.Text, "Ctrl+Z") {
		t.Fatalf("the restore went back to the plan %d times; the status says %q", a.backs, a.Status.Text)
	}
	a.editor.Undo()
	if !a.editor.Flush() {
		t.Fatal(a.editor.SaveState())
	}
	undone := a.stored(t)
	if undone.Wallet.Potential != old.Wallet.Potential+1 || undone.Contacts[0].Name != "Zuriñe Olabarria" {
		t.Fatalf("after the undo the store holds %d and %q", undone.Wallet.Potential, undone.Contacts[0].Name)
	}
}

// Cancelling the question changes nothing.
func TestRestoreAsksFirst(t *testing.T) {
	a := openSample(t, "es")
	id := a.editor.Plan().ID
	if _, err := a.DB.Snapshots().Create(context.Background(), id, history.SnapshotManual, "T2", ""); err != nil {
		t.Fatal(err)
	}
	a.apply(t, domain.SetField{Field: "wallet.potential", Value: 2 * a.editor.Plan().Wallet.Potential})
	a.screen.ShowList()
	a.screen.list.Select(0)
	a.tap(t, "Restaurar…")
	uitest.Answer(t, a.Win, "Cancelar")
	if p := a.stored(t); p.Wallet.Potential != a.editor.Plan().Wallet.Potential || a.backs != 0 {
		t.Fatalf("a cancelled restore changed the plan to %d", p.Wallet.Potential)
	}
}

// A snapshot exported is a plan file that imports back as the very plan it kept.
func TestExportWritesAPlanFileThatImportsBackEqual(t *testing.T) {
	a := openSample(t, "en")
	info, err := a.DB.Snapshots().Create(context.Background(), a.editor.Plan().ID, history.SnapshotManual, "Q2", "")
	if err != nil {
		t.Fatal(err)
	}
	a.apply(t, domain.SetField{Field: "wallet.potential", Value: 2 * a.editor.Plan().Wallet.Potential}) // the plan moves on
	a.screen.ShowList()
	a.screen.list.Select(0)
	a.tap(t, "Export plan file…")
	data, err := os.ReadFile(a.written)
	if err != nil {
		t.Fatal(err)
	}
	other, err := storage.Open(filepath.Join(t.TempDir(), "other.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	f, err := other.ImportJSON(context.Background(), data, true)
	if err != nil {
		t.Fatal(err)
	}
	back, err := other.LoadPlan(context.Background(), f.Plans[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	snap, _ := a.DB.Snapshots().Read(context.Background(), info.ID)
	acc, _ := other.Account(context.Background(), back.AccountID)
	if cs := history.Compare(snap.Doc(), domain.Doc{Account: acc, Plan: back}); len(cs) != 0 || back.Wallet.Potential == a.editor.Plan().Wallet.Potential {
		t.Fatalf("the plan file imports with %d differences from the snapshot: %+v", len(cs), cs)
	}
	if !strings.Contains(a.Status.Text, a.written) {
		t.Fatalf("the status says %q", a.Status.Text)
	}
}

// An opened snapshot shows the plan as it was, and nothing on it can be edited.
func TestAnOpenedSnapshotIsReadOnly(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		t.Run(lang, func(t *testing.T) {
			a := openSample(t, lang)
			was := a.editor.Plan().Contacts[0]
			if _, err := a.DB.Snapshots().Create(context.Background(), a.editor.Plan().ID, history.SnapshotManual, "Q2", ""); err != nil {
				t.Fatal(err)
			}
			renamed := was
			renamed.Name = "Zuriñe Olabarria"
			a.apply(t, domain.ReplaceItem{Coll: domain.CollContacts, Value: renamed})
			a.screen.ShowList()
			a.screen.ShowSnapshot(0)
			for _, o := range test.LaidOutObjects(a.Win.Content()) {
				if _, editable := o.(*widget.Entry); editable {
					t.Fatal("an opened snapshot has a field to type in")
				}
			}
			selectSectionOnScreen(t, a, a.Loc.T("history.section.contacts"))
			text := a.shown()
			if !strings.Contains(text, a.Loc.T("snapshots.view.readonly", "Q2", When(a.Loc, a.kept(t)[0]))) ||
				!strings.Contains(text, was.Name) || strings.Contains(text, "Zuriñe Olabarria") {
				t.Fatalf("the snapshot does not show the plan as it was, read-only:\n%s", text)
			}
		})
	}
}

// selectSection shows a section of a sectioned view, by its name.
func selectSection(t testing.TB, l *widget.List, name string) {
	t.Helper()
	for i := range l.Length() {
		item := l.CreateItem()
		l.UpdateItem(i, item)
		if strings.HasPrefix(item.(*widget.Label).Text, name) {
			l.Select(i)
			return
		}
	}
	t.Fatalf("no section %q", name)
}

// listsOnScreen are the lists on screen.
func listsOnScreen(a *testApp) []*widget.List {
	var out []*widget.List
	for _, o := range test.LaidOutObjects(a.Win.Content()) {
		if l, ok := o.(*widget.List); ok {
			out = append(out, l)
		}
	}
	return out
}
