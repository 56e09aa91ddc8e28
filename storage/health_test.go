package storage

import (
	"path/filepath"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// healthRows is every plan's stored health score, by plan id.
func healthRows(t *testing.T, s *Store) map[string]int {
	t.Helper()
	rows, err := s.Portfolio(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, r := range rows {
		out[r.PlanID] = r.Health
	}
	return out
}

// wantHealth is the score of the stored plan, as the domain scores it today.
func wantHealth(t *testing.T, s *Store, planID string) int {
	t.Helper()
	p, err := s.LoadPlan(ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := s.Settings(ctx)
	return HealthOf(p, st, domain.Today())
}

// The portfolio lists each plan's health score as last saved, without reading the plan.
func TestPortfolioKeepsTheHealthScore(t *testing.T) {
	s := seededStore(t)
	id := mainPlanID(t, s)
	before := healthRows(t, s)[id]
	if want := wantHealth(t, s, id); before != want || before == 0 {
		t.Fatalf("sample: stored %d, want %d", before, want)
	}
	p, _ := s.LoadPlan(ctx, id)
	p.Context = "" // the profile check is worth 5 points
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	if got := healthRows(t, s)[id]; got != before-5 {
		t.Fatalf("without a profile: %d, want %d", got, before-5)
	}
}

// A database of schema 13 gains the health columns, every plan scored.
func TestHealthMigrationScoresStoredPlans(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v13.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"ALTER TABLE plans DROP COLUMN health", "ALTER TABLE plans DROP COLUMN health_on", "PRAGMA user_version = 13"} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows := healthRows(t, s)
	if len(rows) < 6 {
		t.Fatalf("%d plans", len(rows))
	}
	for id, got := range rows {
		if want := wantHealth(t, s, id); got != want || got == 0 {
			t.Errorf("plan %s: stored %d, want %d", id, got, want)
		}
	}
}

// Plans not scored today are scored again, once; saving the settings marks every plan.
func TestRescoreStale(t *testing.T) {
	s := seededStore(t)
	if _, err := s.db.Exec("UPDATE plans SET health = 0, health_on = '2000-01-01'"); err != nil {
		t.Fatal(err)
	}
	n, err := RescoreStale(ctx, s, domain.Today())
	if err != nil || n != len(healthRows(t, s)) {
		t.Fatalf("rescored %d of %d: %v", n, len(healthRows(t, s)), err)
	}
	for id, got := range healthRows(t, s) {
		if want := wantHealth(t, s, id); got != want {
			t.Errorf("plan %s: %d, want %d", id, got, want)
		}
	}
	if n, _ := RescoreStale(ctx, s, domain.Today()); n != 0 {
		t.Errorf("scored again the same day: %d", n)
	}
	st, _ := s.Settings(ctx)
	st.Coverage = 1
	if err := s.SaveSettings(ctx, &st); err != nil {
		t.Fatal(err)
	}
	if n, _ := RescoreStale(ctx, s, domain.Today()); n != len(healthRows(t, s)) {
		t.Errorf("after new settings: rescored %d", n)
	}
}

// BenchmarkRescoreStale1000 scores again the plans of a portfolio of 1,000 accounts, as the
// app does off the interface's goroutine on the first start of a day.
func BenchmarkRescoreStale1000(b *testing.B) {
	s := tempStore(b)
	for _, f := range gen.Portfolio(1000) {
		importFile(b, s, f)
	}
	day := domain.Today()
	b.ResetTimer()
	for b.Loop() {
		day = day.AddDays(1)
		if n, err := RescoreStale(ctx, s, day); err != nil || n != 1000 {
			b.Fatal(n, err)
		}
	}
}
