package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// fieldsLabelled lists the fields of a page a person knows by one label, in reading order.
func fieldsLabelled(o fyne.CanvasObject, label string) []*field {
	var out []*field
	for _, f := range fieldsOf(o) {
		if f.spec.label == label {
			out = append(out, f)
		}
	}
	return out
}

func radiosOf(o fyne.CanvasObject) []*widget.RadioGroup {
	var out []*widget.RadioGroup
	walk(o, func(c fyne.CanvasObject) {
		if r, ok := c.(*widget.RadioGroup); ok {
			out = append(out, r)
		}
	})
	return out
}

func noDialogOpen(t *testing.T, a *App) {
	t.Helper()
	if top := a.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a dialog is open: %s", labelsText(top))
	}
}

// Each weight is stored as it is typed, the total warns until the weights reach 100, and a
// score chosen after a weight was typed back is stored (the page once edited a draft of the
// axis, so every later score was refused while the header said saved).
func TestEveryScoringValueIsStoredAsTyped(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.criteriaEditor()
	weights := fieldsLabelled(page, "Weight %")
	crit := e.plan.Portfolio.Strength.Factors
	retype(weights[0], "30")
	if !e.flush() || storedPlan(t, a, e.plan.ID).Portfolio.Strength.Factors[0].Weight != 30 {
		t.Fatal("a weight that takes the total to 105 was not stored")
	}
	if !strings.Contains(labelsText(page), "Weights add up to 105") || e.saveState.Text != "All changes saved" {
		t.Fatalf("the total or the header is wrong: %s / %s", labelsText(page), e.saveState.Text)
	}
	retype(weights[0], "25")
	radiosOf(page)[1].SetSelected("7")
	if !e.flush() {
		t.Fatalf("not saved: %s", e.saveState.Text)
	}
	stored := storedPlan(t, a, e.plan.ID).Portfolio.Strength
	if stored.Factors[0].Weight != 25 || stored.Scores[crit[1].ID] != 7 {
		t.Fatalf("stored weight %d, score of %s %d", stored.Factors[0].Weight, crit[1].Name, stored.Scores[crit[1].ID])
	}
	noDialogOpen(t, a)
	if e.saveState.Text != "All changes saved" || !strings.Contains(labelsText(page), "Weights add up to 100") {
		t.Fatalf("header %s", e.saveState.Text)
	}
}

// Adding and deleting a criterion are stored at once; the total says the weights are off.
func TestCriteriaAddAndDeleteAreStored(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.criteriaEditor()
	n := len(e.plan.Portfolio.Strength.Factors)
	tapButton(t, page, "Add criterion")
	if !e.flush() || len(storedPlan(t, a, e.plan.ID).Portfolio.Strength.Factors) != n+1 {
		t.Fatal("a criterion of weight 0 was not added")
	}
	var del *widget.Button
	walk(page, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == "foreground_delete.svg" && del == nil {
			del = b
		}
	})
	test.Tap(del)
	answer(t, a, "Yes")
	noDialogOpen(t, a)
	if !e.flush() {
		t.Fatalf("not saved: %s", e.saveState.Text)
	}
	stored := storedPlan(t, a, e.plan.ID).Portfolio.Strength
	if len(stored.Factors) != n || stored.WeightSum() == 100 {
		t.Fatalf("deleting a weighted criterion was not stored: %d criteria, weights %d", len(stored.Factors), stored.WeightSum())
	}
	if !strings.Contains(labelsText(page), "Weights add up to 75") {
		t.Fatalf("the total does not warn: %s", labelsText(page))
	}
	e.undoLast()
	if !e.flush() || storedPlan(t, a, e.plan.ID).Portfolio.Strength.WeightSum() != 100 {
		t.Fatal("undo did not bring the criterion back")
	}
}
