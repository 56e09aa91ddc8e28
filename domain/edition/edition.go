// Package edition makes the client edition of a plan (METHOD.md §9): the copy fit to share
// with the customer, and the rule of every field of the plan model that decides it.
package edition

import (
	"reflect"

	"kamplan/domain"
)

// Plan returns a copy of the plan fit to share with the customer (METHOD.md §9):
// the items of domain.RowRules (each list's ClientRule) are left out, with every link to them, and
// every field whose rule in Rules is Internal is cleared, so nothing internal can
// reach the document; so are those marked Wallet when the plan keeps its wallet internal.
func Plan(p *domain.Plan) *domain.Plan {
	q := p.Clone()
	q.Edition = domain.EditionClient
	domain.LeaveOutForClient(&domain.Doc{Plan: q})
	dropDanglingLinks(q)
	clearInternal(reflect.ValueOf(q), q.Wallet.Internal)
	return q
}

// dropDanglingLinks removes links to items the client edition left out.
func dropDanglingLinks(q *domain.Plan) {
	for i := range q.Strategies {
		q.Strategies[i].ItemIDs = keep(q.Strategies[i].ItemIDs, func(id string) bool { it, _ := q.FindItem(id); return it != nil })
	}
	for i := range q.Objectives {
		o := &q.Objectives[i]
		if q.FindStrategy(o.StrategyID) == nil {
			o.StrategyID = ""
		}
		if it, _ := q.FindItem(o.ItemID); it == nil {
			o.ItemID = ""
		}
		if q.FindKPI(o.KPIID) == nil {
			o.KPIID = ""
		}
	}
	hasObjective := func(id string) bool { return q.FindObjective(id) != nil }
	for i := range q.Actions {
		q.Actions[i].ObjectiveIDs = keep(q.Actions[i].ObjectiveIDs, hasObjective)
	}
	for i := range q.Opportunities {
		q.Opportunities[i].ObjectiveIDs = keep(q.Opportunities[i].ObjectiveIDs, hasObjective)
	}
	for i := range q.Reviews {
		q.Reviews[i].ActionIDs = keep(q.Reviews[i].ActionIDs, func(id string) bool { return q.FindAction(id) != nil })
	}
}

// Account returns a copy of the account without what Rules marks internal
// (its notes and tier).
func Account(a domain.Account) domain.Account {
	a.Team = append([]domain.TeamMember(nil), a.Team...)
	clearInternal(reflect.ValueOf(&a), false)
	return a
}

func keep[T any](xs []T, ok func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}
