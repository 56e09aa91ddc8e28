package domain

// PlanFileFormat and PlanFileVersion identify the portable plan file (JSON).
// Version 2 added informal links, team coverage and the white-space map; version 3 the
// "share with the client" switch of SWOT items and strategies (an item without it takes its
// SWOT's default when read, see TakeDefaultSharing), which an older program would drop.
const (
	PlanFileFormat  = "kamplan.plan"
	PlanFileVersion = 3
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
