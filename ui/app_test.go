package ui

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

func TestNewAccountOpensItsPlan(t *testing.T) {
	a := newTestApp(t, "en")
	acc := &domain.Account{Name: "Talleres Ibéricos", Tier: domain.TierKey}
	if err := a.createAccount(acc, "FY2027"); err != nil {
		t.Fatal(err)
	}
	if a.editor == nil || a.editor.Account().Name != "Talleres Ibéricos" || a.status.Text != "Talleres Ibéricos — FY2027" {
		t.Fatalf("the new plan is not open: %q", a.status.Text)
	}
	if _, err := a.store.AccountByName(a.ctx, "talleres ibéricos"); err != nil {
		t.Fatal("not stored")
	}
	dup := &domain.Account{Name: "TALLERES IBÉRICOS", Tier: domain.TierKey}
	err := a.createAccount(dup, "FY2027")
	if err == nil || form.Message(a.loc, err) != "an account named TALLERES IBÉRICOS already exists" {
		t.Fatalf("duplicate name: %v", err)
	}
	bad := &domain.Account{Name: " ", Tier: domain.TierKey}
	if err := a.createAccount(bad, "FY2027"); err == nil || !strings.Contains(form.Message(a.loc, err), "account.name: is required") {
		t.Fatalf("empty name: %v", err)
	}
	es := newTestApp(t, "es")
	if err := es.createAccount(&domain.Account{Tier: domain.TierKey}, ""); !strings.Contains(form.Message(es.loc, err), "account.name: es obligatorio") {
		t.Fatalf("Spanish message: %v", form.Message(es.loc, err))
	}
}

func TestSettingsRefuseWeightsOffAHundred(t *testing.T) {
	a := newTestApp(t, "en")
	st, _ := a.store.Settings(a.ctx)
	f := &settingsForm{app: a, st: st}
	f.build()
	f.weights[0].SetText("30") // 25 → 30: 105 in all
	if f.total.Text != "Total weight: 105 (must be 100)" {
		t.Fatalf("total shows %q", f.total.Text)
	}
	f.company.SetText("Tecnologías del Norte")
	f.save()
	if got, _ := a.store.Settings(a.ctx); got.CompanyName != "" || got.Factors[0].Weight != 25 {
		t.Fatal("settings with weights of 105 were saved")
	}
	f.weights[1].SetText("15") // 20 → 15: 100 again
	f.uiLang.SetSelectedIndex(2)
	f.save()
	got, _ := a.store.Settings(a.ctx)
	if got.CompanyName != "Tecnologías del Norte" || got.Factors[0].Weight != 30 || got.Factors[0].Name != "Purchase volume" {
		t.Fatalf("settings not saved: %+v", got)
	}
	if a.loc.Lang() != "es" || a.win.MainMenu().Items[0].Label != "Archivo" || a.editor.SaveState() != "Todos los cambios guardados" {
		t.Fatalf("the interface did not switch to Spanish: %q", a.win.MainMenu().Items[0].Label)
	}
}

func TestSettingsScreenSpeaksBothLanguages(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		a := newTestApp(t, lang)
		st, _ := a.store.Settings(a.ctx)
		text := labelsText((&settingsForm{app: a, st: st}).build())
		if strings.Contains(text, "settings.") || strings.Contains(text, "factor.") {
			t.Errorf("%s: untranslated text:\n%s", lang, text)
		}
	}
}

func TestFirstStartOpensTheSamplePlanOnce(t *testing.T) {
	a := newTestApp(t, "en")
	if a.editor == nil || a.editor.Account().Name != sampleAccount {
		t.Fatal("the first start did not open the sample plan")
	}
	if len(a.win.Canvas().Overlays().List()) != 1 {
		t.Fatal("no hint shown")
	}
	again := New(a.fyne, a.store, "en")
	if len(again.win.Canvas().Overlays().List()) != 0 {
		t.Fatal("the hint came back on the second start")
	}
}

func TestNoDisplayIsAClearError(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	err := Run(t.TempDir() + "/k.db")
	if err == nil || !strings.Contains(err.Error(), "no display") {
		t.Fatalf("error %v", err)
	}
}

// Finding 6 of the editor-trust issue: an unreadable cut-off was saved as 5.5.
func TestSettingsRefuseAnUnreadableCutoff(t *testing.T) {
	for _, tt := range []struct{ lang, bad, good string }{{"en", "5,5", "6.5"}, {"es", "5.5", "6,5"}} {
		a := newTestApp(t, tt.lang)
		st, _ := a.store.Settings(a.ctx)
		f := &settingsForm{app: a, st: st}
		f.build()
		f.cutoff.SetText(tt.bad)
		if f.save() || f.problems.Text == "" {
			t.Fatalf("%s: cut-off %q accepted", tt.lang, tt.bad)
		}
		if got, _ := a.store.Settings(a.ctx); got.Cutoff != st.Cutoff {
			t.Fatalf("%s: cut-off stored as %v", tt.lang, got.Cutoff)
		}
		f.cutoff.SetText(tt.good)
		if !f.save() {
			t.Fatalf("%s: %s", tt.lang, f.problems.Text)
		}
		if got, _ := a.store.Settings(a.ctx); got.Cutoff != 6.5 {
			t.Fatalf("%s: cut-off stored as %v", tt.lang, got.Cutoff)
		}
	}
}

