package editor

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// influenceMapOf turns the editor to the influence map and returns its widget.
func influenceMapOf(t *testing.T, a *testApp, e *Editor) *picture.InfluenceMap {
	t.Helper()
	a.win.Resize(fyne.NewSize(1366, 1100))
	e.tabs.SelectIndex(0)
	e.subs[0].SelectIndex(6)
	var m *picture.InfluenceMap
	walk(e.tabs, func(o fyne.CanvasObject) {
		if x, ok := o.(*picture.InfluenceMap); ok {
			m = x
		}
	})
	if m == nil {
		t.Fatal("no influence map on page 6 of Knowledge")
	}
	return m
}

// dragOnCanvas drags from one point of the map to another the way Fyne's desktop driver
// reports it: the event's position is where the pointer is, Dragged how far it went.
func dragOnCanvas(a *testApp, m *picture.InfluenceMap, from, to chart.Point) {
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(m)
	end := abs.Add(fyne.NewPos(float32(to.X), float32(to.Y)))
	test.Drag(a.win.Canvas(), end, float32(to.X-from.X), float32(to.Y-from.Y))
}

// Dragging a card to another cell changes exactly that contact's influence and attitude,
// in the store; Ctrl+Z takes it back.
func TestInfluenceMapDragSetsInfluenceAndAttitude(t *testing.T) {
	a, e := openSample(t, "en")
	m := influenceMapOf(t, a, e)
	before := storedPlan(t, a, e.plan.ID)
	var k chart.InfluenceCard
	for _, c := range m.Layout().Cells {
		if len(c.Cards) > 0 && c.Influence >= 3 {
			k = c.Cards[0]
			break
		}
	}
	if k.ContactID == "" {
		t.Fatal("the sample has no card of influence 3 or more")
	}
	target := m.Layout().Cell(1, -2)
	if k.Influence == 1 && k.Attitude == -2 {
		target = m.Layout().Cell(2, -1)
	}
	dragOnCanvas(a, m, k.Box.Center(), target.Box.Center())
	if !e.Flush() {
		t.Fatal("not saved")
	}
	after := storedPlan(t, a, e.plan.ID)
	for i, c := range after.Contacts {
		want := before.Contacts[i]
		if c.ID == k.ContactID {
			want.Influence, want.Attitude = target.Influence, target.Attitude
		}
		if !contactsEqual(c, want) {
			t.Errorf("contact %s stored as %+v, want %+v", c.Name, c, want)
		}
	}
	if len(after.Coverage) != len(before.Coverage) || len(after.Links) != len(before.Links) {
		t.Error("a drag changed coverage or links")
	}
	a.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(&fyne.ShortcutUndo{})
	if !a.editor.Flush() {
		t.Fatal("undo not saved")
	}
	if c := storedPlan(t, a, e.plan.ID).FindContact(k.ContactID); c.Influence != k.Influence || c.Attitude != k.Attitude {
		t.Errorf("after Ctrl+Z: influence %d attitude %d, want %d %d", c.Influence, c.Attitude, k.Influence, k.Attitude)
	}
}

func contactsEqual(a, b domain.Contact) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Title == b.Title && a.Influence == b.Influence && a.Attitude == b.Attitude &&
		a.RelNow == b.RelNow && a.RelTarget == b.RelTarget && a.ReportsTo == b.ReportsTo &&
		a.Frequency == b.Frequency && a.LastContact == b.LastContact && a.Notes == b.Notes && a.SellingRole == b.SellingRole &&
		len(a.BuyingRoles) == len(b.BuyingRoles)
}

// A drop on the card's own cell, or a drag that starts off any card, changes nothing.
func TestInfluenceMapDropOnOwnCellChangesNothing(t *testing.T) {
	a, e := openSample(t, "en")
	m := influenceMapOf(t, a, e)
	n := len(e.undo)
	k := firstCard(m)
	dragOnCanvas(a, m, k.Box.Center(), chart.Point{X: k.Box.X + 2, Y: k.Box.Y + 2})
	empty := m.Layout().Cell(1, -2)
	dragOnCanvas(a, m, chart.Point{X: empty.Box.Right() - 2, Y: empty.Box.Bottom() - 2}, m.Layout().Cell(5, 2).Box.Center())
	if len(e.undo) != n {
		t.Errorf("%d edits made", len(e.undo)-n)
	}
}

func firstCard(m *picture.InfluenceMap) chart.InfluenceCard {
	for _, c := range m.Layout().Cells {
		if len(c.Cards) > 0 {
			return c.Cards[0]
		}
	}
	return chart.InfluenceCard{}
}

// A tap on a card opens that contact; a tap on "+N" lists everyone in the cell.
func TestInfluenceMapTapOpensContactAndCrowdedCell(t *testing.T) {
	a, e := openSample(t, "en")
	m := influenceMapOf(t, a, e)
	k := firstCard(m)
	test.TapAt(m, fyne.NewPos(float32(k.Box.Center().X), float32(k.Box.Center().Y)))
	if len(form.OpenDialogs(a.win)) != 1 || !form.OpenDialogs(a.win)[0].IsOpen() {
		t.Fatalf("tapping %s opened %d dialogs", k.Name, len(form.OpenDialogs(a.win)))
	}
	if !dialogShows(form.OpenDialogs(a.win)[0], k.Name) {
		t.Errorf("the dialog does not show %q", k.Name)
	}
	form.OpenDialogs(a.win)[0].Close()
	closeDialogs(a)
	// crowd one cell of the plan past what fits
	for i := range e.plan.Contacts {
		e.plan.Contacts[i].Influence, e.plan.Contacts[i].Attitude = 4, 1
	}
	m.Refresh()
	cell := m.Layout().Cell(4, 1)
	if cell.More == nil {
		t.Fatalf("%d contacts in one cell and no +N", len(e.plan.Contacts))
	}
	c := cell.More.Box.Center()
	test.TapAt(m, fyne.NewPos(float32(c.X), float32(c.Y)))
	names := map[string]*widget.Button{}
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("tapping +N opened nothing")
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok {
			names[b.Text] = b
		}
	}
	for _, k := range e.plan.Contacts {
		text := k.Name
		if k.Title != "" {
			text += " — " + k.Title
		}
		if names[text] == nil {
			t.Errorf("the +N list lacks %q", text)
		}
	}
	// a name in the list opens that contact
	k0 := e.plan.Contacts[0]
	b := names[k0.Name+" — "+k0.Title]
	if b == nil {
		t.Fatal("no button for the first contact")
	}
	n := len(form.OpenDialogs(a.win))
	test.Tap(b)
	if len(form.OpenDialogs(a.win)) != n+1 || !dialogShows(form.OpenDialogs(a.win)[n], k0.Name) {
		t.Errorf("tapping %s in the list did not open the contact", k0.Name)
	}
}
