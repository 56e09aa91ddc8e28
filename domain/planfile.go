package domain

// PlanFileFormat and PlanFileVersion identify the portable plan file (JSON).
// Version 2 added informal links, team coverage and the white-space map.
const (
	PlanFileFormat  = "kamplan.plan"
	PlanFileVersion = 2
)

// PlanFile is the portable file of one account with its plans.
type PlanFile struct {
	Format  string  `json:"format"`
	Version int     `json:"version"`
	Account Account `json:"account"`
	Plans   []Plan  `json:"plans"`
}

// Upgrade brings a file of an earlier version forward: before version 2 a contact's owner
// was its only coverage, so each owner becomes that contact's coverage pair.
func (f *PlanFile) Upgrade() {
	if f.Version >= 2 {
		return
	}
	for i := range f.Plans {
		f.Plans[i].CoverageFromOwners()
	}
}
