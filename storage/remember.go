package storage

import "slices"

// keptPlans is how many plans' rows the store remembers to write the next save as a
// difference: the open plan and a few just looked at. Any other plan's rows are read again
// when it is saved, so a portfolio browsed plan by plan does not stay in memory.
const keptPlans = 4

// remember keeps what a plan now looks like in the database, forgetting the plan used
// longest ago beyond keptPlans. The caller holds s.mu.
func (s *Store) remember(planID string, rows *planRows) {
	s.recent = slices.DeleteFunc(s.recent, func(id string) bool { return id == planID })
	s.recent = append(s.recent, planID)
	s.saved[planID] = rows
	for len(s.recent) > keptPlans {
		delete(s.saved, s.recent[0])
		s.recent = s.recent[1:]
	}
}

// forget drops what the store remembers of one plan, or of all when planID is "". The
// caller holds s.mu.
func (s *Store) forget(planID string) {
	if planID == "" {
		s.saved, s.recent = map[string]*planRows{}, nil
		return
	}
	delete(s.saved, planID)
	s.recent = slices.DeleteFunc(s.recent, func(id string) bool { return id == planID })
}
