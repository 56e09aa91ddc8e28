package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// openPipeline opens the sample plan on the opportunities page with one opportunity in
// Qualify, and returns the opportunity's id.
func openPipeline(t *testing.T) (*testApp, *Editor, string) {
	t.Helper()
	a, e := openSample(t, "en")
	a.win.Resize(fyne.NewSize(1400, 900))
	d := domain.Deal{ID: domain.NewID(), Name: "Line 3 retrofit", Value: 120_000_00, Stage: "qualify", Probability: 10,
		ObjectiveIDs: []string{e.plan.Objectives[0].ID}}
	if err := e.Apply(domain.AddItem{Coll: domain.CollOpportunities, At: -1, Value: d}); err != nil {
		t.Fatal(err)
	}
	e.ShowPage(shell.PagePipeline)
	return a, e, d.ID
}

// storedDeal is the opportunity as the database holds it, after the editor saved.
func storedDeal(t *testing.T, a *testApp, e *Editor, id string) domain.Deal {
	t.Helper()
	if !e.Flush() {
		t.Fatal("the plan was not saved")
	}
	for _, d := range storedPlan(t, a, e.plan.ID).Opportunities {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no opportunity %s in the store", id)
	return domain.Deal{}
}

// cardOf is the board's card of the opportunity named name.
func cardOf(t *testing.T, a *testApp, name string) fyne.CanvasObject {
	t.Helper()
	var found fyne.CanvasObject
	for _, o := range test.LaidOutObjects(a.win.Content()) {
		_, drags := o.(fyne.Draggable)
		if _, keys := o.(fyne.Focusable); drags && keys && found == nil && hasLabel(o, name) {
			found = o
		}
	}
	if found == nil {
		t.Fatalf("no card %q on the board", name)
	}
	return found
}

func hasLabel(o fyne.CanvasObject, text string) bool {
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*widget.Label); ok && l.Text == text {
			return true
		}
	}
	return false
}

// columnX is where the board's column of a stage begins, in the window.
func columnX(t *testing.T, a *testApp, stage string) float32 {
	t.Helper()
	var x float32 = -1
	walk(a.win.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == stage && x < 0 {
			x = fyne.CurrentApp().Driver().AbsolutePositionForObject(l).X
		}
	})
	if x < 0 {
		t.Fatalf("no column %q", stage)
	}
	return x
}

// drag drags a card to the column of a stage, as a mouse does.
func drag(t *testing.T, a *testApp, name, stage string) {
	t.Helper()
	c := cardOf(t, a, name)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(c).Add(fyne.NewPos(10, 10))
	test.Drag(a.win.Canvas(), at, columnX(t, a, stage)+10-at.X, 0)
}

func TestDraggingACardToAnotherStageSavesItAndUndoPutsItBack(t *testing.T) {
	a, e, id := openPipeline(t)
	drag(t, a, "Line 3 retrofit", "Propose")
	if d := storedDeal(t, a, e, id); d.Stage != "propose" || d.Probability != 50 {
		t.Fatalf("stored after the drag: stage %q at %d %%, want propose at 50 %%", d.Stage, d.Probability)
	}
	a.undo()
	if d := storedDeal(t, a, e, id); d.Stage != "qualify" || d.Probability != 10 {
		t.Fatalf("stored after undo: stage %q at %d %%, want qualify at 10 %%", d.Stage, d.Probability)
	}
}

func TestArrowKeysMoveTheFocusedCardAStageAtATime(t *testing.T) {
	a, e, id := openPipeline(t)
	c := cardOf(t, a, "Line 3 retrofit").(fyne.Focusable)
	a.win.Canvas().Focus(c)
	a.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	a.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if d := storedDeal(t, a, e, id); d.Stage != "propose" {
		t.Fatalf("after → →: stage %q, want propose", d.Stage)
	}
	a.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if d := storedDeal(t, a, e, id); d.Stage != "develop" || d.Probability != 25 {
		t.Fatalf("after ←: stage %q at %d %%, want develop at 25 %%", d.Stage, d.Probability)
	}
}

