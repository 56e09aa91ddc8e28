package domain

// ReplaceCause says why a whole content replaced the plan's.
type ReplaceCause string

const (
	CauseRestore ReplaceCause = "restore" // a snapshot made the current plan again
	CauseMerge   ReplaceCause = "merge"   // the result of a three-way merge
)

// ReplaceContent replaces everything a person edits of the plan (and of its account, when
// Account is set) by another content at once: a restored snapshot, a merge's result. The
// identities stay: the plan keeps its id, its account and its store version, the account its
// id, and the plan its portfolio's attractiveness factors (they belong to the settings).
// Like every edit it has an inverse, so a restore or a merge is undone in one step.
type ReplaceContent struct {
	Account *Account // nil: the account is not changed
	Plan    *Plan    // nil: the plan is not changed
	Cause   ReplaceCause
	Source  string // what the content came from: the snapshot's label, the merged file's name
}

func (r ReplaceContent) touches() (account, plan bool) { return r.Account != nil, r.Plan != nil }

func (r ReplaceContent) apply(d *Doc) (Edit, error) {
	inv := ReplaceContent{Cause: r.Cause, Source: r.Source}
	if (r.Account != nil && d.Account == nil) || (r.Plan != nil && d.Plan == nil) {
		return nil, internalError("nothing to replace")
	}
	if r.Account != nil {
		old := contentOfAccount(*d.Account)
		next := contentOfAccount(*r.Account)
		next.ID, next.Version = d.Account.ID, d.Account.Version
		*d.Account, inv.Account = next, &old
	}
	if r.Plan != nil {
		old := contentOfPlan(*d.Plan)
		next := contentOfPlan(*r.Plan)
		next.ID, next.AccountID, next.Version = d.Plan.ID, d.Plan.AccountID, d.Plan.Version
		next.Edition = d.Plan.Edition
		next.Portfolio.Attractiveness.Factors = clone(d.Plan.Portfolio.Attractiveness.Factors)
		*d.Plan, inv.Plan = next, &old
	}
	return inv, nil
}

// contentOfAccount is a deep copy of an account without its store version.
func contentOfAccount(a Account) Account {
	c := clone(a)
	c.Version = 0
	return c
}

// contentOfPlan is a deep copy of a plan without its store version nor its edition.
func contentOfPlan(p Plan) Plan {
	c := clone(p)
	c.Version, c.Edition = 0, ""
	return c
}

// doc is the content as a Doc (its parts nil where it leaves them unchanged).
func (r ReplaceContent) doc() Doc { return Doc{Account: r.Account, Plan: r.Plan} }

// ReplaceWith is the edit that makes the content of to the current one (to's plan and, when
// withAccount is set, its account), for the given cause.
func ReplaceWith(to Doc, withAccount bool, cause ReplaceCause, source string) ReplaceContent {
	r := ReplaceContent{Cause: cause, Source: source}
	if to.Plan != nil {
		p := contentOfPlan(*to.Plan)
		r.Plan = &p
	}
	if withAccount && to.Account != nil {
		a := contentOfAccount(*to.Account)
		r.Account = &a
	}
	return r
}
