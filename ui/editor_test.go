package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// openSample opens the main sample plan in the editor.
func openSample(t *testing.T, lang string) (*App, *editor) {
	t.Helper()
	a := newTestApp(t, lang)
	acc, err := a.store.AccountByName(a.ctx, "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range a.home.all {
		if r.AccountID == acc.ID {
			a.openPlan(r.AccountID, r.PlanID)
		}
	}
	if a.editor == nil {
		t.Fatal("the plan did not open")
	}
	return a, a.editor
}

// walk visits every object of a tree, entering containers, scrolls, forms and tabs.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, visit)
		}
	case *container.Scroll:
		walk(x.Content, visit)
	case *container.AppTabs:
		for _, it := range x.Items {
			walk(it.Content, visit)
		}
	case *widget.Form:
		for _, it := range x.Items {
			walk(it.Widget, visit)
		}
	}
}

func allEntries(o fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	walk(o, func(c fyne.CanvasObject) {
		if e, ok := c.(*widget.Entry); ok {
			out = append(out, e)
		}
	})
	return out
}

func labelsText(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(c fyne.CanvasObject) {
		switch x := c.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Button:
			b.WriteString(x.Text + "\n")
		case *widget.Select:
			b.WriteString(x.Selected + "\n" + strings.Join(x.Options, "\n") + "\n")
		}
	})
	return b.String()
}

func storedPlan(t *testing.T, a *App, id string) *domain.Plan {
	t.Helper()
	p, err := a.store.LoadPlan(a.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWalletEditsAreValidatedLiveAndSaved(t *testing.T) {
	a, e := openSample(t, "es")
	page := e.walletPage()
	fields := allEntries(page)
	potential, revenue := fields[0], fields[1]
	if potential.Text != "4.800.000" {
		t.Fatalf("potential shows %q", potential.Text)
	}
	test.Type(revenue, "x") // "1.100.000x": not an amount
	if revenue.Validate() == nil || e.plan.Wallet.Revenue != 110000000 {
		t.Fatal("an invalid amount was accepted")
	}
	revenue.SetText("2.400.000")
	if e.plan.Wallet.Revenue != 240000000 {
		t.Fatalf("revenue %d", e.plan.Wallet.Revenue)
	}
	if !strings.Contains(labelsText(page), "cuota de cliente 50,0 %") {
		t.Fatalf("share of wallet not updated live:\n%s", labelsText(page))
	}
	if storedPlan(t, a, e.plan.ID).Wallet.Revenue != 110000000 {
		t.Fatal("saved before the pause in typing")
	}
	if !e.flush() || storedPlan(t, a, e.plan.ID).Wallet.Revenue != 240000000 {
		t.Fatal("the edit was not saved")
	}
}

func TestTypingASWOTStrengthSavesIt(t *testing.T) {
	a, e := openSample(t, "en")
	w := e.plan.SWOTOf(domain.SubjectClient, "")
	n := len(w.Items)
	q := e.quadrantEditor(w, domain.Strength)
	var add *widget.Button
	walk(q, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Add" {
			add = b
		}
	})
	test.Tap(add)
	fields := allEntries(q)
	newText := fields[len(fields)-2] // the new item's text, above its evidence
	test.Type(newText, "Grupo con caja para invertir en 2027")
	if !e.flush() {
		t.Fatal(a.status.Text)
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
	w.Items = append(w.Items, domain.SWOTItem{ID: "new", Quadrant: domain.Threat, Impact: 3})
	e.plan.Context = "Changed"
	e.changed()
	if !e.flush() || storedPlan(t, a, e.plan.ID).Context != "Changed" || len(storedPlan(t, a, e.plan.ID).SWOTOf(domain.SubjectUs, "").Items) != n {
		t.Fatal("an untyped item blocked the save or was stored")
	}
}

func TestStakeholderCycleIsRefused(t *testing.T) {
	_, e := openSample(t, "en")
	boss := e.plan.Contacts[0] // Íñigo, the CEO, reports to nobody
	c := boss
	c.ReportsTo = e.plan.Contacts[1].ID // Begoña reports to Íñigo
	if err := putItem(e, &e.plan.Contacts, 0, c); err == nil || !strings.Contains(e.app.message(err), "cycle") {
		t.Fatalf("cycle accepted: %v", err)
	}
	if e.plan.Contacts[0].ReportsTo != "" || e.planDirty {
		t.Fatal("a refused contact changed the plan")
	}
	c = boss
	c.Influence = 4
	if err := putItem(e, &e.plan.Contacts, 0, c); err != nil || e.plan.Contacts[0].Influence != 4 {
		t.Fatalf("a valid edit was refused: %v", err)
	}
}

func TestStrengthWeightsMustReach100(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.criteriaEditor()
	weight := allEntries(page)[1] // name, weight, name, weight…
	weight.SetText("30")          // 25 → 30: the weights add up to 105
	if !strings.Contains(labelsText(page), "weights add up to 105; they must add up to 100") || e.planDirty {
		t.Fatalf("weights 105 accepted:\n%s", labelsText(page))
	}
	allEntries(page)[3].SetText("15") // 20 → 15: back to 100
	if !e.planDirty || !e.flush() {
		t.Fatal("weights of 100 were not saved")
	}
	if got := storedPlan(t, a, e.plan.ID).Portfolio.Strength.Factors[0].Weight; got != 30 {
		t.Fatalf("stored weight %d", got)
	}
}

func TestSmartCheckShownLive(t *testing.T) {
	_, e := openSample(t, "en")
	o := e.plan.Objectives[5] // no deadline in the sample
	if got := e.smartSummary(o); got != "SMAR·" {
		t.Fatalf("summary %q", got)
	}
	o.Deadline = domain.NewDate(2027, 9, 30)
	if got := e.smartSummary(o); got != "✓ SMART" {
		t.Fatalf("summary %q", got)
	}
}

// Every page of the editor shows catalogue text only, in both languages.
func TestEditorHasNoMissingTranslation(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		_, e := openSample(t, lang)
		text := labelsText(e.build())
		for _, prefix := range []string{"editor.", "field.", "menu.", "status.", "stage.", "err.", "quadrant."} {
			if strings.Contains(text, prefix) {
				t.Errorf("%s: an untranslated key is shown (%s…):\n%s", lang, prefix, text)
				break
			}
		}
	}
}
