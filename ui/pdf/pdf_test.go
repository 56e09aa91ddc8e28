package pdf

import (
	"context"
	"path/filepath"
	"testing"

	"kamplan/domain"
	"kamplan/storage"
)

// sampleDocument is the main sample plan with the whole sample portfolio.
func sampleDocument(t testing.TB, lang string, edition domain.Edition) Document {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, err := s.AccountByName(ctx, "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Portfolio(ctx)
	var p *domain.Plan
	for _, r := range rows {
		if r.AccountID == a.ID {
			p, _ = s.LoadPlan(ctx, r.PlanID)
		}
	}
	st, _ := s.Settings(ctx)
	st.CompanyName = "Tecnologías Industriales del Norte"
	return Document{Account: *a, Plan: p, Portfolio: rows, Settings: st, Lang: lang, Edition: edition,
		Today: domain.NewDate(2026, 11, 24)}
}
