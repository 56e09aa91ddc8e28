// Package plausible holds the soft warnings of a plan whose figures do not add up (the white-space
// map against the wallet, the offerings above the wallet, a target stage below the current one) and
// the white-space map's sums; package domain refuses the impossible ones (Plan.Impossible).
package plausible

import "kamplan/domain"

// Warnings are every soft warning of the plan: stakeholder map, stage against wallet,
// strength weights that do not add up to 100, figures that do not add up.
func Warnings(p *domain.Plan) []domain.Warning {
	ws := p.MapWarnings()
	for _, w := range []*domain.Warning{p.StageWarning(), p.WeightsWarning()} {
		if w != nil {
			ws = append(ws, *w)
		}
	}
	return append(ws, FigureWarnings(p)...)
}

// FigureWarnings are the implausible figures of the plan: the offerings' potential above the
// wallet's, the white-space map against the wallet and its open cells with more revenue than
// potential (SpaceWarnings), a target stage below the current one.
func FigureWarnings(p *domain.Plan) []domain.Warning {
	var ws []domain.Warning
	if w := OfferingsWarning(p); w != nil {
		ws = append(ws, *w)
	}
	ws = append(ws, SpaceWarnings(p)...)
	if w := StageTargetWarning(p); w != nil {
		ws = append(ws, *w)
	}
	return ws
}

// OfferingsWarning flags offerings whose potentials add up to more than the wallet's total
// purchase potential (the whole of what the client buys from everyone).
func OfferingsWarning(p *domain.Plan) *domain.Warning {
	var sum int64
	for _, o := range p.Wallet.Offerings {
		sum += o.Potential
	}
	if sum <= p.Wallet.Potential {
		return nil
	}
	return &domain.Warning{Key: "warn.offerings_over_wallet", Msg: "the offerings' potentials add up to more than the wallet's total purchase potential"}
}

// CellWarning flags a cell of the white-space map marked open that already brings us more
// revenue than its potential: either the status or a figure is wrong.
func CellWarning(p *domain.Plan, c domain.SpaceCell) *domain.Warning {
	if c.Status != domain.SpaceOpen || c.Revenue <= c.Potential {
		return nil
	}
	centre, offering := cellNames(p, c)
	return &domain.Warning{Key: "warn.open_cell_revenue", Args: []any{centre, offering},
		Msg: centre + " × " + offering + " is marked open but our revenue there is above its potential"}
}

func cellNames(p *domain.Plan, c domain.SpaceCell) (centre, offering string) {
	if i := centreAt(p, c.CentreID); i >= 0 {
		centre = p.Centres[i].Name
	}
	if i := offeringAt(p, c.OfferingID); i >= 0 {
		offering = p.Wallet.Offerings[i].Name
	}
	return centre, offering
}

// StageTargetWarning flags a target relationship stage below the current one.
func StageTargetWarning(p *domain.Plan) *domain.Warning {
	if !p.StageNow.Valid() || !p.StageTarget.Valid() || p.StageTarget >= p.StageNow {
		return nil
	}
	return &domain.Warning{Key: "warn.stage_target_below", Msg: "the target relationship stage is below the current one"}
}
