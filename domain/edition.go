package domain

import (
	"encoding/json"
	"reflect"
)

// Clone returns a deep copy of the plan.
func (p *Plan) Clone() *Plan {
	b, err := json.Marshal(p)
	if err != nil {
		panic("domain: plan cannot be copied: " + err.Error())
	}
	var q Plan
	if err := json.Unmarshal(b, &q); err != nil {
		panic("domain: plan cannot be copied: " + err.Error())
	}
	q.Edition = p.Edition
	return &q
}

// ClientEdition returns a copy of the plan fit to share with the customer (METHOD.md §9):
// the items of RowRules are left out, with every link to them, and every field whose rule
// in EditionRules is Internal is cleared, so nothing internal can reach the document.
func ClientEdition(p *Plan) *Plan {
	q := p.Clone()
	q.Edition = EditionClient
	q.SWOTs = sharedSWOTs(q.SWOTs)
	q.Strategies = keep(q.Strategies, func(s Strategy) bool { return s.ShareWithClient })
	q.Objectives = keep(q.Objectives, func(o Objective) bool { return !o.Internal })
	q.Actions = keep(q.Actions, func(a Action) bool { return !a.Contingency })
	q.KPIs = keep(q.KPIs, func(k KPI) bool { return !k.Internal })
	q.Notes = keep(q.Notes, func(n Note) bool { return !n.Internal })
	q.dropDanglingLinks()
	clearInternal(reflect.ValueOf(q))
	return q
}

// sharedSWOTs keeps the items switched to "share with the client"; a SWOT other than the
// client's with none of them is left out whole (its section would only say "not assessed").
func sharedSWOTs(ws []SWOT) []SWOT {
	var out []SWOT
	for _, w := range ws {
		w.Items = keep(w.Items, func(it SWOTItem) bool { return it.ShareWithClient })
		if len(w.Items) > 0 || w.Subject == SubjectClient {
			out = append(out, w)
		}
	}
	return out
}

// dropDanglingLinks removes links to items the client edition left out.
func (q *Plan) dropDanglingLinks() {
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
	for i := range q.Actions {
		q.Actions[i].ObjectiveIDs = keep(q.Actions[i].ObjectiveIDs, func(id string) bool { return q.FindObjective(id) != nil })
	}
}

// ClientAccount returns a copy of the account without what EditionRules marks internal
// (its notes and tier).
func ClientAccount(a Account) Account {
	a.Team = append([]TeamMember(nil), a.Team...)
	clearInternal(reflect.ValueOf(&a))
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
