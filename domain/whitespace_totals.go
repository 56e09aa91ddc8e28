package domain

import "slices"

// centreAt is the row of a buying centre in the white-space map, -1 when it is gone.
func centreAt(p *Plan, id string) int {
	return slices.IndexFunc(p.Centres, func(x BuyingCentre) bool { return x.ID == id })
}

// offeringAt is the column of an offering in the white-space map, -1 when it is gone.
func offeringAt(p *Plan, id string) int {
	return slices.IndexFunc(p.Wallet.Offerings, func(x Offering) bool { return x.ID == id })
}
