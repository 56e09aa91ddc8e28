package plausible

import (
	"slices"
	"sort"

	"kamplan/domain"
)

// SpaceTotal sums the money of some cells of the white-space map (minor units).
type SpaceTotal struct {
	Potential int64
	Revenue   int64
	Open      int64 // open potential: potential − our revenue of the open and competitor cells
	Cells     int   // cells counted
	HasMoney  bool  // some counted cell carries a potential or a revenue
}

func (t *SpaceTotal) add(c domain.SpaceCell) {
	t.Potential += c.Potential
	t.Revenue += c.Revenue
	t.Open += c.OpenPotential()
	t.Cells++
	t.HasMoney = t.HasMoney || c.Potential != 0 || c.Revenue != 0
}

// Totals are the row (buying centre) and column (offering) sums of the map and the
// grand total. Cells of a centre or an offering that is gone are not counted.
type Totals struct {
	Rows map[string]SpaceTotal // by centre ID
	Cols map[string]SpaceTotal // by offering ID
	All  SpaceTotal
}

// SpaceTotals sums the white-space map per buying centre, per offering and in all.
func SpaceTotals(p *domain.Plan) Totals {
	t := Totals{Rows: map[string]SpaceTotal{}, Cols: map[string]SpaceTotal{}}
	for _, c := range p.WhiteSpace {
		if centreAt(p, c.CentreID) < 0 || offeringAt(p, c.OfferingID) < 0 {
			continue
		}
		r, k := t.Rows[c.CentreID], t.Cols[c.OfferingID]
		r.add(c)
		k.add(c)
		t.Rows[c.CentreID], t.Cols[c.OfferingID] = r, k
		t.All.add(c)
	}
	return t
}

// SpaceWarnings compares the map's money with the wallet (METHOD §2): when cells carry
// money, the sum of their potentials should be the wallet's total purchase potential and
// the sum of their revenues our revenue; the same per offering. A difference is a soft
// warning, never a refusal: the map may be drawn before every cell is known. So is an open
// cell with more revenue than potential (CellWarning).
func SpaceWarnings(p *domain.Plan) []domain.Warning {
	t := SpaceTotals(p)
	var ws []domain.Warning
	if t.All.HasMoney {
		if t.All.Potential != p.Wallet.Potential {
			ws = append(ws, domain.Warning{Key: "whitespace.warn.potential", Msg: "the cells' potential differs from the wallet's total purchase potential"})
		}
		if t.All.Revenue != p.Wallet.Revenue {
			ws = append(ws, domain.Warning{Key: "whitespace.warn.revenue", Msg: "the cells' revenue differs from our revenue in the wallet"})
		}
	}
	for _, o := range p.Wallet.Offerings {
		col := t.Cols[o.ID]
		if !col.HasMoney || (o.Potential == 0 && o.Revenue == 0) {
			continue // an offering without figures in the wallet has nothing to compare with
		}
		if col.Potential != o.Potential || col.Revenue != o.Revenue {
			ws = append(ws, domain.Warning{Key: "whitespace.warn.offering", Args: []any{o.Name},
				Msg: "the cells of " + o.Name + " differ from its potential or revenue in the wallet"})
		}
	}
	for _, c := range p.WhiteSpace {
		if w := CellWarning(p, c); w != nil && centreAt(p, c.CentreID) >= 0 && offeringAt(p, c.OfferingID) >= 0 {
			ws = append(ws, *w)
		}
	}
	return ws
}

// LargestOpenCells returns up to n cells with open potential, largest first (ties in the
// order of the map: centre, then offering) — starting points for a SMART objective.
func LargestOpenCells(p *domain.Plan, n int) []domain.SpaceCell {
	rank := func(c domain.SpaceCell) (int, int) { return centreAt(p, c.CentreID), offeringAt(p, c.OfferingID) }
	var out []domain.SpaceCell
	for _, c := range p.WhiteSpace {
		if ri, oi := rank(c); c.OpenPotential() > 0 && ri >= 0 && oi >= 0 {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.OpenPotential() != b.OpenPotential() {
			return a.OpenPotential() > b.OpenPotential()
		}
		ar, ao := rank(a)
		br, bo := rank(b)
		return ar < br || (ar == br && ao < bo)
	})
	if n >= 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// centreAt is the row of a buying centre in the white-space map, -1 when it is gone.
func centreAt(p *domain.Plan, id string) int {
	return slices.IndexFunc(p.Centres, func(x domain.BuyingCentre) bool { return x.ID == id })
}

// offeringAt is the column of an offering in the white-space map, -1 when it is gone.
func offeringAt(p *domain.Plan, id string) int {
	return slices.IndexFunc(p.Wallet.Offerings, func(x domain.Offering) bool { return x.ID == id })
}
