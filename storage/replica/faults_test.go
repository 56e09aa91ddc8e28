package replica

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
)

// faults stops a sync at its nth write (counting from 1, on either side, bases included):
// the write fails before it reaches the store, as behind a network that fails, or cancels
// the sync's context, as a killed app would.
type faults struct {
	n, writes int
	cancel    context.CancelFunc
}

// faulty is the team store behind faults.
type faulty struct {
	Store
	*faults
}

// faultyLocal is the laptop's database behind the same faults.
type faultyLocal struct {
	Local
	*faults
}

func (f faultyLocal) SaveEdits(ctx context.Context, a *domain.Account, p *domain.Plan, es []history.JournalEntry) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Local.SaveEdits(ctx, a, p, es)
}

func (f faultyLocal) SaveAccount(ctx context.Context, a *domain.Account) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Local.SaveAccount(ctx, a)
}

func (f faultyLocal) CreateAccount(ctx context.Context, a *domain.Account, period string) (*domain.Plan, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Local.CreateAccount(ctx, a, period)
}

func (f faultyLocal) RollForward(ctx context.Context, planID, period string) (*domain.Plan, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Local.RollForward(ctx, planID, period)
}

func (f faultyLocal) SyncBases() Bases { return faultyBases{f.Local.SyncBases(), f.faults} }

type faultyBases struct {
	Bases
	*faults
}

func (f faultyBases) Put(ctx context.Context, b storage.SyncBase) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Bases.Put(ctx, b)
}

func (f faultyBases) Delete(ctx context.Context, kind, localID, remoteID string) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Bases.Delete(ctx, kind, localID, remoteID)
}

var errNetwork = errors.New("connection reset")

func (f *faults) fail() error {
	f.writes++
	if f.writes != f.n {
		return nil
	}
	if f.cancel != nil {
		f.cancel()
		return context.Canceled
	}
	return errNetwork
}

func (f faulty) SaveEdits(ctx context.Context, a *domain.Account, p *domain.Plan, es []history.JournalEntry) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.SaveEdits(ctx, a, p, es)
}

func (f faulty) SaveAccount(ctx context.Context, a *domain.Account) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.SaveAccount(ctx, a)
}

func (f faulty) CreateAccount(ctx context.Context, a *domain.Account, period string) (*domain.Plan, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Store.CreateAccount(ctx, a, period)
}

func (f faulty) RollForward(ctx context.Context, planID, period string) (*domain.Plan, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Store.RollForward(ctx, planID, period)
}

func (f faulty) DeletePlan(ctx context.Context, id string) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.DeletePlan(ctx, id)
}

// offlineWork makes, on a synced pair, the work of a day on each side: an edit of the same
// plan on both, a new account and a new period on the laptop, a new account on the server.
func offlineWorkOn(t *testing.T, r Store) (local Local, remote Store, planID string) {
	l, planID := twoStoresOn(t, r)
	edit(t, l, planID, set(domain.FieldContext, "Offline context"))
	edit(t, l, planID, set(domain.FieldAccountIndustry, "Steel"))
	edit(t, r, remoteID(t, l, planID), set(domain.FieldResources, "Server resources"))
	if _, err := l.RollForward(ctx, planID, "2028"); err != nil {
		t.Fatal(err)
	}
	if _, err := l.CreateAccount(ctx, &domain.Account{Name: "Bodegas Sur", Tier: domain.TierKey}, "2027"); err != nil {
		t.Fatal(err)
	}
	if _, err := r.CreateAccount(ctx, &domain.Account{Name: "Cementos Este", Tier: domain.TierOther}, "2027"); err != nil {
		t.Fatal(err)
	}
	return l, r, planID
}

// everythingArrived checks both stores hold every side's work.
func everythingArrived(t *testing.T, local, remote Store) {
	t.Helper()
	for name, st := range map[string]Store{"laptop": local, "server": remote} {
		checks := []struct {
			account, period string
			f               domain.Field
			want            any
		}{
			{"Aceros del Norte", "2027", domain.FieldContext, "Offline context"},
			{"Aceros del Norte", "2027", domain.FieldResources, "Server resources"},
			{"Aceros del Norte", "2027", domain.FieldAccountIndustry, "Steel"},
			{"Aceros del Norte", "2028", domain.FieldContext, "Offline context"},
			{"Bodegas Sur", "2027", domain.FieldAccountTier, domain.TierKey},
			{"Cementos Este", "2027", domain.FieldAccountTier, domain.TierOther},
		}
		for _, c := range checks {
			if got := field(t, st, c.account, c.period, c.f); got != c.want {
				t.Errorf("%s: %s %s %s = %v, want %v", name, c.account, c.period, c.f, got, c.want)
			}
		}
		rows, _ := st.Portfolio(ctx)
		if len(rows) != 4 {
			t.Errorf("%s: %d plans, want 4", name, len(rows))
		}
	}
}

func TestASyncStoppedAtAnyWriteCompletesNextTime(t *testing.T) {
	stopAtEveryWrite(t, func(t *testing.T) Store { return tempStore(t, "server") })
}

// stopAtEveryWrite stops a sync at each of its writes in turn, then syncs again.
func stopAtEveryWrite(t *testing.T, server func(*testing.T) Store) {
	for _, cancel := range []bool{false, true} {
		for n := 1; ; n++ {
			local, remote, _ := offlineWorkOn(t, server(t))
			f := &faults{n: n}
			c, stop := context.WithCancel(ctx)
			if cancel {
				f.cancel = stop
			}
			r, err := Sync(c, faultyLocal{local, f}, faulty{remote, f}, nil)
			stop()
			failed := err != nil || len(r.Problems) > 0
			r = mustSync(t, local, remote)
			if len(r.Held) > 0 {
				t.Fatalf("stopped at write %d (cancel %v): held %+v", n, cancel, r.Held)
			}
			t.Run(fmt.Sprintf("cancel=%v/write%d", cancel, n), func(t *testing.T) { everythingArrived(t, local, remote) })
			if !failed {
				break // the sync had fewer writes than n: every place was tried
			}
		}
	}
}

// racing is a team store on which a colleague saves the plan just before each of the
// first saves of the sync reaches it.
type racing struct {
	Store
	t     *testing.T
	races int
}

func (r *racing) SaveEdits(ctx context.Context, a *domain.Account, p *domain.Plan, es []history.JournalEntry) error {
	if r.races > 0 && p != nil {
		r.races--
		edit(r.t, r.Store, p.ID, set(domain.FieldRelationshipPlan, fmt.Sprintf("colleague %d", r.races)))
	}
	return r.Store.SaveEdits(ctx, a, p, es)
}

func TestAStalePushIsMergedAgain(t *testing.T) {
	local, remote, planID := twoStores(t)
	edit(t, local, planID, set(domain.FieldContext, "Offline context"))
	r := mustSync(t, local, &racing{Store: remote, t: t, races: 2})
	if len(r.Held) != 0 {
		t.Fatalf("held %+v", r.Held)
	}
	for name, st := range map[string]Store{"laptop": local, "server": remote} {
		if got := field(t, st, "Aceros del Norte", "2027", domain.FieldContext); got != "Offline context" {
			t.Errorf("%s: context %q", name, got)
		}
		if got := field(t, st, "Aceros del Norte", "2027", domain.FieldRelationshipPlan); got != "colleague 0" {
			t.Errorf("%s: relationship plan %q, want the colleague's last", name, got)
		}
	}
}
