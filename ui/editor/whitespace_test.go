package editor

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// spaceMapOf finds the white-space map of a page.
func spaceMapOf(t *testing.T, page fyne.CanvasObject) *picture.WhiteSpaceMap {
	t.Helper()
	return widgetOn[*picture.SpaceViewport](t, page, "white-space map").Map()
}

// tapPair taps the cell of a centre and an offering, found by name.
func tapPair(t *testing.T, e *Editor, m *picture.WhiteSpaceMap, centre, offering string) {
	t.Helper()
	for _, c := range m.Layout().Cells {
		n1, n2 := (&whiteSpace{e: e}).names(domain.SpaceCell{CentreID: c.CentreID, OfferingID: c.OfferingID})
		if n1 == centre && n2 == offering {
			p := c.Box.Center()
			test.TapAt(m, fyne.NewPos(float32(p.X), float32(p.Y)))
			return
		}
	}
	t.Fatalf("no cell %s × %s", centre, offering)
}

func undoByKeyboard(a *testApp) {
	a.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(&fyne.ShortcutUndo{})
}

func TestWhiteSpaceCellTapSetsStatusAndPotentialAndCtrlZUndoes(t *testing.T) {
	a, e := openSample(t, "en")
	a.win.Resize(fyne.NewSize(1366, 768))
	page := e.whiteSpacePage()
	m := spaceMapOf(t, page)
	const centre, offering = "Energía y descarbonización", "Plataforma IoT industrial"
	tapPair(t, e, m, centre, offering)
	fd := topDialog(t, a)
	fd.Form.Items[0].Widget.(*fyne.Container).Objects[0].(interface{ SetSelectedIndex(int) }).SetSelectedIndex(1) // In progress
	setEntry(t, fd.Form.Items[2].Widget, "120k")
	setEntry(t, fd.Form.Items[3].Widget, "1,5")
	if !fd.Save.Disabled() {
		t.Fatal("an English form with a decimal comma was accepted as revenue")
	}
	setEntry(t, fd.Form.Items[3].Widget, "20,000")
	test.Tap(fd.Save)
	if fd.IsOpen() || !e.Flush() {
		t.Fatalf("the cell was refused: %s", fd.General.Text)
	}
	cellOf := func(p *domain.Plan) domain.SpaceCell {
		for _, c := range p.WhiteSpace {
			if c.CentreID == p.Centres[4].ID && c.OfferingID == p.Wallet.Offerings[0].ID {
				return c
			}
		}
		return domain.SpaceCell{}
	}
	got := cellOf(storedPlan(t, a, e.plan.ID))
	if got.Status != domain.SpaceInProgress || got.Potential != 12000000 || got.Revenue != 2000000 {
		t.Fatalf("stored cell %+v", got)
	}
	if !strings.Contains(labelsTextOfMap(m), "In progress|20k / 120k") {
		t.Errorf("the map does not show the new cell: %s", labelsTextOfMap(m))
	}
	undoByKeyboard(a)
	if !e.Flush() || cellOf(storedPlan(t, a, e.plan.ID)).Status != domain.SpaceNotRelevant {
		t.Fatal("Ctrl+Z did not take the cell back")
	}
}

func labelsTextOfMap(m *picture.WhiteSpaceMap) string {
	var cells []string
	for _, b := range m.Layout().Cells {
		var ls []string
		for _, l := range b.Labels {
			ls = append(ls, l.Text)
		}
		cells = append(cells, strings.Join(ls, "|"))
	}
	return strings.Join(cells, "\n")
}

func TestWhiteSpaceNewCellHeldByACompetitor(t *testing.T) {
	a, e := openSample(t, "es")
	page := e.whiteSpacePage()
	m := spaceMapOf(t, page)
	tapPair(t, e, m, "I+D y calidad", "Plataforma IoT industrial") // not assessed yet
	fd := topDialog(t, a)
	sel := func(i int) interface{ SetSelectedIndex(int) } {
		return fd.Form.Items[i].Widget.(*fyne.Container).Objects[0].(interface{ SetSelectedIndex(int) })
	}
	sel(0).SetSelectedIndex(2) // Competidor
	sel(1).SetSelectedIndex(1) // the first competitor of the wallet
	setEntry(t, fd.Form.Items[2].Widget, "1,5 M€")
	test.Tap(fd.Save)
	if fd.IsOpen() || !e.Flush() {
		t.Fatalf("refused: %s", fd.General.Text)
	}
	p := storedPlan(t, a, e.plan.ID)
	c := p.SpaceCellAt(p.Centres[5].ID, p.Wallet.Offerings[0].ID)
	if c == nil || c.Status != domain.SpaceCompetitor || c.Competitor != p.Wallet.Competitors[0].ID || c.Potential != 150000000 {
		t.Fatalf("stored %+v", c)
	}
	if !strings.Contains(labelsText(page), "Las celdas de Plataforma IoT industrial no suman") {
		t.Errorf("the difference with the wallet is not warned: %s", labelsText(page))
	}
}

