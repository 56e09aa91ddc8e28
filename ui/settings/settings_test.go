package settings

import (
	"kamplan/domain"
	"kamplan/ui/editor"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/shell"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestSettingsRefuseWeightsOffAHundred(t *testing.T) {
	a := uitest.NewShell(t, "en")
	st, _ := a.DB.Settings(a.Context())
	f := newForm(a, st)
	f.build()
	f.weights[0].SetText("30") // 25 → 30: 105 in all
	if f.total.Text != "Total weight: 105 (must be 100)" {
		t.Fatalf("total shows %q", f.total.Text)
	}
	f.company.SetText("Tecnologías del Norte")
	f.save()
	if got, _ := a.DB.Settings(a.Context()); got.CompanyName != "" || got.Factors[0].Weight != 25 {
		t.Fatal("settings with weights of 105 were saved")
	}
	f.weights[1].SetText("15") // 20 → 15: 100 again
	f.uiLang.SetSelectedIndex(2)
	f.save()
	got, _ := a.DB.Settings(a.Context())
	if got.CompanyName != "Tecnologías del Norte" || got.Factors[0].Weight != 30 || got.Factors[0].Name != "Purchase volume" {
		t.Fatalf("settings not saved: %+v", got)
	}
	if f.chosen != "es" {
		t.Fatalf("the app was told of the language %q", f.chosen)
	}
}

func TestSettingsScreenSpeaksBothLanguages(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		a := uitest.NewShell(t, lang)
		st, _ := a.DB.Settings(a.Context())
		text := uitest.LabelsText((newForm(a, st)).build())
		if strings.Contains(text, "settings.") || strings.Contains(text, "factor.") {
			t.Errorf("%s: untranslated text:\n%s", lang, text)
		}
	}
}

// Finding 6 of the editor-trust issue: an unreadable cut-off was saved as 5.5.
func TestSettingsRefuseAnUnreadableCutoff(t *testing.T) {
	for _, tt := range []struct{ lang, bad, good string }{{"en", "5,5", "6.5"}, {"es", "5.5", "6,5"}} {
		a := uitest.NewShell(t, tt.lang)
		st, _ := a.DB.Settings(a.Context())
		f := newForm(a, st)
		f.build()
		f.cutoff.SetText(tt.bad)
		if f.save() || f.problems.Text == "" {
			t.Fatalf("%s: cut-off %q accepted", tt.lang, tt.bad)
		}
		if got, _ := a.DB.Settings(a.Context()); got.Cutoff != st.Cutoff {
			t.Fatalf("%s: cut-off stored as %v", tt.lang, got.Cutoff)
		}
		f.cutoff.SetText(tt.good)
		if !f.save() {
			t.Fatalf("%s: %s", tt.lang, f.problems.Text)
		}
		if got, _ := a.DB.Settings(a.Context()); got.Cutoff != 6.5 {
			t.Fatalf("%s: cut-off stored as %v", tt.lang, got.Cutoff)
		}
	}
}

// A company words the scale of a factor in Settings; the scoring page shows that wording,
// and an emptied field brings the standard anchors back.
func TestSettingsWordTheFactorAnchors(t *testing.T) {
	a := uitest.NewShell(t, "es")
	st, _ := a.DB.Settings(a.Context())
	f := newForm(a, st)
	f.build()
	if f.anchors[0].Text != "" || !strings.Contains(f.anchors[0].PlaceHolder, "8 =") {
		t.Fatalf("untouched anchors: text %q, placeholder %q", f.anchors[0].Text, f.anchors[0].PlaceHolder)
	}
	const ours = "2 = menos de 100 t/año · 5 = 1.000 t/año · 8 = más de 10.000 t/año 🏭"
	test.Type(f.anchors[0], ours)
	if !f.save() {
		t.Fatalf("not saved: %s", f.problems.Text)
	}
	got, _ := a.DB.Settings(a.Context())
	if got.Factors[0].Anchors != ours || got.Factors[1].Anchors != "" {
		t.Fatalf("stored anchors %q, %q", got.Factors[0].Anchors, got.Factors[1].Anchors)
	}
	acc, _ := a.DB.AccountByName(a.Context(), "Aceros del Norte, S.A.")
	rows, _ := a.DB.Portfolio(a.Context())
	var planID string
	for _, r := range domain.LatestPlans(rows) {
		if r.AccountID == acc.ID {
			planID = r.PlanID
		}
	}
	p, _ := a.DB.LoadPlan(a.Context(), planID)
	shown := false
	ed := editor.New(a, acc, p)
	view := ed.View()
	ed.ShowPage(shell.PagePortfolio) // the editor draws a page when it is first shown
	uitest.Walk(view, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == ours {
			shown = true
		}
	})
	if !shown {
		t.Fatal("the scoring page does not show the company's anchors")
	}
	f = newForm(a, got)
	f.build()
	f.anchors[0].SetText("   ")
	f.save()
	if got, _ := a.DB.Settings(a.Context()); got.Factors[0].Anchors != "" {
		t.Fatalf("a blank field stored %q", got.Factors[0].Anchors)
	}
}

// testForm is the settings form with what it told the app.
type testForm struct {
	*settingsForm
	chosen string // the interface language last saved
}

func newForm(a *uitest.Shell, st domain.Settings) *testForm {
	f := &testForm{}
	f.settingsForm = &settingsForm{sh: a, loc: a.Loc, st: st, changed: func(pref string) { f.chosen = pref }, backup: func() {}}
	return f
}

// The document's look is chosen among the themes, named in the person's language; the
// choice is stored, and a database that never chose shows the default, modern look.
func TestSettingsChooseTheDocumentTheme(t *testing.T) {
	for _, c := range []struct{ lang, classic string }{{"en", "Classic (serif headings)"}, {"es", "Clásico (títulos con serifa)"}} {
		a := uitest.NewShell(t, c.lang)
		st, _ := a.DB.Settings(a.Context())
		f := newForm(a, st)
		f.build()
		if f.docTheme.SelectedIndex() != 0 || st.DocTheme != "" {
			t.Fatalf("%s: a new database shows theme %d", c.lang, f.docTheme.SelectedIndex())
		}
		f.docTheme.SetSelected(c.classic)
		if !f.save() {
			t.Fatalf("%s: %s", c.lang, f.problems.Text)
		}
		if got, _ := a.DB.Settings(a.Context()); got.DocTheme != "classic" {
			t.Fatalf("%s: stored theme %q", c.lang, got.DocTheme)
		}
		f = newForm(a, func() domain.Settings { s, _ := a.DB.Settings(a.Context()); return s }())
		f.build()
		if f.docTheme.Selected != c.classic {
			t.Fatalf("%s: the saved theme shows as %q", c.lang, f.docTheme.Selected)
		}
	}
}
