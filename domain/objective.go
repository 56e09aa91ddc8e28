package domain

// Category of a SMART objective.
type Category string

const (
	CatFinancial   Category = "financial"
	CatRelational  Category = "relational"
	CatOperational Category = "operational"
	CatStrategic   Category = "strategic"
)

// Categories lists the categories in display order.
var Categories = []Category{CatFinancial, CatRelational, CatOperational, CatStrategic}

// Objective is a SMART objective of the plan.
type Objective struct {
	ID         string   `json:"id"`
	Statement  string   `json:"statement"`
	Category   Category `json:"category"`
	Unit       string   `json:"unit,omitempty"`   // measure, when no KPI is linked
	KPIID      string   `json:"kpi_id,omitempty"` // measure: a linked KPI
	Baseline   *float64 `json:"baseline,omitempty"`
	Target     *float64 `json:"target,omitempty"`
	Deadline   Date     `json:"deadline"`
	Owner      string   `json:"owner,omitempty"`
	StrategyID string   `json:"strategy_id,omitempty"` // rationale: a cross-analysis strategy
	ItemID     string   `json:"item_id,omitempty"`     // or a SWOT item
	Rationale  string   `json:"rationale,omitempty"`
	Internal   bool     `json:"internal,omitempty"` // e.g. a share-of-wallet target
}

func (p planCheck) checkObjective(c checker, o Objective) {
	c.required("statement", o.Statement)
	if o.Category != "" && o.Category != CatFinancial && o.Category != CatRelational &&
		o.Category != CatOperational && o.Category != CatStrategic {
		c.add("category", "err.choice", "must be one of financial, relational, operational, strategic")
	}
	if o.KPIID != "" && p.FindKPI(o.KPIID) == nil {
		c.add("kpi_id", "err.unknown_kpi", "no KPI with id %q", o.KPIID)
	}
	if o.StrategyID != "" && p.FindStrategy(o.StrategyID) == nil {
		c.add("strategy_id", "err.unknown_strategy", "no strategy with id %q", o.StrategyID)
	}
	if it, _ := p.FindItem(o.ItemID); o.ItemID != "" && it == nil {
		c.add("item_id", "err.unknown_item", "no SWOT item with id %q", o.ItemID)
	}
}
