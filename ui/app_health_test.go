package ui

import (
	"testing"

	"kamplan/domain"
	"kamplan/storage"
)

// rescoreAndWait runs the start's scoring and waits for its end.
func rescoreAndWait(a *App, today domain.Date) {
	done := make(chan struct{})
	rescoreHealth(a, today, func() { close(done) })
	<-done
}

// When the app starts, the plans not scored today are scored again — the days make actions
// overdue and reviews due — and the portfolio shows the new scores.
func TestHealthScoresFollowTheDays(t *testing.T) {
	a := newTestApp(t, "en")
	a.ShowHome() // a first start opens the sample plan
	later := domain.Today().AddDays(400)
	st, _ := a.store.Settings(a.ctx)
	want := map[string]int{}
	for _, r := range a.home.Rows() {
		p, err := a.store.LoadPlan(a.ctx, r.PlanID)
		if err != nil {
			t.Fatal(err)
		}
		want[r.PlanID] = storage.HealthOf(p, st, later)
	}
	rescoreAndWait(a, later)
	changed := 0
	for _, r := range a.home.Rows() {
		if r.Health != want[r.PlanID] {
			t.Errorf("%s: home shows %d, want %d", r.AccountName, r.Health, want[r.PlanID])
		}
		if r.Health != storage.HealthOf(mustLoad(t, a, r.PlanID), st, domain.Today()) {
			changed++
		}
	}
	if changed == 0 {
		t.Fatal("400 days later no score changed: the test proves nothing")
	}
}

func mustLoad(t *testing.T, a *App, planID string) *domain.Plan {
	t.Helper()
	p, err := a.store.LoadPlan(a.ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
