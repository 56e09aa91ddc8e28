package replica

import (
	"context"

	"kamplan/storage"
)

// Pending counts the changes the local database has to send: each edit of a plan since
// its base (its journal entries), each account profile changed, each account or plan
// created or deleted here. It reads only the local database, so it works offline.
func Pending(ctx context.Context, local Local) (int, error) {
	bases, err := local.SyncBases().List(ctx)
	if err != nil {
		return 0, err
	}
	here := side{local, true}
	n, err := pendingAccounts(ctx, local, bases)
	if err != nil {
		return 0, err
	}
	plans, err := local.Portfolio(ctx)
	if err != nil {
		return 0, err
	}
	known := map[string]storage.SyncBase{}
	for _, b := range bases {
		if b.Kind == storage.SyncPlan && b.LocalID != "" && b.RemoteID != "" {
			known[b.LocalID] = b
		}
	}
	for _, ps := range plans {
		b, ok := known[ps.PlanID]
		delete(known, ps.PlanID)
		if !ok {
			n++
			continue
		}
		k, err := planPending(ctx, here, b)
		if err != nil {
			return 0, err
		}
		n += k
	}
	n += len(known) // what is left of known was deleted here
	if settingsPending(ctx, local, bases) {
		n++
	}
	return n, nil
}

// settingsPending reports whether the settings changed here since they were last synced.
func settingsPending(ctx context.Context, local Local, bases []storage.SyncBase) bool {
	st, err := local.Settings(ctx)
	if err != nil {
		return false
	}
	for _, b := range bases {
		if b.Kind == storage.SyncSettings {
			return st.Version != b.LocalVersion
		}
	}
	return st.Version != 0
}

// planPending counts the edits of a plan since its base; one when its journal does not
// say (a change without an entry).
func planPending(ctx context.Context, here side, b storage.SyncBase) (int, error) {
	p, err := loadPlan(ctx, here, b.LocalID)
	if err != nil || p == nil || p.Version == b.LocalVersion {
		return 0, err
	}
	entries, err := entriesSince(ctx, here, p.ID, b.LocalSeq)
	if err != nil {
		return 0, err
	}
	return max(1, len(entries)), nil
}

func pendingAccounts(ctx context.Context, local Local, bases []storage.SyncBase) (int, error) {
	as, err := local.Accounts(ctx)
	if err != nil {
		return 0, err
	}
	known := map[string]int64{}
	for _, b := range bases {
		if b.Kind == storage.SyncAccount {
			known[b.LocalID] = b.LocalVersion
		}
	}
	n := 0
	for _, a := range as {
		v, ok := known[a.ID]
		delete(known, a.ID)
		if !ok || v != a.Version {
			n++
		}
	}
	return n + len(known), nil
}