func TestDroppingOnWonAsksWhyAndClosesTheOpportunity(t *testing.T) {
	a, e, id := openPipeline(t)
	drag(t, a, "Line 3 retrofit", "Won")
	if d := storedDeal(t, a, e, id); d.Stage != "qualify" {
		t.Fatalf("won before the reason was given: %q", d.Stage)
	}
	fd := topDialog(t, a)
	var reason *widget.Entry
	walk(fd.Body, func(o fyne.CanvasObject) {
		if en := form.EntryOf(o); en != nil && en.MultiLine && reason == nil {
			reason = en
		}
	})
	if reason == nil {
		t.Fatal("the dialog asks no reason")
	}
	reason.SetText("Best payback of the three bids")
	fd.Submit()
	d := storedDeal(t, a, e, id)
	if d.Stage != domain.StageWon || d.Probability != 100 || d.ClosedOn.IsZero() || d.Reason != "Best payback of the three bids" {
		t.Fatalf("stored: %+v", d)
	}
}

func TestAddingAnOpportunityFromThePage(t *testing.T) {
	a, e, _ := openPipeline(t)
	tapButton(t, a.win.Content(), a.tr("pipeline.add"))
	fd := topDialog(t, a)
	setEntry(t, fd.Body, "Predictive maintenance pilot")
	fd.Submit()
	if !e.Flush() {
		t.Fatal("not saved")
	}
	var got []string
	for _, d := range storedPlan(t, a, e.plan.ID).Opportunities {
		got = append(got, d.Name+"@"+d.Stage)
	}
	if !strings.Contains(strings.Join(got, ","), "Predictive maintenance pilot@qualify") {
		t.Fatalf("stored opportunities %v", got)
	}
}

func TestAddingAnOpportunityFromACellAndFromAnObjective(t *testing.T) {
	a, e := openSample(t, "en")
	cell := e.plan.WhiteSpace[0]
	objective := e.plan.Objectives[1].ID
	tests := []struct {
		name string
		open func()
		want func(d domain.Deal) bool
	}{
		{"Spares contract", func() {
			e.ShowPage(shell.PageWhiteSpace)
			pageOn[*whiteSpacePage](e, shell.PageWhiteSpace).cellDialog(cell.CentreID, cell.OfferingID)
		}, func(d domain.Deal) bool { return d.CentreID == cell.CentreID && d.OfferingID == cell.OfferingID }},
		{"Energy audit", func() { e.objectiveDialog(objective, nil) },
			func(d domain.Deal) bool { return len(d.ObjectiveIDs) == 1 && d.ObjectiveIDs[0] == objective }},
	}
	for _, tt := range tests {
		tt.open()
		answer(t, a, a.tr("pipeline.add_here"))
		fd := topDialog(t, a)
		setEntry(t, fd.Body, tt.name)
		fd.Submit()
		if !e.Flush() {
			t.Fatal("not saved")
		}
		found := false
		for _, d := range storedPlan(t, a, e.plan.ID).Opportunities {
			found = found || (d.Name == tt.name && tt.want(d))
		}
		if !found {
			t.Errorf("%s: not stored where it was added from", tt.name)
		}
	}
}

// The wallet shows the revenue won this period, and follows a win.
func TestWalletShowsRevenueWonThisPeriod(t *testing.T) {
	a, e := openSample(t, "en")
	e.ShowPage(shell.PageWallet)
	if got := labelsText(a.win.Content()); !strings.Contains(got, "Revenue won this period") || !strings.Contains(got, "€180,000") {
		t.Fatalf("wallet: %q", got)
	}
	d := e.plan.Opportunities[1] // 300 k€ in Negotiate
	d.Stage, d.Probability, d.ClosedOn, d.Reason = domain.StageWon, 100, domain.NewDate(2026, 12, 2), "Oferta final aceptada"
	if err := e.Apply(domain.ReplaceItem{Coll: domain.CollOpportunities, Value: d}); err != nil {
		t.Fatal(err)
	}
	e.refresh()
	if got := labelsText(a.win.Content()); !strings.Contains(got, "€480,000") {
		t.Fatalf("wallet after a win: %q", got)
	}
}
