package replica

import (
	"context"

	"kamplan/domain"
	"kamplan/storage"
)

// createAccount copies an account only from has to the other side, with its newest plan
// (a store creates an account with a plan). The plan's copy is marked as being created
// first, so that a sync stopped before it is linked knows the copy for its own.
func (r *run) createAccount(ctx context.Context, from, to side, a *domain.Account) error {
	plans, err := plansOf(ctx, from, a.ID)
	if err != nil || len(plans) == 0 {
		return err // an account without a plan waits for one
	}
	src := plans[0]
	if err := r.markCreating(ctx, from, src); err != nil {
		return err
	}
	c := accountContent(a)
	created, err := to.st.CreateAccount(ctx, c, src.Period)
	if err != nil {
		return err
	}
	r.wrote(to, storage.SyncAccount, a.ID)
	if from.local {
		err = r.agreeAccount(ctx, a, c)
	} else {
		err = r.agreeAccount(ctx, c, a)
	}
	if err != nil {
		return err
	}
	return r.linkCreated(ctx, from, to, src, created)
}

// plansOf lists a side's plans of an account, newest period first.
func plansOf(ctx context.Context, s side, accountID string) ([]domain.PlanSummary, error) {
	all, err := s.st.Portfolio(ctx)
	if err != nil {
		return nil, err
	}
	var out []domain.PlanSummary
	for _, p := range all {
		if p.AccountID == accountID {
			out = append(out, p)
		}
	}
	return out, nil
}

// markCreating records that a copy of from's plan is being created on the other side.
func (r *run) markCreating(ctx context.Context, from side, p domain.PlanSummary) error {
	b := storage.SyncBase{Kind: storage.SyncPlan, AccountID: p.AccountID, Period: p.Period}
	from.set(&b, p.PlanID, 0, 0)
	return r.local.SyncBases().Put(ctx, b)
}

// linkCreated keeps the base of a plan just created on to as a copy of src: the new copy
// as it is, from which src's content is then copied like any change (the next step).
func (r *run) linkCreated(ctx context.Context, from, to side, src domain.PlanSummary, created *domain.Plan) error {
	seq, err := lastSeq(ctx, to, created.ID)
	if err != nil {
		return err
	}
	localID := created.ID
	if from.local {
		localID = src.PlanID
	}
	body, err := encode(content(created, localID))
	if err != nil {
		return err
	}
	b := storage.SyncBase{Kind: storage.SyncPlan, AccountID: src.AccountID, Period: src.Period, Body: body}
	from.set(&b, src.PlanID, 0, 0) // changed since: its content goes over
	to.set(&b, created.ID, created.Version, seq)
	return r.local.SyncBases().Put(ctx, b)
}

// accountGone syncs an account one side deleted (with its plans): deleted on the other side
// too when neither the account nor any of its plans changed there since the base; else
// brought back with its plans to the side that deleted it (the edit wins).
func (r *run) accountGone(ctx context.Context, b storage.SyncBase, kept, gone side, a *domain.Account) error {
	changed, err := r.changedSince(ctx, kept, a)
	if err != nil {
		return err
	}
	if changed {
		if err := r.forgetAccount(ctx, a.ID); err != nil {
			return err
		}
		return r.createAccount(ctx, kept, gone, a)
	}
	if err := kept.st.DeleteAccount(ctx, a.ID); err != nil && domain.CodeOf(err) != domain.CodeNotFound {
		return err
	}
	r.wrote(kept, storage.SyncAccount, a.ID)
	return r.forgetAccount(ctx, a.ID)
}

// changedSince reports whether a side changed an account or one of its plans since their
// bases, or has a plan of it the bases do not know.
func (r *run) changedSince(ctx context.Context, s side, a *domain.Account) (bool, error) {
	plans, err := plansOf(ctx, s, a.ID)
	if err != nil {
		return false, err
	}
	versions := map[string]int64{}
	for _, b := range r.bases {
		if b.Kind == storage.SyncAccount && b.LocalID == a.ID && a.Version != s.version(b) {
			return true, nil
		}
		if b.Kind == storage.SyncPlan && s.id(b) != "" {
			versions[s.id(b)] = s.version(b)
		}
	}
	for _, ps := range plans {
		v, known := versions[ps.PlanID]
		if !known {
			return true, nil
		}
		p, err := s.st.LoadPlan(ctx, ps.PlanID)
		if err != nil || p.Version != v {
			return err == nil, err
		}
	}
	return false, nil
}

// forgetAccount forgets the bases of an account and of its plans.
func (r *run) forgetAccount(ctx context.Context, id string) error {
	for _, b := range r.bases {
		if b.AccountID != id {
			continue
		}
		if err := r.local.SyncBases().Delete(ctx, b.Kind, b.LocalID, b.RemoteID); err != nil {
			return err
		}
	}
	return nil
}
