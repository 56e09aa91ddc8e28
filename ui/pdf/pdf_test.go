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
	return sampleAccountDocument(t, "Aceros del Norte, S.A.", lang, edition, domain.NewDate(2026, 11, 24))
}

// englishDocument is the English sample plan, as of the day it was brought up to date.
func englishDocument(t testing.TB, edition domain.Edition) Document {
	t.Helper()
	return sampleAccountDocument(t, "Thistlecombe Foods plc", "en", edition, domain.NewDate(2026, 12, 7))
}

// sharedWalletDocument is the main sample as a plan that shares its wallet and white space
// with the client (the method's default; the sample keeps them internal): the client
// edition's wallet and map are checked on it.
func sharedWalletDocument(t testing.TB, lang string, edition domain.Edition) Document {
	t.Helper()
	doc := sampleDocument(t, lang, edition)
	doc.Plan.Wallet.Internal = false
	return doc
}

// sampleStore is a new store in a temporary folder, with the sample plans, closed after the test.
func sampleStore(t testing.TB) *storage.Store {
	t.Helper()
	s, err := storage.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// sampleAccountDocument is the plan of a sample account with the whole sample portfolio.
func sampleAccountDocument(t testing.TB, account, lang string, edition domain.Edition, today domain.Date) Document {
	t.Helper()
	ctx := context.Background()
	s := sampleStore(t)
	a, err := s.AccountByName(ctx, account)
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
	return Document{Account: *a, Plan: p, Portfolio: rows, Settings: st, Lang: lang, Edition: edition, Today: today}
}
