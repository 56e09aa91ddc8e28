package replica

import (
	"context"
	"path/filepath"
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
)

var ctx = context.Background()

func tempStore(t testing.TB, name string) *storage.Store {
	t.Helper()
	s, err := storage.OpenNoSeed(filepath.Join(t.TempDir(), name+".db"))
	if err != nil {
		t.Fatal(err)
	}
	s.SetAuthor(name)
	t.Cleanup(func() { s.Close() })
	return s
}

// twoStores is a laptop's database and a team store holding one account, synced.
func twoStores(t testing.TB) (local Laptop, remote *storage.Store, planID string) {
	t.Helper()
	remote = tempStore(t, "server")
	local, planID = twoStoresOn(t, remote)
	return local, remote, planID
}

// twoStoresOn is twoStores with the team store given.
func twoStoresOn(t testing.TB, remote Store) (local Laptop, planID string) {
	t.Helper()
	local = Laptop{tempStore(t, "laptop")}
	p, err := local.CreateAccount(ctx, &domain.Account{Name: "Aceros del Norte", Tier: domain.TierKey}, "2027")
	if err != nil {
		t.Fatal(err)
	}
	mustSync(t, local, remote)
	return local, p.ID
}

func mustSync(t testing.TB, local Local, remote Store) Report {
	t.Helper()
	r, err := Sync(ctx, local, remote, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) > 0 {
		t.Fatalf("sync problems: %v", r.Problems)
	}
	return r
}

// edit makes an edit of a plan as the editor does: applied, then saved with its journal entry.
func edit(t testing.TB, st Store, planID string, e domain.Edit) {
	t.Helper()
	p, err := st.LoadPlan(ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Account(ctx, p.AccountID)
	if err != nil {
		t.Fatal(err)
	}
	d := domain.Doc{Account: a, Plan: p}
	inv, err := d.Apply(e)
	if err != nil {
		t.Fatal(err)
	}
	entry := history.JournalEntry{PlanID: p.ID, Author: st.Author(), Kind: history.JournalDo, Edit: e, Inverse: inv}
	var acc *domain.Account
	if touchesAccount, _ := domain.Touches(e); touchesAccount {
		acc = a
	}
	if err := st.SaveEdits(ctx, acc, p, []history.JournalEntry{entry}); err != nil {
		t.Fatal(err)
	}
}

func set(f domain.Field, v any) domain.SetField { return domain.SetField{Field: f, Value: v} }

// field is a field's value in a store's plan of an account and period.
func field(t testing.TB, st Store, accountName, period string, f domain.Field) any {
	t.Helper()
	p := planOf(t, st, accountName, period)
	a, err := st.Account(ctx, p.AccountID)
	if err != nil {
		t.Fatal(err)
	}
	d := domain.Doc{Account: a, Plan: p}
	return d.FieldValue(f)
}

func planOf(t testing.TB, st Store, accountName, period string) *domain.Plan {
	t.Helper()
	rows, err := st.Portfolio(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.AccountName == accountName && r.Period == period {
			p, err := st.LoadPlan(ctx, r.PlanID)
			if err != nil {
				t.Fatal(err)
			}
			return p
		}
	}
	t.Fatalf("no plan of %s for %s", accountName, period)
	return nil
}

// remoteID is the team store's id of a local plan.
func remoteID(t testing.TB, local Laptop, planID string) string {
	t.Helper()
	bases, err := local.SyncBases().List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bases {
		if b.Kind == storage.SyncPlan && b.LocalID == planID && b.RemoteID != "" {
			return b.RemoteID
		}
	}
	t.Fatalf("plan %s not linked", planID)
	return ""
}
