package replica

import (
	"testing"

	"kamplan/domain"
)

func TestADeletionGoesToTheOtherSide(t *testing.T) {
	local, remote, planID := twoStores(t)
	next, err := local.RollForward(ctx, planID, "2028")
	if err != nil {
		t.Fatal(err)
	}
	mustSync(t, local, remote)
	if err := local.DeletePlan(ctx, next.ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := Pending(ctx, local); n != 1 {
		t.Errorf("pending after a deletion = %d, want 1", n)
	}
	mustSync(t, local, remote)
	if rows, _ := remote.Portfolio(ctx); len(rows) != 1 || rows[0].Period != "2027" {
		t.Errorf("server plans %+v: want only 2027", rows)
	}
	a := planOf(t, local, "Aceros del Norte", "2027").AccountID
	if err := remote.DeleteAccount(ctx, a); err != nil {
		t.Fatal(err)
	}
	mustSync(t, local, remote)
	if rows, _ := local.Portfolio(ctx); len(rows) != 0 {
		t.Errorf("laptop plans %+v: want the account gone", rows)
	}
}

func TestAnEditWinsOverADeletion(t *testing.T) {
	t.Run("plan deleted here, edited there", func(t *testing.T) {
		local, remote, planID := twoStores(t)
		edit(t, remote, remoteID(t, local, planID), set(domain.FieldContext, "Colleague's context"))
		if err := local.DeletePlan(ctx, planID); err != nil {
			t.Fatal(err)
		}
		mustSync(t, local, remote)
		if got := field(t, local, "Aceros del Norte", "2027", domain.FieldContext); got != "Colleague's context" {
			t.Errorf("laptop context %q: want the plan back with the colleague's edit", got)
		}
	})
	t.Run("account deleted there, edited here", func(t *testing.T) {
		local, remote, planID := twoStores(t)
		edit(t, local, planID, set(domain.FieldContext, "Offline context"))
		p := planOf(t, local, "Aceros del Norte", "2027")
		if err := remote.DeleteAccount(ctx, p.AccountID); err != nil {
			t.Fatal(err)
		}
		mustSync(t, local, remote)
		for name, st := range map[string]Store{"laptop": local, "server": remote} {
			if got := field(t, st, "Aceros del Norte", "2027", domain.FieldContext); got != "Offline context" {
				t.Errorf("%s: context %q, want the account back with the offline edit", name, got)
			}
		}
	})
}
