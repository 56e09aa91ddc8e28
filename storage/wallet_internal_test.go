package storage

import (
	"bytes"
	"testing"
)

// The plan's choice to keep its wallet internal is kept by the store and travels in the plan
// file, as "internal" in its wallet; a plan or a file without it shares the wallet, as
// every plan did before the choice existed.
func TestTheWalletsInternalSwitchIsStoredAndTravels(t *testing.T) {
	for _, internal := range []bool{false, true} {
		a := seededStore(t)
		rows, _ := a.Portfolio(ctx)
		var id, name string
		for _, r := range rows {
			if r.AccountName == "Cementos del Ebro, S.A." {
				id, name = r.PlanID, r.AccountName
			}
		}
		p, err := a.LoadPlan(ctx, id)
		if err != nil || p.Wallet.Internal {
			t.Fatalf("%s: a sample without the switch reads as internal %v (%v)", name, p.Wallet.Internal, err)
		}
		p.Wallet.Internal = internal
		if err := a.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
		if got, _ := a.LoadPlan(ctx, id); got.Wallet.Internal != internal {
			t.Fatalf("saved internal %v, read back %v", internal, got.Wallet.Internal)
		}
		data, err := a.ExportJSON(ctx, name, "")
		if err != nil {
			t.Fatal(err)
		}
		if in := bytes.Contains(data, []byte(`"internal": true`)); in != internal {
			t.Fatalf("internal %v: the file holds the switch: %v", internal, in)
		}
		b := tempStore(t)
		f, err := b.ImportJSON(ctx, data, false)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Plans[0].Wallet.Internal; got != internal {
			t.Fatalf("internal %v: imported as %v", internal, got)
		}
	}
}

// A file of an older version may carry the switch too: the importer reads it.
func TestAnOlderPlanFileMayKeepItsWalletInternal(t *testing.T) {
	data := []byte(`{"format":"kamplan.plan","version":2,"account":{"id":"a","name":"X","tier":"key"},` +
		`"plans":[{"id":"p","period":"FY2027","language":"es","currency":"EUR","wallet":{"potential":100,"revenue":10,"internal":true}}]}`)
	s := tempStore(t)
	if _, err := s.ImportJSON(ctx, data, false); err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Portfolio(ctx)
	p, err := s.LoadPlan(ctx, rows[0].PlanID)
	if err != nil || !p.Wallet.Internal || p.Wallet.Potential != 100 {
		t.Fatalf("imported wallet %+v (%v)", p.Wallet, err)
	}
}
