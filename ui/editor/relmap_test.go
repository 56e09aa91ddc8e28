package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// relmapOf turns the editor to the relationship map and returns its widget.
func relmapOf(t *testing.T, a *testApp, e *Editor) *picture.RelationshipMap {
	t.Helper()
	a.win.Resize(fyne.NewSize(1366, 900))
	e.tabs.SelectIndex(0)
	e.subs[0].SelectIndex(5)
	m := widgetOn[*picture.RelationshipMap](t, e.tabs, "relationship map (page 5 of Knowledge)")
	m.FitToWindow() // every card in view, where a drag can reach it
	return m
}

// dragOnMap drags between two unit points of the map the way Fyne's desktop driver reports
// it: the event's position is where the pointer is, Dragged how far it went.
func dragOnMap(a *testApp, m *picture.RelationshipMap, from, to chart.Point) {
	s := m.View()
	f, t := s.Point(from), s.Point(to)
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(m)
	end := abs.Add(fyne.NewPos(float32(t.X), float32(t.Y)))
	test.Drag(a.win.Canvas(), end, float32(t.X-f.X), float32(t.Y-f.Y))
}

// contactNamed is the id of the sample's contact with that name.
func contactNamed(t *testing.T, p *domain.Plan, name string) string {
	t.Helper()
	for _, c := range p.Contacts {
		if c.Name == name {
			return c.ID
		}
	}
	t.Fatalf("no contact %q", name)
	return ""
}

func undo(a *testApp) {
	a.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(&fyne.ShortcutUndo{})
}

// Dragging a card onto another person makes them the boss, in the store; Ctrl+Z takes it back.
func TestRelationshipMapDragChangesBoss(t *testing.T) {
	a, e := openSample(t, "en")
	m := relmapOf(t, a, e)
	who, boss := contactNamed(t, e.plan, "Itziar Urrutia"), contactNamed(t, e.plan, "Ane Goikoetxea")
	was := e.plan.FindContact(who).ReportsTo
	from, _ := m.Layout().Card(who)
	to, _ := m.Layout().Card(boss)
	dragOnMap(a, m, from.Box.Center(), to.Box.Center())
	if !e.Flush() {
		t.Fatal("not saved")
	}
	if got := storedPlan(t, a, e.plan.ID).FindContact(who).ReportsTo; got != boss {
		t.Fatalf("stored boss %q, want %q", got, boss)
	}
	if k, _ := m.Layout().Card(who); k.Boss != boss {
		t.Errorf("the map still shows %s under %q", who, k.Boss)
	}
	undo(a)
	if !a.editor.Flush() {
		t.Fatal("undo not saved")
	}
	if got := storedPlan(t, a, e.plan.ID).FindContact(who).ReportsTo; got != was {
		t.Errorf("after Ctrl+Z the store says %q, want %q", got, was)
	}
}

// A boss dropped onto one of their reports is refused with a message; nothing changes.
func TestRelationshipMapRefusesACycle(t *testing.T) {
	a, e := openSample(t, "en")
	m := relmapOf(t, a, e)
	ceo, report := contactNamed(t, e.plan, "Íñigo Zubizarreta"), contactNamed(t, e.plan, "Mikel Etxeberria")
	n := len(e.undo)
	from, _ := m.Layout().Card(ceo)
	to, _ := m.Layout().Card(report)
	dragOnMap(a, m, from.Box.Center(), to.Box.Center())
	if len(e.undo) != n || e.plan.FindContact(ceo).ReportsTo != "" {
		t.Fatal("a reports-to cycle was applied")
	}
	if a.win.Canvas().Overlays().Top() == nil || !strings.Contains(a.status.Text, "cycle") {
		t.Errorf("no message about the refusal: status %q", a.status.Text)
	}
}

