package replica

import (
	"context"
	"sort"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
)

// accounts syncs every account's profile, and creates on each side the accounts only the
// other has, each with its newest plan.
func (r *run) accounts(ctx context.Context) error {
	ids := map[string]bool{}
	for _, s := range []Store{r.local, r.remote} {
		as, err := s.Accounts(ctx)
		if err != nil {
			return err
		}
		for _, a := range as {
			ids[a.ID] = true
		}
	}
	bases := map[string]storage.SyncBase{}
	for _, b := range r.bases {
		if b.Kind == storage.SyncAccount {
			bases[b.LocalID], ids[b.LocalID] = b, true
		}
	}
	for _, id := range sortedKeys(ids) {
		b, based := bases[id]
		if err := r.item(ctx, func(ctx context.Context) error { return r.account(ctx, id, b, based) }); err != nil {
			return err
		}
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// account syncs one account, as the package describes.
func (r *run) account(ctx context.Context, id string, b storage.SyncBase, based bool) error {
	here, there := r.sides()
	mine, err := loadAccount(ctx, here, id)
	if err != nil {
		return err
	}
	theirs, err := loadAccount(ctx, there, id)
	switch {
	case err != nil:
		return err
	case !based && mine != nil && theirs != nil:
		m := history.MergeUnrelated(domain.Doc{Account: accountContent(mine)}, domain.Doc{Account: accountContent(theirs)}, history.Mine)
		return r.mergeAccounts(ctx, m, mine, theirs)
	case !based && mine != nil:
		return r.createAccount(ctx, here, there, mine)
	case !based && theirs != nil:
		return r.createAccount(ctx, there, here, theirs)
	case mine == nil && theirs == nil:
		return r.local.SyncBases().Delete(ctx, storage.SyncAccount, b.LocalID, b.RemoteID)
	case mine == nil:
		return r.accountGone(ctx, b, there, here, theirs)
	case theirs == nil:
		return r.accountGone(ctx, b, here, there, mine)
	}
	return r.bothAccounts(ctx, b, mine, theirs)
}

// bothAccounts brings two copies of an account's profile together from their base.
func (r *run) bothAccounts(ctx context.Context, b storage.SyncBase, mine, theirs *domain.Account) error {
	here, there := r.sides()
	changedHere, changedThere := mine.Version != b.LocalVersion, theirs.Version != b.RemoteVersion
	mc, tc := accountContent(mine), accountContent(theirs)
	switch {
	case !changedHere && !changedThere:
		return nil
	case same(domain.Doc{Account: mc}, domain.Doc{Account: tc}):
		return r.agreeAccount(ctx, mine, theirs)
	case !changedHere:
		r.wrote(here, storage.SyncAccount, mine.ID)
		return r.saveAccounts(ctx, tc, map[bool]*domain.Account{here.local: mine}, mine, theirs)
	case !changedThere:
		r.wrote(there, storage.SyncAccount, mine.ID)
		return r.saveAccounts(ctx, mc, map[bool]*domain.Account{there.local: theirs}, mine, theirs)
	}
	base, err := decodeAccount(b.Body)
	if err != nil {
		return err
	}
	m := history.Merge(domain.Doc{Account: base}, domain.Doc{Account: mc}, domain.Doc{Account: tc})
	return r.mergeAccounts(ctx, m, mine, theirs)
}

// mergeAccounts writes a merge of two copies of an account on both sides, or holds it.
func (r *run) mergeAccounts(ctx context.Context, m *history.Merged, mine, theirs *domain.Account) error {
	it := Item{Kind: storage.SyncAccount, LocalID: mine.ID, RemoteID: theirs.ID}
	docs := func(a *domain.Account) domain.Doc { return domain.Doc{Account: accountContent(a)} }
	return r.writeMerge(ctx, it, m, docs(mine), docs(theirs), func(result domain.Doc) error {
		r.merged(storage.SyncAccount, mine.ID)
		return r.saveAccounts(ctx, result.Account, map[bool]*domain.Account{true: mine, false: theirs}, mine, theirs)
	})
}

// saveAccounts gives the copies in to (by side: true for the local one) the profile want,
// the team's first (a stale save there leaves the local one as it was), then keeps the new
// base.
func (r *run) saveAccounts(ctx context.Context, want *domain.Account, to map[bool]*domain.Account, mine, theirs *domain.Account) error {
	here, there := r.sides()
	for _, s := range []side{there, here} {
		cur := to[s.local]
		if cur == nil {
			continue
		}
		c := accountContent(want)
		c.ID, c.Version = cur.ID, cur.Version
		if err := s.st.SaveAccount(ctx, c); err != nil {
			return err
		}
		cur.Version = c.Version
	}
	return r.agreeAccount(ctx, mine, theirs)
}

// agreeAccount keeps as the account's base what both sides now hold.
func (r *run) agreeAccount(ctx context.Context, mine, theirs *domain.Account) error {
	body, err := encode(accountContent(mine))
	if err != nil {
		return err
	}
	return r.local.SyncBases().Put(ctx, storage.SyncBase{Kind: storage.SyncAccount, LocalID: mine.ID, RemoteID: theirs.ID,
		AccountID: mine.ID, LocalVersion: mine.Version, RemoteVersion: theirs.Version, Body: body})
}
