package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// fieldsLabelled lists the fields of a page a person knows by one label, in reading order.
func fieldsLabelled(o fyne.CanvasObject, label string) []*field {
	var out []*field
	for _, f := range fieldsOf(o) {
		if f.Label() == label {
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

func noDialogOpen(t *testing.T, a *testApp) {
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
	page := criteria{e}.view()
	weights := fieldsLabelled(page, "Weight %")
	crit := e.plan.Portfolio.Strength.Factors
	retype(weights[0], "30")
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Portfolio.Strength.Factors[0].Weight != 30 {
		t.Fatal("a weight that takes the total to 105 was not stored")
	}
	if !strings.Contains(labelsText(page), "Weights add up to 105") || e.saveState.Text != "All changes saved" {
		t.Fatalf("the total or the header is wrong: %s / %s", labelsText(page), e.saveState.Text)
	}
	retype(weights[0], "25")
	radiosOf(page)[1].SetSelected("7")
	if !e.Flush() {
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
	page := criteria{e}.view()
	n := len(e.plan.Portfolio.Strength.Factors)
	tapButton(t, page, "Add criterion")
	if !e.Flush() || len(storedPlan(t, a, e.plan.ID).Portfolio.Strength.Factors) != n+1 {
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
	if !e.Flush() {
		t.Fatalf("not saved: %s", e.saveState.Text)
	}
	stored := storedPlan(t, a, e.plan.ID).Portfolio.Strength
	if len(stored.Factors) != n || stored.WeightSum() == 100 {
		t.Fatalf("deleting a weighted criterion was not stored: %d criteria, weights %d", len(stored.Factors), stored.WeightSum())
	}
	if !strings.Contains(labelsText(page), "Weights add up to 75") {
		t.Fatalf("the total does not warn: %s", labelsText(page))
	}
	e.Undo()
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Portfolio.Strength.WeightSum() != 100 {
		t.Fatal("undo did not bring the criterion back")
	}
}

// writeElsewhere saves a change of the plan's risks through a second store on the same file, as
// the command line or another window would.
func writeElsewhere(t *testing.T, a *testApp, planID, risks string) {
	t.Helper()
	other, err := storage.OpenExisting(a.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	theirs, err := other.LoadPlan(a.ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	theirs.Risks = risks
	if err := other.SavePlan(a.ctx, theirs); err != nil {
		t.Fatal(err)
	}
}

// After "Keep on screen" the person is never trapped: the header offers Reload and lists the
// changes to copy, leaving asks to discard them (naming them), and Reload shows the other
// writer's plan, after which edits are stored again.
func TestAConflictAlwaysHasAWayOut(t *testing.T) {
	a, e := openSample(t, "en")
	e.ShowPage(shell.PageSignOff)
	screen := a.win.Content()
	writeElsewhere(t, a, e.plan.ID, "Escrito por la línea de órdenes")
	retype(fieldNamed(t, screen, "Risks (internal)"), "Escrito en la app")
	if e.Flush() {
		t.Fatal("a stale save succeeded")
	}
	answer(t, a, "Keep on screen")
	retype(fieldNamed(t, screen, "Team and resources"), "Dos ingenieros")
	if e.Flush() || !e.reloadButton.Visible() || !e.changesButt.Visible() || e.saveState.Text != "Not saved — changed elsewhere" {
		t.Fatalf("header %q: no way out shown", e.saveState.Text)
	}
	test.Tap(e.changesButt)
	if text := dialogText(t, a); !strings.Contains(text, "Risks (internal): “Escrito en la app”") || !strings.Contains(text, "Team and resources: “Dos ingenieros”") {
		t.Fatalf("the unsaved changes are not listed to copy:\n%s", text)
	}
	answer(t, a, "Close")
	for _, leave := range []func(){a.ShowHome, a.onClose} {
		leave()
		if text := dialogText(t, a); !strings.Contains(text, "Risks (internal)") || !strings.Contains(text, "Team and resources") {
			t.Fatalf("leaving does not name what would be lost:\n%s", text)
		}
		answer(t, a, "Stay")
		if a.editor != e {
			t.Fatal("staying left the plan")
		}
	}
	if got := storedPlan(t, a, e.plan.ID).Risks; got != "Escrito por la línea de órdenes" {
		t.Fatalf("the other writer's plan was overwritten: %q", got)
	}
	test.Tap(e.reloadButton)
	answer(t, a, "Discard and reload")
	if a.editor == e || a.editor.plan.Risks != "Escrito por la línea de órdenes" || a.editor.reloadButton.Visible() {
		t.Fatal("reload did not show the stored plan")
	}
	retype(fieldNamed(t, a.win.Content(), "Risks (internal)"), "Después de recargar")
	if !a.editor.Flush() || storedPlan(t, a, e.plan.ID).Risks != "Después de recargar" {
		t.Fatal("saving after the reload failed")
	}
}

// Reload (Edit → Reload plan) shows what another writer saved, on the same page, when nothing
// here is unsaved; "← Portfolio" after a conflict leaves once the person chose to discard.
func TestReloadAndLeavingAfterAConflict(t *testing.T) {
	a, e := openSample(t, "en")
	writeElsewhere(t, a, e.plan.ID, "Guardado por otro")
	e.ShowPage(shell.PageSignOff)
	e.Reload()
	if a.editor == e || a.editor.plan.Risks != "Guardado por otro" {
		t.Fatal("Reload plan did not show the saved plan")
	}
	if a.editor.Here() != shell.PageSignOff {
		t.Fatalf("reload turned to page %v", a.editor.Here())
	}
	e = a.editor
	writeElsewhere(t, a, e.plan.ID, "Otra vez")
	retype(fieldNamed(t, a.win.Content(), "Risks (internal)"), "Mío")
	e.Flush()
	answer(t, a, "Keep on screen")
	a.ShowHome()
	answer(t, a, "Discard and leave")
	if a.editor != nil || !a.home {
		t.Fatal("the portfolio was not shown after discarding")
	}
	if got := storedPlan(t, a, e.plan.ID).Risks; got != "Otra vez" {
		t.Fatalf("stored %q", got)
	}
}

// The status bar says only what is true now: a refusal is gone once the person moves on, and
// redo with nothing to redo says so (it said "Nothing to undo").
func TestStatusBarSaysOnlyWhatIsTrueNow(t *testing.T) {
	a, e := openSample(t, "en")
	drawEveryPage(e) // the risks, typed in below, are on a page of their own
	ready := a.tr("app.status.ready", a.store.Path())
	e.Redo()
	if a.status.Text != "Nothing to redo" {
		t.Fatalf("redo with nothing to redo: %q", a.status.Text)
	}
	e.Undo()
	if a.status.Text != "Nothing to undo" {
		t.Fatalf("undo with nothing to undo: %q", a.status.Text)
	}
	e.showError(domain.Errorf(domain.CodeInvalid, "err.cycle", "reports-to forms a cycle: %s", "A, B"))
	closeDialogs(a)
	if !strings.Contains(a.status.Text, "cycle") {
		t.Fatalf("the refusal is not in the status bar: %q", a.status.Text)
	}
	e.pages.subs[0].SelectIndex(1) // another page
	if a.status.Text != ready {
		t.Fatalf("a refusal stayed on another page: %q", a.status.Text)
	}
	e.showError(domain.Errorf(domain.CodeInvalid, "err.cycle", "reports-to forms a cycle: %s", "A, B"))
	closeDialogs(a)
	retype(fieldNamed(t, a.win.Content(), "Risks (internal)"), "Nuevo riesgo")
	if a.status.Text != ready {
		t.Fatalf("a refusal stayed after the next edit: %q", a.status.Text)
	}
}

// A reports-to cycle is explained under Reports to, scrolled into view, not at the foot of a
// long dialog where Save looked dead.
func TestACycleIsExplainedUnderReportsTo(t *testing.T) {
	a, e := openSample(t, "en")
	a.win.Resize(fyne.NewSize(1024, 420))
	boss := e.plan.Contacts[0] // Íñigo, the CEO, reports to nobody
	fd := e.contactDialog(boss.ID, form.BlankList())
	reports := selectFor(t, fd, "reports_to")
	reports.SetSelected(e.plan.Contacts[1].Name) // Begoña reports to Íñigo
	fd.Scroll.ScrollToBottom()                   // the person was writing the notes
	test.Tap(fd.Save)
	msg := fd.Msgs["reports_to"]
	if !fd.IsOpen() || !msg.Visible() || !strings.Contains(msg.Text, "cycle") || fd.General.Visible() {
		t.Fatalf("the cycle is not explained under Reports to: %q / general %q", msg.Text, fd.General.Text)
	}
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(msg).Y - d.AbsolutePositionForObject(fd.Body).Y
	if top < fd.Scroll.Offset.Y || top+msg.MinSize().Height > fd.Scroll.Offset.Y+fd.Scroll.Size().Height {
		t.Fatalf("the message at %v is out of view (offset %v, height %v)", top, fd.Scroll.Offset.Y, fd.Scroll.Size().Height)
	}
}

// selectFor is the choice a dialog shows for a field of the plan.
func selectFor(t *testing.T, fd *form.Dialog, key string) *widget.Select {
	t.Helper()
	for i, k := range fd.Order {
		if k != key {
			continue
		}
		return widgetOn[*widget.Select](t, fd.Form.Items[i].Widget, key)
	}
	t.Fatalf("no field %s in the dialog", key)
	return nil
}