func TestWhiteSpaceAddMoveRenameDeleteCentre(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.whiteSpacePage()
	tapButton(t, page, "Add buying centre")
	fd := topDialog(t, a)
	setEntry(t, fd.Form.Items[0].Widget, "Planta de Avilés")
	test.Tap(fd.Save)
	if fd.IsOpen() || !e.Flush() {
		t.Fatalf("refused: %s", fd.General.Text)
	}
	p := storedPlan(t, a, e.plan.ID)
	last := p.Centres[len(p.Centres)-1]
	if last.Name != "Planta de Avilés" || len(p.Centres) != 7 {
		t.Fatalf("centres %+v", p.Centres)
	}
	w := &whiteSpace{e: e}
	menu := w.headerMenu(domain.CollCentres, last.ID)
	if item(menu, "Move down") == nil || !item(menu, "Move down").Disabled || item(menu, "Move up").Disabled {
		t.Fatal("the last centre can move up only")
	}
	item(menu, "Move up").Action()
	e.Flush()
	if p := storedPlan(t, a, e.plan.ID); p.Centres[5].ID != last.ID {
		t.Fatalf("move up: %+v", p.Centres)
	}
	w.nameDialog(domain.CollCentres, last.ID)
	fd = topDialog(t, a)
	setEntry(t, fd.Form.Items[0].Widget, "Mantenimiento central")
	test.Tap(fd.Save)
	if !fd.IsOpen() || fd.General.Text+fd.Msgs["name"].Text == "" {
		t.Fatal("a second centre with the same name was not refused in the dialog")
	}
	fd.Close()
	undoByKeyboard(a)
	undoByKeyboard(a)
	e.Flush()
	if p := storedPlan(t, a, e.plan.ID); len(p.Centres) != 6 {
		t.Fatalf("two undos leave %d centres", len(p.Centres))
	}
}

func item(m *fyne.Menu, label string) *fyne.MenuItem {
	for _, it := range m.Items {
		if it.Label == label {
			return it
		}
	}
	return nil
}

func TestWhiteSpaceRenameOfferingKeepsItsFigures(t *testing.T) {
	a, e := openSample(t, "en")
	w := &whiteSpace{e: e}
	o := e.plan.Wallet.Offerings[1]
	w.nameDialog(domain.CollOfferings, o.ID)
	fd := topDialog(t, a)
	setEntry(t, fd.Form.Items[0].Widget, "MES")
	test.Tap(fd.Save)
	e.Flush()
	got := storedPlan(t, a, e.plan.ID).Wallet.Offerings[1]
	if got.Name != "MES" || got.Potential != o.Potential || got.Revenue != o.Revenue {
		t.Fatalf("renamed offering %+v", got)
	}
	w.do(domain.RemoveItem{Coll: domain.CollOfferings, ID: o.ID})
	e.Flush()
	p := storedPlan(t, a, e.plan.ID)
	for _, c := range p.WhiteSpace {
		if c.OfferingID == o.ID {
			t.Fatal("deleting an offering left its cells")
		}
	}
}

