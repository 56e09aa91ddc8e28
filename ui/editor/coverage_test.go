package editor

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/gaps"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/picture"
	"kamplan/ui/shell"
)

// coverageMatrixOf turns the editor to the team coverage and returns its matrix.
func coverageMatrixOf(t *testing.T, a *testApp, e *Editor) *picture.CoverageMatrix {
	t.Helper()
	a.win.Resize(fyne.NewSize(1366, 1100))
	e.pages.tabs.SelectIndex(0)
	e.pages.subs[0].SelectIndex(7)
	var m *picture.CoverageMatrix
	walk(e.pages.tabs, func(o fyne.CanvasObject) {
		if x, ok := o.(*picture.CoverageMatrix); ok {
			m = x
		}
	})
	if m == nil {
		t.Fatal("no coverage matrix on page 7 of Knowledge")
	}
	return m
}

func tapMatrix(m *picture.CoverageMatrix, p chart.Point) {
	test.TapAt(m, fyne.NewPos(float32(p.X), float32(p.Y)))
}

// emptyPair is a cell of the matrix with no pair yet.
func emptyPair(m *picture.CoverageMatrix) (chart.Point, string, string) {
	lay := m.Layout()
	for _, r := range lay.Rows {
		for _, c := range lay.Cols {
			p := chart.Point{X: c.Box.Center().X, Y: r.Box.Center().Y}
			if h := lay.HitTest(p); h.Kind == chart.CoverageHitCell && h.PairID == "" {
				return p, r.ContactID, c.MemberID
			}
		}
	}
	return chart.Point{}, "", ""
}

func pairOf(p *domain.Plan, contactID, memberID string) (domain.Coverage, bool) {
	return p.PairOf(memberID, contactID)
}

// A tap on an empty cell adds the pair with what the dialog says; a tap on the pair edits
// it; both reach the store, Ctrl+Z takes the edit back, Delete removes the pair.
func TestCoverageCellEditsReachTheStore(t *testing.T) {
	a, e := openSample(t, "en")
	m := coverageMatrixOf(t, a, e)
	at, contact, member := emptyPair(m)
	if contact == "" {
		t.Fatal("the sample's matrix has no empty cell")
	}
	tapMatrix(m, at)
	fd := form.OpenDialogs(a.win)[len(form.OpenDialogs(a.win))-1]
	setSelect(t, fd, 1, 2) // now: Working
	setSelect(t, fd, 2, 4) // target: Trusted advisor
	setSelect(t, fd, 3, 0) // weekly
	fd.Submit()
	if !e.Flush() {
		t.Fatal("not saved")
	}
	got, ok := pairOf(storedPlan(t, a, e.plan.ID), contact, member)
	if !ok || got.RelNow != domain.RelWorking || got.RelTarget != domain.RelTrusted || got.Frequency != domain.CadenceWeekly {
		t.Fatalf("stored pair %+v (found %v)", got, ok)
	}
	// edit it: the cell now holds the pair
	cell := cellOf(m, got.ID)
	tapMatrix(m, cell.Box.Center())
	fd = form.OpenDialogs(a.win)[len(form.OpenDialogs(a.win))-1]
	setSelect(t, fd, 1, 3) // now: Strong
	fd.Submit()
	e.Flush()
	if c, _ := pairOf(storedPlan(t, a, e.plan.ID), contact, member); c.RelNow != domain.RelStrong || c.ID != got.ID {
		t.Fatalf("edited pair stored as %+v", c)
	}
	a.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(&fyne.ShortcutUndo{})
	e = a.editor
	e.Flush()
	if c, _ := pairOf(storedPlan(t, a, e.plan.ID), contact, member); c.RelNow != domain.RelWorking {
		t.Fatalf("after Ctrl+Z the pair is %+v", c)
	}
	// remove it from its dialog
	m = coverageMatrixOf(t, a, e)
	tapMatrix(m, cellOf(m, got.ID).Box.Center())
	fd = form.OpenDialogs(a.win)[len(form.OpenDialogs(a.win))-1]
	tapButton(t, fd.Left, a.tr("editor.delete"))
	confirm(t, a)
	e.Flush()
	if _, ok := pairOf(storedPlan(t, a, e.plan.ID), contact, member); ok {
		t.Fatal("the pair is still stored after Delete")
	}
}

func cellOf(m *picture.CoverageMatrix, pairID string) chart.CoverageCell {
	for _, c := range m.Layout().Cells {
		if c.PairID == pairID {
			return c
		}
	}
	return chart.CoverageCell{}
}

// setSelect picks option i of the n-th form row's select (rows from 1).
func setSelect(t *testing.T, fd *form.Dialog, row, i int) {
	t.Helper()
	var sel *widget.Select
	walk(fd.Form.Items[row-1].Widget, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			sel = s
		}
	})
	if sel == nil {
		t.Fatalf("row %d holds no select", row)
	}
	sel.SetSelectedIndex(i)
}

// The gaps listed above the matrix are the domain's, and a tap opens the contact.
func TestCoverageGapsOpenTheContact(t *testing.T) {
	a, e := openSample(t, "en")
	coverageMatrixOf(t, a, e)
	found := gaps.Of(e.plan, domain.Today())
	if len(found) == 0 {
		// make one: a key player no one covers
		c := e.plan.Contacts[0]
		c.Influence = 5
		for _, p := range e.plan.CoverageOf(c.ID) {
			if err := e.apply(domain.RemoveItem{Coll: domain.CollCoverage, ID: p.ID}); err != nil {
				t.Fatal(err)
			}
		}
		if err := e.apply(domain.ReplaceItem{Coll: domain.CollContacts, Value: c}); err != nil {
			t.Fatal(err)
		}
		e.refresh()
		found = gaps.Of(e.plan, domain.Today())
	}
	g := found[0]
	n := len(form.OpenDialogs(a.win))
	tapButton(t, e.pages.tabs, gapText(e.loc, g))
	if len(form.OpenDialogs(a.win)) != n+1 || !dialogShows(form.OpenDialogs(a.win)[n], g.Name) {
		t.Fatalf("tapping the gap %q did not open %s", gapText(e.loc, g), g.Name)
	}
}

// The page lists the first gaps and a button for the rest, so the matrix stays in sight; the
// button lists every gap, and each gap still opens its contact.
func TestCoverageListsTheFirstGapsThenAll(t *testing.T) {
	_, e := openSample(t, "en")
	for _, c := range e.plan.Contacts[2:5] { // three more people not met for a year
		c.LastContact = domain.Today().AddDays(-365)
		if err := e.apply(domain.ReplaceItem{Coll: domain.CollContacts, Value: c}); err != nil {
			t.Fatal(err)
		}
	}
	found := gaps.Of(e.plan, domain.Today())
	if len(found) <= gapsShown {
		t.Fatalf("the sample has %d gaps: too few to test", len(found))
	}
	page := drawPage(e, shell.PageCoverage)
	listed := func() int {
		n := 0
		walk(page, func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && b.Icon == theme.WarningIcon() {
				n++
			}
		})
		return n
	}
	if listed() != gapsShown {
		t.Fatalf("%d gaps listed before Show all", listed())
	}
	tapButton(t, page, e.tr("peoplemaps.gap.show_all", len(found)))
	if listed() != len(found) {
		t.Fatalf("%d of %d gaps after Show all", listed(), len(found))
	}
}
