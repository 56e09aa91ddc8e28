package storage

import "slices"

// keptPlans is how many plans' rows the store remembers to write the next save as a
// difference: the open plan and a few just looked at. Any other plan's rows are read again
// when it is saved, so a portfolio browsed plan by plan does not stay in memory.
const keptPlans = 4

// recentRows is what the plans the store used last look like in the database, the one
// used longest ago first. Its user holds the store's lock.
type recentRows struct {
	rows  map[string]*planRows
	order []string
}

// of is what the store remembers of a plan, or nil.
func (r *recentRows) of(planID string) *planRows { return r.rows[planID] }

// remember keeps what a plan now looks like, forgetting the plan used longest ago beyond
// keptPlans.
func (r *recentRows) remember(planID string, rows *planRows) {
	r.forget(planID)
	if r.rows == nil {
		r.rows = map[string]*planRows{}
	}
	r.order = append(r.order, planID)
	r.rows[planID] = rows
	for len(r.order) > keptPlans {
		delete(r.rows, r.order[0])
		r.order = r.order[1:]
	}
}

// forget drops what is remembered of one plan.
func (r *recentRows) forget(planID string) {
	delete(r.rows, planID)
	r.order = slices.DeleteFunc(r.order, func(id string) bool { return id == planID })
}

// forgetAll drops every plan's rows, after the database changed under them.
func (r *recentRows) forgetAll() { r.rows, r.order = nil, nil }
