package domain

// BuyingCentre is a division, site or function of the client that buys on its own
// (a row of the white-space map, METHOD §2).
type BuyingCentre struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// SpaceStatus is the state of one cell of the white-space map.
type SpaceStatus string

const (
	SpaceOurs        SpaceStatus = "ours"
	SpaceInProgress  SpaceStatus = "in_progress"
	SpaceCompetitor  SpaceStatus = "competitor"
	SpaceOpen        SpaceStatus = "open"
	SpaceNotRelevant SpaceStatus = "not_relevant"
)

// SpaceStatuses lists the statuses in display order.
var SpaceStatuses = []SpaceStatus{SpaceOurs, SpaceInProgress, SpaceCompetitor, SpaceOpen, SpaceNotRelevant}

// SpaceCell is what we know of one buying centre × one of our offerings. A pair without a
// cell is unknown (drawn empty). Money in minor units of the plan's currency; zero = not given.
type SpaceCell struct {
	ID         string      `json:"id"`
	CentreID   string      `json:"centre_id"`
	OfferingID string      `json:"offering_id"`
	Status     SpaceStatus `json:"status"`
	Competitor string      `json:"competitor,omitempty"` // competitor ID of the wallet, when Status is competitor
	Potential  int64       `json:"potential,omitempty"`
	Revenue    int64       `json:"revenue,omitempty"`
}

// OpenPotential is what is still to win in the cell: potential − our revenue for open and
// competitor cells, zero otherwise.
func (c SpaceCell) OpenPotential() int64 {
	if c.Status != SpaceOpen && c.Status != SpaceCompetitor {
		return 0
	}
	if c.Potential > c.Revenue {
		return c.Potential - c.Revenue
	}
	return 0
}

// SpaceCellAt returns the cell of a centre and an offering, or nil.
func (p *Plan) SpaceCellAt(centreID, offeringID string) *SpaceCell {
	for i := range p.WhiteSpace {
		c := &p.WhiteSpace[i]
		if c.CentreID == centreID && c.OfferingID == offeringID {
			return c
		}
	}
	return nil
}
