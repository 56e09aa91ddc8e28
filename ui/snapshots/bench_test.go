package snapshots

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"kamplan/domain/gen"
	"kamplan/domain/history"
	"kamplan/storage"
)

// largeSnapshotApp holds the large generated plan (300 contacts, 500 actions, 50 KPIs of 24
// values), open in the editor, with a snapshot of it.
func largeSnapshotApp(b testing.TB) *testApp {
	b.Helper()
	a := openSample(b, "en")
	f := gen.LargePlan()
	data, err := storage.EncodePlanFile(f)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := a.DB.ImportJSON(a.Context(), data, false); err != nil {
		b.Fatal(err)
	}
	a.editor.Stop()
	a.openPlan(b, &f.Account, f.Plans[0].ID)
	if _, err := a.DB.Snapshots().Create(a.Context(), f.Plans[0].ID, history.SnapshotManual, "large", ""); err != nil {
		b.Fatal(err)
	}
	a.Win.Resize(fyne.NewSize(1280, 800))
	a.screen.ShowList()
	return a
}

// BenchmarkOpenLargeSnapshotStakeholders opens the large plan's snapshot read-only, turns to
// its 300 stakeholders and draws the window.
func BenchmarkOpenLargeSnapshotStakeholders(b *testing.B) {
	a := largeSnapshotApp(b)
	b.ResetTimer()
	for b.Loop() {
		a.screen.ShowSnapshot(0)
		selectSectionOnScreen(b, a, "Stakeholders")
		a.Win.Canvas().Capture()
	}
}

// BenchmarkCompareLargeSnapshotWithNow compares the large plan's snapshot with the plan now
// and draws the window.
func BenchmarkCompareLargeSnapshotWithNow(b *testing.B) {
	a := largeSnapshotApp(b)
	b.ResetTimer()
	for b.Loop() {
		a.screen.ShowCompare(0)
		a.Win.Canvas().Capture()
	}
}

// A long section shows its first elements, and more at each press of Show more.
func TestALongSectionShowsAPartAtATime(t *testing.T) {
	a := largeSnapshotApp(t)
	a.screen.ShowSnapshot(0)
	selectSectionOnScreen(t, a, "Stakeholders")
	contacts := func() int { // the contacts' headings, not their frequency
		text := a.shown()
		return strings.Count(text, "\nContact ") - strings.Count(text, "\nContact frequency")
	}
	if n := contacts(); n != step {
		t.Fatalf("the section shows %d of %d contacts at first", n, len(a.editor.Plan().Contacts))
	}
	a.tap(t, fmt.Sprintf("Show %d more (%d left)", step, len(a.editor.Plan().Contacts)+len(a.editor.Plan().Links)-step)) // the informal links are stakeholders too
	if n := contacts(); n != 2*step {
		t.Fatalf("Show more shows %d contacts", n)
	}
}