func TestWhiteSpaceLargestOpenCellStartsAnObjective(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.whiteSpacePage()
	before := len(e.plan.Objectives)
	if !strings.Contains(labelsText(page), "Planta de Bilbao (laminación) × MES y operaciones de planta: 700,000 EUR open") {
		t.Fatalf("the largest open cell is not offered first: %s", labelsText(page))
	}
	tapButton(t, page, "New objective…") // the first: the largest open cell
	fd := topDialog(t, a)
	statement := fd.Form.Items[0].Widget.(*fyne.Container).Objects[0].(*form.Entry).Text
	if !strings.Contains(statement, "MES y operaciones de planta") || !strings.Contains(statement, "Planta de Bilbao") {
		t.Fatalf("statement not pre-filled: %q", statement)
	}
	test.Tap(fd.Save)
	if fd.IsOpen() || !e.Flush() {
		t.Fatalf("refused: %s", fd.General.Text)
	}
	p := storedPlan(t, a, e.plan.ID)
	o := p.Objectives[len(p.Objectives)-1]
	if len(p.Objectives) != before+1 || o.Target == nil || *o.Target != 350000 || o.Unit != "EUR" || o.Deadline != domain.NewDate(2027, 12, 31) {
		t.Fatalf("objective %+v (target %v)", o, o.Target)
	}
}

func TestWhiteSpaceEmptyPlanSaysWhatToDo(t *testing.T) {
	_, e := openSample(t, "en")
	e.plan.Centres, e.plan.WhiteSpace = nil, nil
	page := e.whiteSpacePage()
	if !strings.Contains(labelsText(page), "No buying centres or offerings yet") {
		t.Fatal("an empty map says nothing")
	}
	if m := spaceMapOf(t, page); len(m.Layout().Cells) != 0 {
		t.Fatal("cells without centres")
	}
}

// Pointing at a cell or a header says it in full: what the map had to cut is never lost.
func TestWhiteSpaceHoverSaysTheCellInFull(t *testing.T) {
	_, e := openSample(t, "en")
	page := e.whiteSpacePage()
	m := spaceMapOf(t, page)
	at := func(b chart.Rect) *desktop.MouseEvent {
		p := b.Center()
		return &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(p.X), float32(p.Y))}}
	}
	for _, c := range m.Layout().Cells {
		if c.Row == 0 && c.Col == 1 {
			m.MouseMoved(at(c.Box))
		}
	}
	want := "Planta de Bilbao (laminación) × MES y operaciones de planta — Competitor: Siemens Digital Industries — our revenue 0 of 700,000 EUR"
	if !strings.Contains(labelsText(page), want) {
		t.Errorf("hover on a cell does not say %q", want)
	}
	m.MouseMoved(at(m.Layout().Rows[3].Box))
	if !strings.Contains(labelsText(page), "\nSistemas corporativos (TI/OT)\n") {
		t.Error("hover on a centre does not name it")
	}
	m.MouseOut()
	if !strings.Contains(labelsText(page), "Point at a cell or a name") {
		t.Error("leaving the map does not bring the hint back")
	}
}

// From the keyboard: the arrows move over the cells (the line above says which), Enter opens it.
func TestWhiteSpaceMapByKeyboard(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.whiteSpacePage()
	a.win.SetContent(page)
	m := spaceMapOf(t, page)
	a.win.Canvas().Focus(m)
	for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeyDown} {
		m.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if !strings.Contains(labelsText(page), "Acería de Gijón × MES y operaciones de planta — In progress") {
		t.Fatalf("the cursor is not on Gijón × MES: %s", labelsText(page))
	}
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	fd := topDialog(t, a)
	if !fd.IsOpen() {
		t.Fatal("Enter did not open the cell")
	}
	if got := fd.Form.Items[0].Widget.(*fyne.Container).Objects[0].(interface{ SelectedIndex() int }).SelectedIndex(); got != 1 {
		t.Errorf("the dialog shows status %d, want In progress", got)
	}
	fd.Close()
	closeDialogs(a)
	a.win.Canvas().Focus(m)
	for range 3 { // onto the row header, and the edge stops the third
		m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	}
	if !strings.Contains(labelsText(page), "\nAcería de Gijón\n") {
		t.Fatalf("the cursor is not on Gijón's header: %s", labelsText(page))
	}
	m.TypedRune(' ')
	top := reflect.ValueOf(a.win.Canvas().Overlays().Top()) // Fyne wraps the menu in an internal overlay
	if top.Kind() != reflect.Pointer || !top.Elem().FieldByName("Content").IsValid() {
		t.Fatal("Space on a header opened nothing")
	}
	if _, ok := top.Elem().FieldByName("Content").Interface().(*widget.PopUpMenu); !ok {
		t.Fatal("Space on a header did not open its menu")
	}
}
