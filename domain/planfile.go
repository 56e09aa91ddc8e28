package domain

// PlanFileFormat and PlanFileVersion identify the portable plan file (JSON).
// Version 2 added informal links, team coverage and the white-space map; version 3 gave
// team members ids, and coverage pairs refer to them by id (contacts have no owner of
// their own: the pairs say who covers them), the client's employees and annual revenue as
// numbers, and the "share with the client" switch of SWOT items and strategies (an item
// without it takes its SWOT's default when read, see TakeDefaultSharing).
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
	// MergeBases names, for each plan, the states of it this file comes from, newest
	// first: a database that keeps one of them can merge the file with its own plan.
	// Optional: a file without it is merged with no known ancestor.
	MergeBases []MergeBase `json:"merge_bases,omitempty"`
}

// MergeBase names a kept state of a plan (a snapshot) by id and by the SHA-256 of its content.
type MergeBase struct {
	PlanID   string `json:"plan_id"`
	Snapshot string `json:"snapshot"`
	Hash     string `json:"hash"`
}

// Upgrade brings a file of an earlier version forward. Before version 3 team members had
// no ids and a pair named its member, and a contact's owner was typed on the contact (in
// version 1 it was the contact's only coverage): named[i] holds those names for Plans[i],
// and AdoptNamedCoverage turns them into team members and pairs.
func (f *PlanFile) Upgrade(named []NamedCoverage) {
	if f.Version >= 3 {
		return
	}
	f.Account.GiveMemberIDs()
	for i := range f.Plans {
		var n NamedCoverage
		if i < len(named) {
			n = named[i]
		}
		AdoptNamedCoverage(&f.Account, &f.Plans[i], n)
	}
}
