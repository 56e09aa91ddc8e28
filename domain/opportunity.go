package domain

import "strings"

// The closing stages of an opportunity; the open stages are the company's (Settings.Stages).
const (
	StageWon  = "won"
	StageLost = "lost"
)

// SalesStage is an open stage of the company's sales process and the probability (%) an
// opportunity takes when it enters it.
type SalesStage struct {
	Name        string `json:"name"`
	Probability int    `json:"probability"`
}

// Deal is an opportunity: a deal pursued with the account: the pipeline behind the plan's objectives.
// Money in minor units of the plan's currency.
type Deal struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	OfferingID   string   `json:"offering_id,omitempty"` // with CentreID, a cell of the white-space map
	CentreID     string   `json:"centre_id,omitempty"`
	Value        int64    `json:"amount"`
	Stage        string   `json:"stage"`              // a name of Settings.Stages, StageWon or StageLost
	Probability  int      `json:"probability"`        // %
	Close        Date     `json:"close"`              // expected close date
	OwnerID      string   `json:"owner_id,omitempty"` // a member of the account's team
	CompetitorID string   `json:"competitor_id,omitempty"`
	NextStep     string   `json:"next_step,omitempty"`
	ObjectiveIDs []string `json:"objective_ids,omitempty"`
	ClosedOn     Date     `json:"closed_on"`          // won or lost on
	Reason       string   `json:"reason,omitempty"`   // why it was won or lost
	CRMID        string   `json:"crm_id,omitempty"`   // the record's id in the CRM it was imported from
	Internal     bool     `json:"internal,omitempty"` // e.g. one lost that the client need not read about
}

// Closed reports whether the opportunity was won or lost.
func (o Deal) Closed() bool { return o.Stage == StageWon || o.Stage == StageLost }

func (p planCheck) checkOpportunities(c checker) {
	for i, o := range p.Opportunities {
		p.checkOpportunity(c.idx("opportunities", i), o)
	}
}

func (p planCheck) checkOpportunity(c checker, o Deal) {
	c.required("name", o.Name)
	c.required("stage", o.Stage)
	c.intRange("probability", o.Probability, 0, 100)
	if o.Value < 0 {
		c.add("value", "err.negative", "must not be negative")
	}
	if o.Closed() && o.ClosedOn.IsZero() {
		c.add("closed_on", "err.closed_on", "a won or lost opportunity needs the day it closed")
	}
	if o.Closed() && strings.TrimSpace(o.Reason) == "" {
		c.add("reason", "err.close_reason", "say why it was won or lost")
	}
	if o.CentreID != "" && centreAt(p.Plan, o.CentreID) < 0 {
		c.add("centre_id", "err.unknown_centre", "no buying centre with id %q", o.CentreID)
	}
	if o.OfferingID != "" && offeringAt(p.Plan, o.OfferingID) < 0 {
		c.add("offering_id", "err.unknown_offering", "no offering with id %q", o.OfferingID)
	}
	if o.CompetitorID != "" && byID(p.Wallet.Competitors, o.CompetitorID, func(x *CompetitorShare) string { return x.ID }) == nil {
		c.add("competitor_id", "err.unknown_competitor", "no competitor with id %q", o.CompetitorID)
	}
	for j, id := range o.ObjectiveIDs {
		if p.FindObjective(id) == nil {
			c.add(sprintfIdx("objective_ids", j), "err.unknown_objective", "no objective with id %q", id)
		}
	}
}
