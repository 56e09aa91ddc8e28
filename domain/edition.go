package domain

import "encoding/json"

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
// without the portfolio position, competitor SWOTs and the strategies built on them,
// stakeholder attitude, influence and notes, margin, share-of-wallet targets, contingency
// actions and plan B, internal objectives, KPIs and notes, and the risks.
func ClientEdition(p *Plan) *Plan {
	q := p.Clone()
	q.Edition = EditionClient
	q.Portfolio = Portfolio{}
	q.Wallet.MarginPct = nil
	q.Wallet.TargetShare = nil
	q.Risks = ""
	q.Strategies = keep(q.Strategies, func(s Strategy) bool { return !p.UsesCompetitorSWOT(s) })
	q.SWOTs = keep(q.SWOTs, func(s SWOT) bool { return s.Subject != SubjectCompetitor })
	for i := range q.Contacts {
		q.Contacts[i].Influence, q.Contacts[i].Attitude, q.Contacts[i].Notes = 0, 0, ""
	}
	q.Objectives = keep(q.Objectives, func(o Objective) bool { return !o.Internal })
	for i := range q.Objectives {
		if q.FindStrategy(q.Objectives[i].StrategyID) == nil {
			q.Objectives[i].StrategyID = ""
		}
		if it, _ := q.FindItem(q.Objectives[i].ItemID); it == nil {
			q.Objectives[i].ItemID = ""
		}
	}
	q.Actions = keep(q.Actions, func(a Action) bool { return !a.Contingency })
	for i := range q.Actions {
		q.Actions[i].ObjectiveIDs = keep(q.Actions[i].ObjectiveIDs, func(id string) bool { return q.FindObjective(id) != nil })
	}
	q.KPIs = keep(q.KPIs, func(k KPI) bool { return !k.Internal })
	for i := range q.KPIs {
		q.KPIs[i].PlanB = PlanB{}
	}
	for i := range q.Objectives {
		if q.FindKPI(q.Objectives[i].KPIID) == nil {
			q.Objectives[i].KPIID = ""
		}
	}
	q.Notes = keep(q.Notes, func(n Note) bool { return !n.Internal })
	return q
}

// ClientAccount returns a copy of the account without its internal notes.
func ClientAccount(a Account) Account {
	a.Notes = ""
	a.Team = append([]TeamMember(nil), a.Team...)
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
