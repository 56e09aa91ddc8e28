package domain

import (
	"slices"
	"strings"
)

// Coverage is one pair of our account team and one of the client's people: how well that
// member knows the person now, the target, and how often they should meet (METHOD §5).
// The pairs are the one answer to "who covers this person?": the matrix, the gaps, the
// warnings, the contact dialog and both editions of the document read them.
type Coverage struct {
	ID        string  `json:"id"`
	MemberID  string  `json:"member_id"`  // id of a member of the account team
	ContactID string  `json:"contact_id"` // contact ID
	RelNow    int     `json:"rel_now"`    // 0–4
	RelTarget int     `json:"rel_target"` // 0–4
	Frequency Cadence `json:"frequency,omitempty"`
}

// CoverageOf returns the pairs that cover a contact, in plan order.
func (p *Plan) CoverageOf(contactID string) []Coverage {
	var out []Coverage
	for _, c := range p.Coverage {
		if c.ContactID == contactID {
			out = append(out, c)
		}
	}
	return out
}

// Covered reports whether anyone on our team covers a contact (has a pair with them).
func (p *Plan) Covered(contactID string) bool {
	return slices.ContainsFunc(p.Coverage, func(c Coverage) bool { return c.ContactID == contactID })
}

// BestCoverage is the pair with the highest level now for a contact (the first on a tie):
// its member is the contact's owner (METHOD §5).
func (p *Plan) BestCoverage(contactID string) (Coverage, bool) {
	var best Coverage
	found := false
	for _, c := range p.Coverage {
		if c.ContactID == contactID && (!found || c.RelNow > best.RelNow) {
			best, found = c, true
		}
	}
	return best, found
}

// BestCoverages maps each covered contact to its best pair, as BestCoverage does for one:
// one pass over the pairs for loops over many contacts.
func (p *Plan) BestCoverages() map[string]Coverage {
	best := make(map[string]Coverage, len(p.Contacts))
	for _, c := range p.Coverage {
		if b, found := best[c.ContactID]; !found || c.RelNow > b.RelNow {
			best[c.ContactID] = c
		}
	}
	return best
}

// PairOf returns the pair of a member and a contact, if they have one.
func (p *Plan) PairOf(memberID, contactID string) (Coverage, bool) {
	for _, c := range p.Coverage {
		if c.MemberID == memberID && c.ContactID == contactID {
			return c, true
		}
	}
	return Coverage{}, false
}

// NewPairFor is a new pair of a member and a contact that starts from the contact's own
// relationship now, target and frequency.
func NewPairFor(memberID string, k Contact) Coverage {
	return Coverage{ID: NewID(), MemberID: memberID, ContactID: k.ID,
		RelNow: k.RelNow, RelTarget: k.RelTarget, Frequency: k.Frequency}
}

// coverWith makes a member cover a contact with a pair (see NewPairFor) unless they
// already do; it reports whether a pair was added.
func (p *Plan) coverWith(memberID string, k Contact) bool {
	if _, ok := p.PairOf(memberID, k.ID); ok {
		return false
	}
	p.Coverage = append(p.Coverage, NewPairFor(memberID, k))
	return true
}

// CoverByName makes the team member called name cover a contact of the plan — the way an
// owner typed in an older plan or a CRM's owner of a person enters the model. The member
// is added to the team (role "other") when the team has nobody of that name; the new pair
// starts from the contact's relationship now, target and frequency. Nothing changes when
// the name is blank, the contact unknown or the member already covers them. It reports
// whether the plan changed.
func CoverByName(a *Account, p *Plan, contactID, name string) bool {
	k := p.FindContact(contactID)
	if strings.TrimSpace(name) == "" || k == nil {
		return false
	}
	return p.coverWith(a.MemberFor(name), *k)
}
