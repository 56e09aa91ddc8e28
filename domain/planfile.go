package domain

// PlanFileFormat and PlanFileVersion identify the portable plan file (JSON).
const (
	PlanFileFormat  = "kamplan.plan"
	PlanFileVersion = 1
)

// PlanFile is the portable file of one account with its plans.
type PlanFile struct {
	Format  string  `json:"format"`
	Version int     `json:"version"`
	Account Account `json:"account"`
	Plans   []Plan  `json:"plans"`
}
