package postgres

import (
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/storage"
)

// After the settings change (here the coverage the pipeline must reach: 0.5 instead of 3), the portfolio lists
// each plan's health scored with the new settings, and keeps it; a score of another day is
// taken again too.
func TestPortfolioRescoresAfterNewSettings(t *testing.T) {
	s := openFresh(t)
	files, _ := assets.SampleFiles()
	f, err := storage.DecodePlanFile(files[0]) // Aceros del Norte: its revenue objective's gap covered 0.89 times
	if err != nil {
		t.Fatal(err)
	}
	empty, err := s.CreateAccount(ctx, &f.Account, f.Plans[0].Period)
	if err != nil {
		t.Fatal(err)
	}
	p := f.Plans[0].Clone()
	p.ID, p.AccountID, p.Version = empty.ID, f.Account.ID, empty.Version
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	before := listedHealth(t, s, p.ID)
	st, _ := s.Settings(ctx)
	if want := storage.HealthOf(p, st, domain.Today()); before != want {
		t.Fatalf("saved: health %d, want %d", before, want)
	}
	st.Coverage = 0.5
	if err := s.SaveSettings(ctx, &st); err != nil {
		t.Fatal(err)
	}
	want := storage.HealthOf(p, st, domain.Today())
	if want == before {
		t.Fatalf("the plan scores %d with either coverage: the test proves nothing", want)
	}
	if got := listedHealth(t, s, p.ID); got != want {
		t.Fatalf("after new settings: health %d, want %d (was %d)", got, want, before)
	}
	var kept int
	var with int64
	if err := s.pool.QueryRow(ctx, "SELECT health, health_settings FROM plans WHERE id = $1", p.ID).Scan(&kept, &with); err != nil || kept != want || with != st.Version {
		t.Fatalf("kept %d with settings %d (%v), want %d with %d", kept, with, err, want, st.Version)
	}
	if _, err := s.pool.Exec(ctx, "UPDATE plans SET health = 0, health_on = '2000-01-01'"); err != nil {
		t.Fatal(err)
	}
	if got := listedHealth(t, s, p.ID); got != want {
		t.Fatalf("scored another day: health %d, want %d", got, want)
	}
}

func listedHealth(t *testing.T, s *Store, planID string) int {
	t.Helper()
	rows, err := s.Portfolio(ctx)
	if err != nil || len(rows) != 1 || rows[0].PlanID != planID {
		t.Fatalf("portfolio %+v, %v", rows, err)
	}
	return rows[0].Health
}
