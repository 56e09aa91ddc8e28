package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/pdf"
)

// keptSnapshots lists the open plan's snapshots as the database holds them, newest first.
func keptSnapshots(t *testing.T, a *App) []history.SnapshotInfo {
	t.Helper()
	list, err := a.store.Snapshots().List(a.ctx, a.editor.Plan().ID)
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// Every PDF exported from the app keeps the plan as exported, labelled with its edition and
// signed with the name set in Settings.
func TestPDFExportKeepsASnapshotOfItsEdition(t *testing.T) {
	a, e := openSample(t, "en")
	a.store.SetAuthor("Ane Goikoetxea 张")
	st, _ := a.store.Settings(a.ctx)
	for _, doc := range []struct {
		edition domain.Edition
		onePage bool
		label   string
	}{{domain.EditionInternal, false, "internal"}, {domain.EditionClient, false, "client"}, {domain.EditionClient, true, "onepage-client"}} {
		var warnings []string
		d := pdfDocumentFor(e.Account(), e.Plan(), st, doc.edition, doc.onePage)
		if err := export(a, filepath.Join(t.TempDir(), "plan.pdf"), a.files().pdfKept(d, &warnings)); err != nil {
			t.Fatal(err)
		}
		kept := keptSnapshots(t, a)
		if kept[0].Kind != history.SnapshotExport || kept[0].Label != doc.label || kept[0].Author != "Ane Goikoetxea 张" {
			t.Fatalf("after the %s export the newest snapshot is %+v", doc.label, kept[0])
		}
	}
}

// The export dialog lists the changes since the plan's last sign-off by default, for the
// internal edition only.
func TestPDFExportListsTheChangesSinceTheLastSignOff(t *testing.T) {
	a, e := openSample(t, "en")
	if _, err := a.store.Snapshots().Create(a.ctx, e.Plan().ID, history.SnapshotSignOff, "Q2 review", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := a.store.Snapshots().Create(a.ctx, e.Plan().ID, history.SnapshotManual, "later", ""); err != nil {
		t.Fatal(err)
	}
	st, _ := a.store.Settings(a.ctx)
	c := a.files().newPDFChoices(e.Plan(), st)
	doc, err := c.document(*e.Account(), e.Plan(), st)
	if err != nil || doc.Since == nil || doc.Since.Label != "Q2 review" {
		t.Fatalf("the internal edition lists the changes since %+v (%v)", doc.Since, err)
	}
	c.edition.SetSelected(a.loc.T("edition.client"))
	if doc, _ := c.document(*e.Account(), e.Plan(), st); !c.since.Select.Disabled() || doc.Since != nil {
		t.Fatal("the client edition would list what changed")
	}
	c.edition.SetSelected(a.loc.T("edition.internal"))
	c.onePage.SetChecked(true)
	if !c.since.Select.Disabled() {
		t.Fatal("the plan on a page would list what changed")
	}
}

// pdfDocumentFor is the document of a plan in an edition.
func pdfDocumentFor(acc *domain.Account, p *domain.Plan, st domain.Settings, ed domain.Edition, onePage bool) pdf.Document {
	return pdf.Document{Account: *acc, Plan: p.Clone(), Settings: st, Lang: "en", Edition: ed, OnePage: onePage}
}

// The snapshots are shown instead of the editor: the keys that act on the editor's pages do
// nothing there, Ctrl+2 goes back to the plan on the page it was on, Ctrl+Shift+S takes one.
func TestTheSnapshotsScreenAndItsKeys(t *testing.T) {
	a, e := openSample(t, "en")
	e.ShowPage("commitment/kpis")
	potential := e.Plan().Wallet.Potential
	if err := e.Apply(domain.SetField{Field: "wallet.potential", Value: potential + 1}); err != nil {
		t.Fatal(err)
	}
	planMenu{a}.showSnapshots()
	if a.aside == nil {
		t.Fatal("Plan → Snapshots showed nothing")
	}
	shortcut := func(sc fyne.Shortcut) { a.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc) }
	shortcut(&fyne.ShortcutUndo{})
	mod := fyne.KeyModifierShortcutDefault
	shortcut(&desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: mod})
	if e.Plan().Wallet.Potential != potential+1 || e.Here() != "commitment/kpis" {
		t.Fatal("Ctrl+Z or Ctrl+PageDown acted on the plan behind the snapshots")
	}
	shortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: mod | fyne.KeyModifierShift})
	fd := uitest.TopDialog(t, a.win)
	uitest.SetEntry(t, fd.Form, "Before the review")
	test.Tap(fd.Save)
	if kept := keptSnapshots(t, a); len(kept) == 0 || kept[0].Label != "Before the review" {
		t.Fatalf("Ctrl+Shift+S kept %+v", kept)
	}
	shortcut(&desktop.CustomShortcut{KeyName: fyne.Key2, Modifier: mod})
	if a.aside != nil || a.editor != e || e.Here() != "commitment/kpis" {
		t.Fatalf("Ctrl+2 did not go back to the plan's page (%s)", e.Here())
	}
}

// Without a plan open, the Plan menu's snapshots say to open one first.
func TestSnapshotsNeedAnOpenPlan(t *testing.T) {
	a := newTestApp(t, "es")
	closeDialogs(a)
	a.ShowHome()
	for _, open := range []func(){planMenu{a}.showSnapshots, planMenu{a}.takeSnapshot, planMenu{a}.compare} {
		open()
		if a.win.Canvas().Overlays().Top() == nil || a.aside != nil {
			t.Fatal("a snapshot screen opened without a plan")
		}
		closeDialogs(a)
	}
}
