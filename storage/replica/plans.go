package replica

import (
	"context"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
)

// basedPlans syncs every plan the two sides agreed on before.
func (r *run) basedPlans(ctx context.Context) error {
	for _, b := range r.bases {
		if b.Kind != storage.SyncPlan || b.LocalID == "" || b.RemoteID == "" {
			continue
		}
		if err := r.item(ctx, func(ctx context.Context) error { return r.plan(ctx, b) }); err != nil {
			return err
		}
	}
	return nil
}

// plan syncs one plan from its base, as the package describes.
func (r *run) plan(ctx context.Context, b storage.SyncBase) error {
	here, there := r.sides()
	mine, err := loadPlan(ctx, here, b.LocalID)
	if err != nil {
		return err
	}
	theirs, err := loadPlan(ctx, there, b.RemoteID)
	switch {
	case err != nil:
		return err
	case mine == nil && theirs == nil:
		return r.local.SyncBases().Delete(ctx, storage.SyncPlan, b.LocalID, b.RemoteID)
	case mine == nil:
		return r.planGone(ctx, b, there, theirs)
	case theirs == nil:
		return r.planGone(ctx, b, here, mine)
	}
	base, err := decodePlan(b.Body)
	if err != nil {
		return err
	}
	return r.bothPlans(ctx, b, base, mine, theirs)
}

// bothPlans brings two copies of a plan together from their base.
func (r *run) bothPlans(ctx context.Context, b storage.SyncBase, base, mine, theirs *domain.Plan) error {
	here, there := r.sides()
	changedHere, changedThere := mine.Version != b.LocalVersion, theirs.Version != b.RemoteVersion
	mc, tc := content(mine, b.LocalID), content(theirs, b.LocalID)
	switch {
	case !changedHere && !changedThere:
		return nil
	case same(domain.Doc{Plan: mc}, domain.Doc{Plan: tc}):
		return r.agreePlan(ctx, mine, theirs)
	case !changedHere:
		r.wrote(here, storage.SyncPlan, b.LocalID)
		return r.copyPlan(ctx, b, there, here, theirs, mine, tc)
	case !changedThere:
		r.wrote(there, storage.SyncPlan, b.LocalID)
		return r.copyPlan(ctx, b, here, there, mine, theirs, mc)
	}
	return r.mergePlans(ctx, b, base, mine, theirs)
}

// copyPlan brings the changes of from's plan src since the base to to's plan dst (whose
// content is still the base's), then keeps the new base.
func (r *run) copyPlan(ctx context.Context, b storage.SyncBase, from, to side, src, dst, want *domain.Plan) error {
	entries, err := entriesSince(ctx, from, src.ID, from.seq(b))
	if err != nil {
		return err
	}
	if err := r.replay(ctx, to, dst, entries, want); err != nil {
		return err
	}
	if from.local {
		return r.agreePlan(ctx, src, dst)
	}
	return r.agreePlan(ctx, dst, src)
}

// mergePlans merges what both sides changed since the base; a conflict without a chosen
// side holds the plan as both sides have it.
func (r *run) mergePlans(ctx context.Context, b storage.SyncBase, base, mine, theirs *domain.Plan) error {
	it := Item{Kind: storage.SyncPlan, LocalID: b.LocalID, RemoteID: b.RemoteID}
	mc, tc := domain.Doc{Plan: content(mine, b.LocalID)}, domain.Doc{Plan: content(theirs, b.LocalID)}
	m := history.Merge(domain.Doc{Plan: base}, mc, tc)
	return r.writeMerge(ctx, it, m, mc, tc, func(result domain.Doc) error {
		here, there := r.sides()
		if err := r.replace(ctx, there, theirs, result.Plan); err != nil {
			return err // the team's copy first: a stale save there leaves this one as it was
		}
		if err := r.replace(ctx, here, mine, result.Plan); err != nil {
			return err
		}
		r.merged(storage.SyncPlan, mine.ID)
		return r.agreePlan(ctx, mine, theirs)
	})
}

// writeMerge decides the merge's conflicts by r.choose and writes its result, or holds the
// item while a conflict has no side.
func (r *run) writeMerge(ctx context.Context, it Item, m *history.Merged, mine, theirs domain.Doc, write func(domain.Doc) error) error {
	if !r.decide(it, m) {
		r.hold(ctx, it, m, mine, theirs)
		return nil
	}
	result, err := m.Result()
	if err != nil {
		return err
	}
	return write(result)
}

// decide takes in each conflict the side chosen; false while one has none.
func (r *run) decide(it Item, m *history.Merged) bool {
	decided := true
	for i := range m.Conflicts {
		side := history.Side("")
		if r.choose != nil {
			side = r.choose(it, m.Conflicts[i])
		}
		if side != history.Mine && side != history.Theirs {
			decided = false
			continue
		}
		m.Conflicts[i].Take = side
	}
	return decided
}

// agreePlan keeps as the plan's base what both sides now hold.
func (r *run) agreePlan(ctx context.Context, mine, theirs *domain.Plan) error {
	here, there := r.sides()
	body, err := encode(content(mine, mine.ID))
	if err != nil {
		return err
	}
	nb := storage.SyncBase{Kind: storage.SyncPlan, AccountID: mine.AccountID, Period: mine.Period, Body: body}
	for _, s := range []struct {
		side side
		plan *domain.Plan
	}{{here, mine}, {there, theirs}} {
		seq, err := lastSeq(ctx, s.side, s.plan.ID)
		if err != nil {
			return err
		}
		s.side.set(&nb, s.plan.ID, s.plan.Version, seq)
	}
	return r.local.SyncBases().Put(ctx, nb)
}

// planGone syncs a plan one side deleted: deleted on the other side too (kept there) when
// that side did not change it since the base, else brought back, as kept has it, to the side
// that deleted it (the edit wins).
func (r *run) planGone(ctx context.Context, b storage.SyncBase, kept side, p *domain.Plan) error {
	if p.Version != kept.version(b) {
		return r.local.SyncBases().Delete(ctx, storage.SyncPlan, b.LocalID, b.RemoteID) // a new plan for the other side
	}
	if err := kept.st.DeletePlan(ctx, p.ID); err != nil && domain.CodeOf(err) != domain.CodeNotFound {
		return err
	}
	r.wrote(kept, storage.SyncPlan, b.LocalID)
	return r.local.SyncBases().Delete(ctx, storage.SyncPlan, b.LocalID, b.RemoteID)
}
