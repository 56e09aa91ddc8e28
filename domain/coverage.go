package domain

// Coverage is one pair of our account team and one of the client's people: how well that
// member knows the person now, the target, and how often they should meet (METHOD §5).
type Coverage struct {
	ID        string  `json:"id"`
	Member    string  `json:"member"`     // name of a member of the account team
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

// BestCoverage is the pair with the highest level now for a contact (the first on a tie).
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

// OwnerOf is the team member who owns the relationship with a contact: the member of the
// pair with the highest level now, else the owner typed on the contact.
func (p *Plan) OwnerOf(contactID string) string {
	if c, ok := p.BestCoverage(contactID); ok {
		return c.Member
	}
	if k := p.FindContact(contactID); k != nil {
		return k.Owner
	}
	return ""
}

// CoverageFromOwners gives every contact with an owner and no pair a pair of that owner
// carrying the contact's relationship now, target and frequency. Plans written before team
// coverage existed are brought forward with it.
func (p *Plan) CoverageFromOwners() {
	for _, k := range p.Contacts {
		if k.Owner == "" || len(p.CoverageOf(k.ID)) > 0 {
			continue
		}
		p.Coverage = append(p.Coverage, Coverage{
			ID: NewID(), Member: k.Owner, ContactID: k.ID,
			RelNow: k.RelNow, RelTarget: k.RelTarget, Frequency: k.Frequency,
		})
	}
}
