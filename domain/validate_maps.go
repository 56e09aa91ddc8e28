package domain

import (
	"slices"
	"strings"
)

func (p planCheck) checkLinks(c checker) {
	for i, l := range p.Links {
		p.checkLink(c.idx("links", i), l, p.Links[:i])
	}
}

func (p planCheck) checkCoverages(c checker) {
	pairs := make(map[[2]string]bool, len(p.Coverage))
	for i, x := range p.Coverage {
		p.checkCoverage(c.idx("coverage", i), x, pairs)
	}
}

func (p planCheck) checkCentres(c checker) {
	for i, x := range p.Centres {
		checkCentre(c.idx("centres", i), x, p.Centres[:i])
	}
}

func (p planCheck) checkWhiteSpace(c checker) {
	for i, x := range p.WhiteSpace {
		p.checkSpaceCell(c.idx("white_space", i), x, p.WhiteSpace[:i])
	}
}

func (p planCheck) checkLink(c checker, l Link, before []Link) {
	if l.Kind != LinkInfluences && l.Kind != LinkConflict {
		c.add("kind", "err.choice", "must be influences or conflict")
	}
	for _, end := range []struct{ field, id string }{{"from", l.From}, {"to", l.To}} {
		if !p.hasContact(end.id) {
			c.add(end.field, "err.unknown_contact", "no contact with id %q", end.id)
		}
	}
	if l.From == l.To {
		c.add("to", "err.self_link", "a person cannot be linked to themselves")
	}
	for _, o := range before {
		if o.Same(l) {
			c.add("to", "err.duplicate_link", "%s and %s are already linked that way", p.contactName(l.From), p.contactName(l.To))
			return
		}
	}
}

// checkCoverage checks one pair of the team's coverage; pairs holds the pairs before it.
func (p planCheck) checkCoverage(c checker, x Coverage, pairs map[[2]string]bool) {
	c.required("member_id", x.MemberID)
	if !p.hasContact(x.ContactID) {
		c.add("contact_id", "err.unknown_contact", "no contact with id %q", x.ContactID)
	}
	c.intRange("rel_now", x.RelNow, 0, 4)
	c.intRange("rel_target", x.RelTarget, 0, 4)
	if x.Frequency != "" && !slices.Contains(Cadences, x.Frequency) {
		c.add("frequency", "err.choice", "must be one of weekly, monthly, quarterly, adhoc")
	}
	pair := [2]string{x.ContactID, x.MemberID}
	if pairs[pair] {
		c.add("member_id", "err.duplicate_coverage", "that team member already covers %s", p.contactName(x.ContactID))
	}
	pairs[pair] = true
}

func checkCentre(c checker, x BuyingCentre, before []BuyingCentre) {
	c.required("name", x.Name)
	c.maxLen("name", x.Name, 200)
	for _, o := range before {
		if strings.TrimSpace(x.Name) != "" && strings.EqualFold(strings.TrimSpace(o.Name), strings.TrimSpace(x.Name)) {
			c.add("name", "err.duplicate_centre", "there is already a buying centre called %s", x.Name)
			return
		}
	}
}

func (p planCheck) checkSpaceCell(c checker, x SpaceCell, before []SpaceCell) {
	if centreAt(p.Plan, x.CentreID) < 0 {
		c.add("centre_id", "err.unknown_centre", "no buying centre with id %q", x.CentreID)
	}
	if offeringAt(p.Plan, x.OfferingID) < 0 {
		c.add("offering_id", "err.unknown_offering", "no offering with id %q", x.OfferingID)
	}
	if !slices.Contains(SpaceStatuses, x.Status) {
		c.add("status", "err.choice", "must be one of ours, in_progress, competitor, open, not_relevant")
	}
	if x.Competitor != "" && !slices.ContainsFunc(p.Wallet.Competitors, func(w CompetitorShare) bool { return w.ID == x.Competitor }) {
		c.add("competitor", "err.unknown_competitor", "no competitor with id %q", x.Competitor)
	}
	if x.Potential < 0 {
		c.add("potential", "err.negative", "must not be negative")
	}
	if x.Revenue < 0 {
		c.add("revenue", "err.negative", "must not be negative")
	}
	for _, o := range before {
		if o.CentreID == x.CentreID && o.OfferingID == x.OfferingID {
			c.add("offering_id", "err.duplicate_cell", "that buying centre and offering already have a cell")
			return
		}
	}
}

func (p planCheck) contactName(id string) string {
	if k := p.FindContact(id); k != nil {
		return k.Name
	}
	return id
}
