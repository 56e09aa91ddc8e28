package home

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/storage"
)

// The home shows each account's health score from the store's summaries; a saved change
// to the plan changes it, and sorting by health puts the weakest plan first.
func TestHomeShowsTheHealthScorePerAccount(t *testing.T) {
	a := newTestApp(t, "en")
	const aceros = "Aceros del Norte, S.A."
	var row domain.PlanSummary
	for _, r := range a.home.all {
		if r.AccountName == aceros {
			row = r
		}
	}
	p, err := a.store.LoadPlan(a.ctx, row.PlanID)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := a.store.Settings(a.ctx)
	want := storage.HealthOf(p, st, domain.Today())
	if got := rowText(a, aceros); want <= 0 || !strings.Contains(got, a.tr("health.score", want)) {
		t.Fatalf("row: %q, want the score %d", got, want)
	}
	p.Context = "" // the profile is worth 5 points
	if err := a.store.SavePlan(a.ctx, p); err != nil {
		t.Fatal(err)
	}
	a.OnShowHome()
	if got := rowText(a, aceros); !strings.Contains(got, a.tr("health.score", want-5)) {
		t.Fatalf("row after emptying the profile: %q, want %d", got, want-5)
	}
	a.home.sortBy.SetSelectedIndex(4)
	for i := 1; i < len(a.home.shown); i++ {
		if a.home.shown[i].Health < a.home.shown[i-1].Health {
			t.Fatalf("not sorted by health: %d after %d", a.home.shown[i].Health, a.home.shown[i-1].Health)
		}
	}
}
