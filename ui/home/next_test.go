package home

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/shell"
)

func selectAccount(t *testing.T, a *testApp, name string) {
	t.Helper()
	for i, r := range a.home.shown {
		if r.AccountName == name {
			a.home.list.Select(i)
			return
		}
	}
	t.Fatalf("%s is not on the portfolio", name)
}

func TestHomeSaysWhatToDoNextAndLinksToIt(t *testing.T) {
	a := newTestApp(t, "en")
	closeDialogs(a)
	a.ShowHome()
	selectAccount(t, a, "Aceros del Norte, S.A.")
	text := ""
	var goTo *widget.Button
	walk(a.home.steps, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			text += l.Text + "\n"
		}
		if b, ok := o.(*widget.Button); ok && goTo == nil {
			goTo = b
		}
	})
	if !strings.Contains(text, "1 KPI red long enough to trigger plan B") || !strings.Contains(text, a.tr("home.next.unsigned")) {
		t.Fatalf("the next steps of the sample plan:\n%s", text)
	}
	test.Tap(goTo) // the first: the plan B to start (the sample's actions are on time)
	if last := opened(t, a); last.Page != shell.PageKPIs {
		t.Fatal("the link did not open the plan at its KPIs")
	}
}

// A next step opens the page where it is dealt with: a person nobody covers opens the team
// coverage, a gap of the map the relationship map (with its warnings beside it).
func TestNextStepsOpenTheirPage(t *testing.T) {
	a := newTestApp(t, "en")
	late := domain.Action{ID: "a1", Title: "Workshop", Start: domain.Today().AddDays(-30), Due: domain.Today().AddDays(-1), Status: domain.StatusInProgress}
	p := &domain.Plan{Contacts: []domain.Contact{{ID: "c1", Name: "Ana Ruiz", Influence: 5}}, Actions: []domain.Action{late}}
	at := map[string]shell.Page{}
	for _, s := range nextSteps(a.Loc, p) {
		at[s.text] = s.at
	}
	if got, ok := at[a.tr("warn.key_player_uncovered", "Ana Ruiz")]; !ok || got != shell.PageCoverage {
		t.Errorf("the uncovered key player opens %v (listed: %v)", got, ok)
	}
	if got := at[a.tr("warn.no_economic_buyer")]; got != shell.PageRelationshipMap {
		t.Errorf("no economic buyer opens %v", got)
	}
	if got, ok := at[a.Loc.TCount("home.next.overdue", 1, 1)]; !ok || got != shell.PageActions {
		t.Errorf("the overdue action opens %v (listed: %v)", got, ok)
	}
	if got := at[a.tr("home.next.unsigned")]; got != shell.PageSignOff {
		t.Errorf("the unsigned plan opens %v", got)
	}
}

// Figures that do not add up are among the plan's next steps on the portfolio, each opening
// the page where it is corrected.
func TestFiguresThatDoNotAddUpAreNextSteps(t *testing.T) {
	a := newTestApp(t, "en")
	p := &domain.Plan{StageNow: domain.StageIntegrated, StageTarget: domain.StageBasic,
		Wallet:     domain.Wallet{Potential: 100, Offerings: []domain.Offering{{ID: "o", Name: "MES", Potential: 200}}},
		Centres:    []domain.BuyingCentre{{ID: "c", Name: "Bilbao"}},
		WhiteSpace: []domain.SpaceCell{{ID: "x", CentreID: "c", OfferingID: "o", Status: domain.SpaceOpen, Revenue: 5}}}
	at := map[string]shell.Page{}
	for _, s := range nextSteps(a.Loc, p) {
		at[s.text] = s.at
	}
	for text, want := range map[string]shell.Page{
		a.tr("warn.stage_target_below"):                 shell.PageStage,
		a.tr("warn.offerings_over_wallet"):              shell.PageWallet,
		a.tr("warn.open_cell_revenue", "Bilbao", "MES"): shell.PageWhiteSpace,
	} {
		if got, ok := at[text]; !ok || got != want {
			t.Errorf("%q opens %v (listed: %v)", text, got, ok)
		}
	}
}
