package domain

import (
	"slices"
	"strings"
)

// NamedCoverage is who covered whom in a plan written before team members had ids, by
// name: the member of each coverage pair and the owner typed on each contact.
type NamedCoverage struct {
	Members map[string]string // coverage pair id → the member's name
	Owners  map[string]string // contact id → the owner's name
}

// AdoptNamedCoverage brings a plan written before team members had ids into the model,
// with the account it belongs to: every team member gets an id; each name becomes the team
// member of that name (case aside), added to the team with the role "other" when there is
// none; each pair refers to its member by id; and each contact's owner covers the contact
// (see CoverByName). A pair naming nobody, or repeating an earlier pair of the same member
// and contact, is dropped. Called once per plan of the account, in any order.
func AdoptNamedCoverage(a *Account, p *Plan, named NamedCoverage) {
	a.GiveMemberIDs()
	kept := p.Coverage[:0]
	for _, c := range p.Coverage {
		if c.MemberID == "" {
			name := strings.TrimSpace(named.Members[c.ID])
			if name == "" {
				continue
			}
			c.MemberID = a.MemberFor(name)
		}
		if slices.ContainsFunc(kept, func(o Coverage) bool { return o.MemberID == c.MemberID && o.ContactID == c.ContactID }) {
			continue
		}
		kept = append(kept, c)
	}
	p.Coverage = kept
	for _, k := range p.Contacts {
		CoverByName(a, p, k.ID, named.Owners[k.ID])
	}
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
