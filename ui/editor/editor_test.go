package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/shell"
)

// fieldsOf lists the plan fields inside an object, in reading order.
func fieldsOf(o fyne.CanvasObject) []*field {
	var out []*field
	walk(o, func(c fyne.CanvasObject) {
		if f, ok := c.(*field); ok {
			out = append(out, f)
		}
	})
	return out
}

// fieldNamed finds the field a person knows by label.
func fieldNamed(t *testing.T, o fyne.CanvasObject, label string) *field {
	t.Helper()
	for _, f := range fieldsOf(o) {
		if f.Label() == label {
			return f
		}
	}
	t.Fatalf("no field %q", label)
	return nil
}

// retype replaces a field's text the way a person does: select all, type, leave the field.
func retype(f *field, text string) {
	f.SetText("")
	test.Type(f, text)
	f.FocusLost()
}

func TestWalletEditsAreValidatedLiveAndSaved(t *testing.T) {
	a, e := openSample(t, "es")
	page := drawPage(e, shell.PageWallet)
	potential := fieldNamed(t, page, "Potencial de compra total")
	revenue := fieldNamed(t, page, "Nuestras ventas")
	if potential.Text != "4.800.000" {
		t.Fatalf("potential shows %q", potential.Text)
	}
	test.Type(revenue, "x") // "1.100.000x": not an amount
	if !revenue.Msg.Visible() || e.plan.Wallet.Revenue != 110000000 {
		t.Fatal("an invalid amount was accepted")
	}
	retype(revenue, "1.600.000")
	if e.plan.Wallet.Revenue != 160000000 {
		t.Fatalf("revenue %d", e.plan.Wallet.Revenue)
	}
	if text := labelsText(page); !strings.Contains(text, "Cuota de cliente: 33,3 %") || !strings.Contains(text, "(potencial aún no nuestro): 3.200.000 EUR") {
		t.Fatalf("share of wallet not updated live:\n%s", labelsText(page))
	}
	if storedPlan(t, a, e.plan.ID).Wallet.Revenue != 110000000 {
		t.Fatal("saved before the pause in typing")
	}
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Wallet.Revenue != 160000000 {
		t.Fatal("the edit was not saved")
	}
}

func TestTypingASWOTStrengthSavesIt(t *testing.T) {
	a, e := openSample(t, "en")
	w := e.plan.SWOTOf(domain.SubjectClient, "")
	n := len(w.Items)
	q := (&swotPage{e: e}).quadrant(w.ID, domain.Strength)
	tapButton(t, q, "Add")
	fields := fieldsOf(q)
	newText := fields[len(fields)-2] // the new item's text, above its evidence
	test.Type(newText, "Grupo con caja para invertir en 2027")
	if !e.Flush() {
		t.Fatal(e.saveState.Text)
	}
	stored := storedPlan(t, a, e.plan.ID).SWOTOf(domain.SubjectClient, "")
	if len(stored.Items) != n+1 || stored.Items[n].Text != "Grupo con caja para invertir en 2027" || stored.Items[n].Quadrant != domain.Strength {
		t.Fatalf("stored items: %+v", stored.Items[n-1:])
	}
}

func TestEmptySWOTItemDoesNotBlockSaving(t *testing.T) {
	a, e := openSample(t, "en")
	w := e.plan.SWOTOf(domain.SubjectUs, "")
	n := len(w.Items)
	q := (&swotPage{e: e}).quadrant(w.ID, domain.Threat)
	tapButton(t, q, "Add")
	context := fieldNamed(t, drawPage(e, shell.PageProfile), "Client industry and operations")
	retype(context, "Changed")
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Context != "Changed" || len(storedPlan(t, a, e.plan.ID).SWOTOf(domain.SubjectUs, "").Items) != n {
		t.Fatal("an untyped item blocked the save or was stored")
	}
	if e.saveState.Text != "All changes saved" {
		t.Fatalf("header: %s", e.saveState.Text)
	}
}

func TestStakeholderCycleIsRefused(t *testing.T) {
	a, e := openSample(t, "en")
	boss := e.plan.Contacts[0] // Íñigo, the CEO, reports to nobody
	fd := e.contactDialog(boss.ID, widget.NewList(func() int { return 0 }, func() fyne.CanvasObject { return widget.NewLabel("") }, func(widget.ListItemID, fyne.CanvasObject) {}))
	var reports *widget.Select
	walk(fd.Form, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && reports == nil && len(s.Options) == len(e.plan.Contacts) {
			reports = s
		}
	})
	reports.SetSelected(e.plan.Contacts[1].Name) // Begoña reports to Íñigo
	test.Tap(fd.Save)
	if !fd.IsOpen() || !strings.Contains(fd.General.Text+fd.Msgs["reports_to"].Text, "cycle") {
		t.Fatalf("cycle accepted or not explained: %q", fd.General.Text)
	}
	if e.plan.Contacts[0].ReportsTo != "" || e.planDirty {
		t.Fatal("a refused contact changed the plan")
	}
	reports.SetSelectedIndex(0)
	test.Tap(fd.Save)
	if fd.IsOpen() || !e.Flush() || storedPlan(t, a, e.plan.ID).Contacts[0].ReportsTo != "" {
		t.Fatal("a valid contact was not saved")
	}
}

func TestSmartCheckShownLive(t *testing.T) {
	_, e := openSample(t, "en")
	o := e.plan.Objectives[5]
	o.Deadline = domain.Date{} // without a deadline: not time-bound
	if got := smartSummary(e.plan, o); got != "✗ T  (S✓ M✓ A✓ R✓ T✗)" {
		t.Fatalf("summary %q", got)
	}
	o.Deadline = domain.NewDate(2027, 9, 30)
	if got := smartSummary(e.plan, o); got != "✓ SMART" {
		t.Fatalf("summary %q", got)
	}
}

// Every page of the editor shows catalogue text only, in both languages.
func TestEditorHasNoMissingTranslation(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		a, e := openSample(t, lang)
		view := e.View()
		a.Show(view)
		drawEveryPage(e)
		text := labelsText(view)
		for _, prefix := range []string{"editor.", "field.", "menu.", "status.", "stage.", "err.", "quadrant."} {
			if strings.Contains(text, prefix) {
				t.Errorf("%s: an untranslated key is shown (%s…):\n%s", lang, prefix, text)
				break
			}
		}
	}
}
