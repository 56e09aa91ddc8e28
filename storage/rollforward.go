package storage

import (
	"context"
	"database/sql"
	"strings"

	"kamplan/domain"
	"kamplan/domain/period"
)

// RollForward copies a plan into a new period of the same account: the analysis, the
// stakeholders, the objectives and KPIs (with their history) and the open opportunities
// carry over, finished and cancelled actions and won or lost opportunities do not, and the new plan awaits a new sign-off.
func (s *Store) RollForward(ctx context.Context, planID, period string) (*domain.Plan, error) {
	src, err := s.LoadPlan(ctx, planID)
	if err != nil {
		return nil, err
	}
	next := NextPeriodPlan(src, strings.TrimSpace(period))
	if err := next.Validate(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var rows *planRows
	err = s.inTx(ctx, func(tx *sql.Tx) (err error) {
		rows, _, err = insertNewPlan(ctx, tx, nil, next)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.saved.remember(next.ID, rows)
	return next, nil
}

// NextPeriodPlan is the copy of src that RollForward stores for the period name (every store's):
// finished and cancelled actions left behind, no sign-off, no reviews (they were the period's),
// interim targets of earlier periods left out, every element with a new id.
func NextPeriodPlan(src *domain.Plan, name string) *domain.Plan {
	p := src.Clone()
	p.Period = name
	if month, ok := period.FirstMonth(name); ok {
		p.DropMilestonesBefore(month)
	}
	p.Commitment = domain.Commitment{}
	p.Reviews = nil
	var open []domain.Action
	for _, a := range p.Actions {
		if a.Open() {
			open = append(open, a)
		}
	}
	p.Actions = open
	var pursued []domain.Deal
	for _, d := range p.Opportunities {
		if !d.Closed() {
			pursued = append(pursued, d)
		}
	}
	p.Opportunities = pursued
	renumber(p)
	return p
}

// renumber gives every element a new id and keeps every reference between them.
func renumber(p *domain.Plan) {
	ids := map[string]string{}
	fresh := func(id *string) {
		n := domain.NewID()
		ids[*id] = n
		*id = n
	}
	fresh(&p.ID)
	d := &domain.Doc{Plan: p}
	for _, c := range domain.Collections() {
		if c.PlanWideIDs {
			c.EachID(d, fresh)
		}
	}
	relink(p, ids)
	relinkMaps(p, ids)
}

func relink(p *domain.Plan, ids map[string]string) {
	one := func(id *string) {
		if *id != "" {
			*id = ids[*id] // a reference to something dropped (a done action) becomes empty
		}
	}
	many := func(list []string) []string {
		var out []string
		for _, id := range list {
			if n, ok := ids[id]; ok {
				out = append(out, n)
			}
		}
		return out
	}
	for i := range p.Strategies {
		p.Strategies[i].ItemIDs = many(p.Strategies[i].ItemIDs)
	}
	for i := range p.Contacts {
		one(&p.Contacts[i].ReportsTo)
	}
	for i := range p.Objectives {
		o := &p.Objectives[i]
		one(&o.KPIID)
		one(&o.StrategyID)
		one(&o.ItemID)
	}
	for i := range p.Actions {
		p.Actions[i].ObjectiveIDs = many(p.Actions[i].ObjectiveIDs)
		p.Actions[i].ContactIDs = many(p.Actions[i].ContactIDs)
	}
	for i := range p.KPIs {
		p.KPIs[i].PlanB.ActionIDs = many(p.KPIs[i].PlanB.ActionIDs)
	}
}

func relinkMaps(p *domain.Plan, ids map[string]string) {
	for i := range p.Links {
		l := &p.Links[i]
		l.From, l.To = ids[l.From], ids[l.To]
	}
	for i := range p.Coverage {
		p.Coverage[i].ContactID = ids[p.Coverage[i].ContactID]
	}
	for i := range p.WhiteSpace {
		c := &p.WhiteSpace[i]
		c.CentreID, c.OfferingID = ids[c.CentreID], ids[c.OfferingID]
		if c.Competitor != "" {
			c.Competitor = ids[c.Competitor]
		}
	}
	for i := range p.Opportunities {
		d := &p.Opportunities[i]
		for _, ref := range []*string{&d.CentreID, &d.OfferingID, &d.CompetitorID} {
			if *ref != "" {
				*ref = ids[*ref]
			}
		}
		d.ObjectiveIDs = relinked(d.ObjectiveIDs, ids)
	}
}

// relinked is ids with each given its new id, those without one dropped.
func relinked(list []string, ids map[string]string) []string {
	var out []string
	for _, id := range list {
		if n, ok := ids[id]; ok {
			out = append(out, n)
		}
	}
	return out
}
