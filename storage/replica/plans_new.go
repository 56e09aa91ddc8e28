package replica

import (
	"context"
	"sort"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
)

// newPlans copies the plans only one side has to the other, as a roll forward of a plan of
// the same account there whose content is then replaced; two such plans of one account and
// period, one on each side, are the same plan made twice and are merged.
func (r *run) newPlans(ctx context.Context) error {
	here, there := r.sides()
	mine, err := r.unlinked(ctx, here)
	if err != nil {
		return err
	}
	theirs, err := r.unlinked(ctx, there)
	if err != nil {
		return err
	}
	for _, key := range sortedPlanKeys(mine) {
		lp := mine[key]
		rp, paired := theirs[key]
		delete(theirs, key)
		err := r.item(ctx, func(ctx context.Context) error {
			if paired {
				return r.pairPlans(ctx, lp, rp)
			}
			return r.createPlan(ctx, here, there, lp)
		})
		if err != nil {
			return err
		}
	}
	for _, key := range sortedPlanKeys(theirs) {
		rp := theirs[key]
		if err := r.item(ctx, func(ctx context.Context) error { return r.createPlan(ctx, there, here, rp) }); err != nil {
			return err
		}
	}
	return nil
}

func sortedPlanKeys(m map[string]domain.PlanSummary) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// unlinked lists a side's plans no base links, by account and period.
func (r *run) unlinked(ctx context.Context, s side) (map[string]domain.PlanSummary, error) {
	linked := map[string]bool{}
	for _, b := range r.bases {
		if b.Kind == storage.SyncPlan && b.LocalID != "" && b.RemoteID != "" {
			linked[s.id(b)] = true
		}
	}
	all, err := s.st.Portfolio(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]domain.PlanSummary{}
	for _, p := range all {
		if !linked[p.PlanID] {
			out[p.AccountID+"\x00"+p.Period] = p
		}
	}
	return out, nil
}

// marked reports whether a side's plan is being copied to the other side.
func (r *run) marked(s side, planID string) bool {
	for _, b := range r.bases {
		if b.Kind == storage.SyncPlan && s.id(b) == planID && (b.LocalID == "" || b.RemoteID == "") {
			return true
		}
	}
	return false
}

// createPlan copies a plan of from to the other side, where its account must be: as a
// roll forward of a plan of the account there, or, when it has none, with the account made
// again (a store creates a plan only with an account or from another plan).
func (r *run) createPlan(ctx context.Context, from, to side, p domain.PlanSummary) error {
	a, err := loadAccount(ctx, to, p.AccountID)
	if err != nil || a == nil {
		return err // the account is not there (yet): the accounts' step decides
	}
	there, err := plansOf(ctx, to, p.AccountID)
	if err != nil {
		return err
	}
	if err := r.markCreating(ctx, from, p); err != nil {
		return err
	}
	var created *domain.Plan
	if len(there) > 0 {
		created, err = to.st.RollForward(ctx, there[0].PlanID, p.Period)
	} else {
		created, err = r.recreateAccount(ctx, to, a, p.Period)
	}
	if err != nil {
		return err
	}
	return r.linkAndSync(ctx, from, to, p, created)
}

// recreateAccount makes a side's account without plans again, with a plan for period.
func (r *run) recreateAccount(ctx context.Context, s side, a *domain.Account, period string) (*domain.Plan, error) {
	if err := s.st.DeleteAccount(ctx, a.ID); err != nil {
		return nil, err
	}
	return s.st.CreateAccount(ctx, accountContent(a), period)
}

func (r *run) linkAndSync(ctx context.Context, from, to side, p domain.PlanSummary, created *domain.Plan) error {
	if err := r.linkCreated(ctx, from, to, p, created); err != nil {
		return err
	}
	bases, err := r.local.SyncBases().List(ctx)
	if err != nil {
		return err
	}
	for _, b := range bases {
		if b.Kind == storage.SyncPlan && from.id(b) == p.PlanID && to.id(b) == created.ID {
			return r.plan(ctx, b)
		}
	}
	return nil
}

// pairPlans links a plan each side has for one account and period: the copy this sync was
// creating when it stopped takes the other's content; two plans made apart are merged as
// MergeUnrelated does, their elements matched as a roll forward's are.
func (r *run) pairPlans(ctx context.Context, lp, rp domain.PlanSummary) error {
	here, there := r.sides()
	switch {
	case r.marked(here, lp.PlanID):
		return r.adopt(ctx, here, there, lp, rp.PlanID)
	case r.marked(there, rp.PlanID):
		return r.adopt(ctx, there, here, rp, lp.PlanID)
	}
	mine, err := r.local.LoadPlan(ctx, lp.PlanID)
	if err != nil {
		return err
	}
	theirs, err := r.remote.LoadPlan(ctx, rp.PlanID)
	if err != nil {
		return err
	}
	mc, tc := domain.Doc{Plan: content(mine, mine.ID)}, domain.Doc{Plan: content(theirs, mine.ID)}
	m := history.MergeUnrelated(mc, history.MatchPeriods(tc, mc), history.Mine)
	it := Item{Kind: storage.SyncPlan, LocalID: mine.ID, RemoteID: theirs.ID}
	return r.writeMerge(ctx, it, m, mc, tc, func(result domain.Doc) error {
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

// adopt links from's plan with the copy on to that a stopped sync created, then copies.
func (r *run) adopt(ctx context.Context, from, to side, p domain.PlanSummary, copyID string) error {
	created, err := to.st.LoadPlan(ctx, copyID)
	if err != nil {
		return err
	}
	return r.linkAndSync(ctx, from, to, p, created)
}