// Beside a sibling: same boss, placed just after it in the plan's order.
func TestRelationshipMapDropBesideReorders(t *testing.T) {
	a, e := openSample(t, "en")
	m := relmapOf(t, a, e)
	mikel, raul := contactNamed(t, e.plan, "Mikel Etxeberria"), contactNamed(t, e.plan, "Raúl Cienfuegos")
	from, _ := m.Layout().Card(mikel)
	to, _ := m.Layout().Card(raul)
	dragOnMap(a, m, from.Box.Center(), chart.Point{X: to.Box.Right() - 3, Y: to.Box.Center().Y})
	if !e.Flush() {
		t.Fatal("not saved")
	}
	var order []string
	for _, c := range storedPlan(t, a, e.plan.ID).Contacts {
		order = append(order, c.ID)
	}
	i, j := indexOf(order, mikel), indexOf(order, raul)
	if i != j+1 {
		t.Errorf("Mikel at %d, Raúl at %d: not just after", i, j)
	}
	if !rightOf(m, mikel, raul) {
		t.Error("the map does not show Mikel after Raúl")
	}
}

func rightOf(m *picture.RelationshipMap, a, b string) bool {
	x, _ := m.Layout().Card(a)
	y, _ := m.Layout().Card(b)
	return x.Box.Y > y.Box.Y || (x.Box.Y == y.Box.Y && x.Box.X > y.Box.X) // next in its row, or on the next row
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// Dragging from a card's handle onto another card adds "influences", stored.
func TestRelationshipMapHandleAddsInfluence(t *testing.T) {
	a, e := openSample(t, "en")
	m := relmapOf(t, a, e)
	from, to := contactNamed(t, e.plan, "Lucía Menéndez"), contactNamed(t, e.plan, "Íñigo Zubizarreta")
	src, _ := m.Layout().Card(from)
	dst, _ := m.Layout().Card(to)
	dragOnMap(a, m, src.Handle.Center(), dst.Box.Center())
	if !e.Flush() {
		t.Fatal("not saved")
	}
	found := false
	for _, l := range storedPlan(t, a, e.plan.ID).Links {
		found = found || (l.From == from && l.To == to && l.Kind == domain.LinkInfluences)
	}
	if !found {
		t.Error("no influences link stored")
	}
	if len(m.Layout().Links) != len(e.plan.Links) {
		t.Errorf("%d links drawn of %d", len(m.Layout().Links), len(e.plan.Links))
	}
}

// A tap on a card opens its contact; a tapped warning about a person opens that person.
func TestRelationshipMapTapOpensContact(t *testing.T) {
	a, e := openSample(t, "en")
	m := relmapOf(t, a, e)
	k := m.Layout().Cards[2]
	p := m.View().Point(k.Box.Center())
	test.TapAt(m, fyne.NewPos(float32(p.X), float32(p.Y)))
	if len(form.OpenDialogs(a.win)) != 1 || !dialogShows(form.OpenDialogs(a.win)[0], e.plan.FindContact(k.ContactID).Name) {
		t.Fatalf("tapping %s opened %d dialogs", k.ContactID, len(form.OpenDialogs(a.win)))
	}
	form.OpenDialogs(a.win)[0].Close()
	// a warning about a person
	e.plan.Contacts[0].Influence = 5
	e.plan.Coverage = nil
	e.refresh()
	var b *widget.Button
	walk(e.tabs, func(o fyne.CanvasObject) {
		if x, ok := o.(*widget.Button); ok && b == nil && strings.HasPrefix(x.Text, "⚠") && strings.Contains(x.Text, e.plan.Contacts[0].Name) {
			b = x
		}
	})
	if b == nil {
		t.Fatal("no warning button about the first contact")
	}
	test.Tap(b)
	if len(form.OpenDialogs(a.win)) != 1 || !dialogShows(form.OpenDialogs(a.win)[0], e.plan.Contacts[0].Name) {
		t.Errorf("the warning opened %d dialogs", len(form.OpenDialogs(a.win)))
	}
}

// Collapsing a branch shows "+N"; tapping it expands the branch again.
func TestRelationshipMapCollapseAndExpand(t *testing.T) {
	a, e := openSample(t, "en")
	m := relmapOf(t, a, e)
	coo := contactNamed(t, e.plan, "Ane Goikoetxea")
	m.SetCollapsed(coo, true)
	k, _ := m.Layout().Card(coo)
	if k.More == nil || m.Layout().Placed() != len(e.plan.Contacts) || len(m.Layout().Cards) >= len(e.plan.Contacts) {
		t.Fatalf("collapsed: %+v, %d cards", k.More, len(m.Layout().Cards))
	}
	p := m.View().Point(k.More.Box.Center())
	test.TapAt(m, fyne.NewPos(float32(p.X), float32(p.Y)))
	if len(m.Layout().Cards) != len(e.plan.Contacts) || m.Collapsed(coo) {
		t.Errorf("tapping +N left %d cards", len(m.Layout().Cards))
	}
	_ = a
}

// An undo draws the editor again: the map keeps its collapsed branches and its view.
func TestRelationshipMapKeepsItsViewOverAnUndo(t *testing.T) {
	a, e := openSample(t, "en")
	m := relmapOf(t, a, e)
	coo := contactNamed(t, e.plan, "Ane Goikoetxea")
	m.SetCollapsed(coo, true)
	m.ZoomIn()
	scale := m.View()
	who, boss := contactNamed(t, e.plan, "Itziar Urrutia"), contactNamed(t, e.plan, "Jon Arrieta")
	e.dropOnRelationshipMap(who, chart.OrgDrop{Kind: chart.OrgDropBoss, Target: boss})
	undo(a)
	var again *picture.RelationshipMap
	walk(a.editor.tabs, func(o fyne.CanvasObject) {
		if x, ok := o.(*picture.RelationshipMap); ok {
			again = x
		}
	})
	if again == nil || again == m {
		t.Fatal("the undo did not draw the map again")
	}
	if !again.Collapsed(coo) || again.View() != scale {
		t.Errorf("after the undo: collapsed %v, view %+v (was %+v)", again.Collapsed(coo), again.View(), scale)
	}
	if e.plan.FindContact(who).ReportsTo == boss {
		t.Error("the undo did not take the drop back")
	}
}

// A secondary tap on a card opens its menu; "Collapse reports" hides the branch, and
// "Influences…" asks for the other person and stores the link.
func TestRelationshipMapCardMenu(t *testing.T) {
	a, e := openSample(t, "en")
	m := relmapOf(t, a, e)
	coo := contactNamed(t, e.plan, "Ane Goikoetxea")
	menuItem := func(label string) {
		t.Helper()
		k, _ := m.Layout().Card(coo)
		p := m.View().Point(k.Box.Center())
		test.TapSecondaryAt(m, fyne.NewPos(float32(p.X), float32(p.Y)))
		top := a.win.Canvas().Overlays().Top()
		if top == nil {
			t.Fatal("no menu")
		}
		for _, o := range test.LaidOutObjects(top) {
			if tp, ok := o.(fyne.Tappable); ok && strings.Contains(labelsText(o)+textOf(o), label) {
				test.Tap(tp)
				return
			}
		}
		t.Fatalf("no menu item %q", label)
	}
	menuItem("Collapse reports")
	if k, _ := m.Layout().Card(coo); k.More == nil || !m.Collapsed(coo) {
		t.Fatal("Collapse reports did not collapse the branch")
	}
	menuItem("Influences")
	top := a.win.Canvas().Overlays().Top()
	var list *widget.List
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	}
	if list == nil {
		t.Fatal("Influences… asked for nobody")
	}
	list.Select(0) // Íñigo
	if !e.Flush() {
		t.Fatal("not saved")
	}
	found := false
	for _, l := range storedPlan(t, a, e.plan.ID).Links {
		found = found || (l.From == coo && l.To == e.plan.Contacts[0].ID && l.Kind == domain.LinkInfluences)
	}
	if !found {
		t.Error("the link chosen from the menu is not stored")
	}
}

// textOf is the text an object shows itself (a menu item's label is drawn by its renderer).
func textOf(o fyne.CanvasObject) string {
	var b strings.Builder
	if w, ok := o.(fyne.Widget); ok {
		for _, x := range test.WidgetRenderer(w).Objects() {
			if t, ok := x.(*canvas.Text); ok {
				b.WriteString(t.Text)
			}
			b.WriteString(textOf(x))
		}
	}
	return b.String()
}