// Finding 3 of the editor-trust issue: the new-account dialog closed on a refused entry.
func TestNewAccountDialogKeepsARefusedEntry(t *testing.T) {
	a := newTestApp(t, "es")
	closeDialogs(a)
	fd := a.newAccountDialog()
	setEntry(t, fd.Form.Items[0].Widget, "aceros del norte, s.a.") // taken, whatever the case
	test.Tap(fd.Save)
	if !fd.IsOpen() || !strings.Contains(fd.General.Text+fd.Msgs["name"].Text, "Ya existe una cuenta") {
		t.Fatalf("a taken name: open %v, %q %q", fd.IsOpen(), fd.General.Text, fd.Msgs["name"].Text)
	}
	setEntry(t, fd.Form.Items[4].Widget, " ")
	if !fd.Save.Disabled() || fd.Msgs["period"].Text != "Obligatorio" {
		t.Fatalf("a blank period: %q", fd.Msgs["period"].Text)
	}
	setEntry(t, fd.Form.Items[0].Widget, "Talleres Ibéricos")
	setEntry(t, fd.Form.Items[4].Widget, "FY2027")
	fd.Submit() // Enter in a field
	if fd.IsOpen() || a.editor == nil || a.editor.Account().Name != "Talleres Ibéricos" {
		t.Fatal("the corrected account was not created and opened")
	}
}

func TestANewPlanIsWrittenInTheInterfaceLanguage(t *testing.T) {
	a := newTestApp(t, "en")
	if err := a.createAccount(&domain.Account{Name: "Talleres Ibéricos", Tier: domain.TierKey}, "FY2027"); err != nil {
		t.Fatal(err)
	}
	if got := storedPlan(t, a, a.editor.Plan().ID).Language; got != "en" {
		t.Fatalf("a new plan of an English interface is written in %q", got)
	}
	st, _ := a.store.Settings(a.ctx)
	st.DocLanguage = "es"
	if err := a.store.SaveSettings(a.ctx, &st); err != nil {
		t.Fatal(err)
	}
	if err := a.createAccount(&domain.Account{Name: "Forjas Navarras", Tier: domain.TierKey}, "FY2027"); err != nil {
		t.Fatal(err)
	}
	if got := storedPlan(t, a, a.editor.Plan().ID).Language; got != "es" {
		t.Fatalf("the language chosen in Settings was not used: %q", got)
	}
}

func TestDialogTitlesDropTheMenusEllipsis(t *testing.T) {
	a := newTestApp(t, "es")
	for _, k := range []string{"menu.new_account", "menu.export_pdf", "menu.backup", "menu.import_csv"} {
		if got := a.loc.Title(k); strings.HasSuffix(got, "…") || got == "" || !strings.HasPrefix(a.tr(k), got) {
			t.Errorf("%s: title %q", k, got)
		}
	}
}

// A company words the scale of a factor in Settings; the scoring page shows that wording,
// and an emptied field brings the standard anchors back.
func TestSettingsWordTheFactorAnchors(t *testing.T) {
	a := newTestApp(t, "es")
	st, _ := a.store.Settings(a.ctx)
	f := &settingsForm{app: a, st: st}
	f.build()
	if f.anchors[0].Text != "" || !strings.Contains(f.anchors[0].PlaceHolder, "8 =") {
		t.Fatalf("untouched anchors: text %q, placeholder %q", f.anchors[0].Text, f.anchors[0].PlaceHolder)
	}
	const ours = "2 = menos de 100 t/año · 5 = 1.000 t/año · 8 = más de 10.000 t/año 🏭"
	test.Type(f.anchors[0], ours)
	if !f.save() {
		t.Fatalf("not saved: %s", f.problems.Text)
	}
	got, _ := a.store.Settings(a.ctx)
	if got.Factors[0].Anchors != ours || got.Factors[1].Anchors != "" {
		t.Fatalf("stored anchors %q, %q", got.Factors[0].Anchors, got.Factors[1].Anchors)
	}
	openSampleIn(t, a)
	a.editor.ShowPage(shell.PagePortfolio) // the editor draws a page when it is shown
	shown := false
	walk(a.win.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == ours {
			shown = true
		}
	})
	if !shown {
		t.Fatal("the scoring page does not show the company's anchors")
	}
	f = &settingsForm{app: a, st: got}
	f.build()
	f.anchors[0].SetText("   ")
	f.save()
	if got, _ := a.store.Settings(a.ctx); got.Factors[0].Anchors != "" {
		t.Fatalf("a blank field stored %q", got.Factors[0].Anchors)
	}
}
