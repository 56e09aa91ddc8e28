// Package review holds the account reviews' rules beyond the model: when the next review is
// due from the plan's review cadence, the latest review, and recording a review with the
// actions it creates as one edit (one undo).
package review

import (
	"slices"

	"kamplan/domain"
)

// Latest is the review held last (the latest recorded of those on one day), or nil.
func Latest(p *domain.Plan) *domain.Review {
	var last *domain.Review
	for i := range p.Reviews {
		if r := &p.Reviews[i]; last == nil || !r.Date.Before(last.Date) {
			last = r
		}
	}
	return last
}

// After is the day a review held on held is followed by the next one at cadence; false for
// an ad-hoc cadence (no fixed next date) or an unknown one.
func After(held domain.Date, cadence domain.Cadence) (domain.Date, bool) {
	switch cadence {
	case domain.CadenceWeekly:
		return held.AddDays(7), true
	case domain.CadenceMonthly:
		return held.AddMonths(1), true
	case domain.CadenceQuarterly:
		return held.AddMonths(3), true
	}
	return domain.Date{}, false
}

// Next is the plan's next review date: its latest review plus its cadence. false while no
// review was recorded or the cadence is ad hoc.
func Next(p *domain.Plan) (domain.Date, bool) {
	last := Latest(p)
	if last == nil {
		return domain.Date{}, false
	}
	return After(last.Date, p.ReviewCadence)
}

// NextOf is Next's date, the zero Date when there is none: what a plan's summary keeps.
func NextOf(p *domain.Plan) domain.Date {
	next, _ := Next(p)
	return next
}

// Due reports whether the plan's next review falls on or before today plus days.
func Due(p *domain.Plan, today domain.Date, days int) (domain.Date, bool) {
	next, ok := Next(p)
	return next, ok && !next.After(today.AddDays(days))
}

// Record is the edit that records r and adds the actions it decided to the action plan; r
// keeps their ids. Applied as one edit, one undo removes the review and its actions.
func Record(r domain.Review, actions []domain.Action) domain.Batch {
	var b domain.Batch
	r.ActionIDs = slices.Clone(r.ActionIDs)
	for _, a := range actions {
		b = append(b, domain.AddItem{Coll: domain.CollActions, Value: a})
		r.ActionIDs = append(r.ActionIDs, a.ID)
	}
	return append(b, domain.AddItem{Coll: domain.CollReviews, Value: r})
}
