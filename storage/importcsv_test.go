package storage

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"kamplan/domain"
)

func importBatch(n int) []*domain.Account {
	var out []*domain.Account
	for i := range n {
		out = append(out, &domain.Account{Name: fmt.Sprintf("Imported %04d", i), Tier: domain.TierOther})
	}
	return out
}

// An accounts import is one transaction: stopped anywhere, it leaves nothing behind.
func TestImportAccountsIsOneTransaction(t *testing.T) {
	s := seededStore(t)
	before, _ := s.Portfolio(ctx)
	killed := errors.New("killed")
	inImportTx = func(i int) error {
		if i == 987 {
			return killed
		}
		return nil
	}
	defer func() { inImportTx = nil }()
	if err := s.ImportAccounts(ctx, importBatch(1500), nil, "FY2027"); !errors.Is(err, killed) {
		t.Fatalf("error %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	inImportTx = func(i int) error {
		if i == 10 {
			cancel()
		}
		return nil
	}
	if err := s.ImportAccounts(cctx, importBatch(100), nil, "FY2027"); err == nil {
		t.Fatal("a cancelled import succeeded")
	}
	inImportTx = nil
	stale, _ := s.AccountByName(ctx, "Aceros del Norte, S.A.")
	stale.Version--
	stale.Industry = "Changed"
	if err := s.ImportAccounts(ctx, importBatch(5), []*domain.Account{stale}, "FY2027"); !domain.IsStale(err) {
		t.Fatalf("stale update: %v", err)
	}
	if after, _ := s.Portfolio(ctx); len(after) != len(before) {
		t.Fatalf("%d plans before, %d after failed imports", len(before), len(after))
	}
	fresh, _ := s.AccountByName(ctx, "Aceros del Norte, S.A.")
	fresh.Industry = "Acero"
	if err := s.ImportAccounts(ctx, importBatch(5), []*domain.Account{fresh}, "FY2027"); err != nil {
		t.Fatal(err)
	}
	if after, _ := s.Portfolio(ctx); len(after) != len(before)+5 {
		t.Fatalf("%d plans after the import", len(after))
	}
	if got, _ := s.AccountByName(ctx, "Aceros del Norte, S.A."); got.Industry != "Acero" || got.Version != fresh.Version {
		t.Fatalf("update not saved: %+v", got)
	}
}
