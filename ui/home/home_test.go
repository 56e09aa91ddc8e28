package home

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/picture"
)

// testApp is a window of the app showing the portfolio, for the home's tests (see
// uitest.Shell): asked for the portfolio, it draws it again as the app does.
type testApp struct {
	*uitest.Shell
	home  *Home
	win   fyne.Window
	store *storage.Store
	ctx   context.Context
}

func newTestApp(t *testing.T, lang string) *testApp {
	t.Helper()
	s := uitest.NewShell(t, lang)
	a := &testApp{Shell: s, win: s.Win, store: s.DB, ctx: s.Context()}
	s.OnShowHome = func() {
		a.home = New(s, Actions{NewAccount: func() {}, OpenPlanFile: func() {}})
		s.Show(a.home.View())
		a.home.Reload()
	}
	s.OnShowHome()
	return a
}

func (a *testApp) tr(key string, args ...any) string { return a.Loc.T(key, args...) }

// opened is the plan the portfolio last opened, or fails the test.
func opened(t *testing.T, a *testApp) uitest.Opening {
	t.Helper()
	if len(a.Opened) == 0 {
		t.Fatal("no plan was opened")
	}
	return a.Opened[len(a.Opened)-1]
}

func closeDialogs(a *testApp) { uitest.CloseDialogs(a.win) }

var walk = uitest.Walk

func TestHomeListsAndFiltersAccounts(t *testing.T) {
	a := newTestApp(t, "en")
	h := a.home
	if len(h.shown) != 7 || h.count.Text != "7 of 7 accounts" {
		t.Fatalf("home shows %d accounts: %q", len(h.shown), h.count.Text)
	}
	test.Type(h.search, "acero")
	if len(h.shown) != 1 || h.shown[0].AccountName != "Aceros del Norte, S.A." || h.count.Text != "1 of 7 accounts" {
		t.Fatalf("search shows %v", h.shown)
	}
	h.search.SetText("")
	h.tier.SetSelected("Strategic account")
	if len(h.shown) != 3 {
		t.Fatalf("strategic filter shows %d", len(h.shown))
	}
	for _, r := range h.shown {
		if r.Tier != "strategic" {
			t.Fatalf("%s is not strategic", r.AccountName)
		}
	}
}

func TestHomeShowsThePlanAtAGlance(t *testing.T) {
	a := newTestApp(t, "es")
	h := a.home
	h.list.Select(0)
	if h.open.Disabled() {
		t.Fatal("the open button stays disabled after selecting an account")
	}
	text := detailText(h)
	for _, want := range []string{"Aceros del Norte, S.A. · FY2027", "Posición: Estratégico",
		"Etapa: Cooperativa → Interdependiente", "Cuota de cliente: 22,9 %", "Indicadores: 7 0 1", "12 contactos"} {
		if !strings.Contains(text, want) {
			t.Errorf("detail lacks %q:\n%s", want, text)
		}
	}
	if !strings.Contains(h.overview.Text, "Estratégico 3") {
		t.Errorf("quadrant counts: %s", h.overview.Text)
	}
}

// detailText is the home's panel of the selected account as text: its title, then a line
// per picture.Fact ("caption: parts").
func detailText(h *Home) string {
	text := h.title.Text + "\n"
	for _, o := range h.facts.Objects {
		text += o.(*picture.FactList).String()
	}
	return text
}

// Every text the home shows comes from the catalogue of the interface language.
func TestHomeSpeaksSpanish(t *testing.T) {
	a := newTestApp(t, "es")
	if a.home.search.PlaceHolder != "Buscar cuentas, responsables, sectores…" {
		t.Fatalf("placeholder %q", a.home.search.PlaceHolder)
	}
	if a.home.tier.Selected != "Todos los niveles" || a.home.count.Text != "7 de 7 cuentas" {
		t.Fatalf("tier %q count %q", a.home.tier.Selected, a.home.count.Text)
	}
}

// The plan's counts say "1 contacto", never "1 contactos": each count takes the
// catalogue's one or other form.
func TestHomeCountsAgreeWithTheirNumbers(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"es", "1 contacto · 2 objetivos · 3 acciones · 2 indicadores"},
		{"en", "1 contact · 2 objectives · 3 actions · 2 KPIs"},
	}
	for _, tt := range tests {
		a := newTestApp(t, tt.lang)
		h := a.home
		test.Type(h.search, "conservas")
		h.list.Select(0)
		if text := detailText(h); !strings.Contains(text, tt.want) {
			t.Errorf("%s detail lacks %q:\n%s", tt.lang, tt.want, text)
		}
		if want := map[string]string{"es": "1 de 7 cuentas", "en": "1 of 7 accounts"}[tt.lang]; h.count.Text != want {
			t.Errorf("%s: %q", tt.lang, h.count.Text)
		}
	}
}

func storedPlan(t *testing.T, a *testApp, id string) *domain.Plan {
	t.Helper()
	p, err := a.store.LoadPlan(a.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
