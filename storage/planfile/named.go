package planfile

import (
	"encoding/json"
	"slices"
	"strings"

	"kamplan/domain"
)

// What a plan, before version 3 of the plan file and schema version 4 of the database, said
// by name about who covers whom: each contact's owner and each pair's member.
type (
	NamedContact struct {
		ID    string `json:"id"`
		Owner string `json:"owner"`
	}
	NamedPair struct {
		ID     string `json:"id"`
		Member string `json:"member"`
	}
)

// CoverageNames are those names in one plan.
type CoverageNames struct {
	Members map[string]string // coverage pair id → the member's name
	Owners  map[string]string // contact id → the owner's name
}

// NamedCoverage reads those names from a plan file of version 1 or 2, plan by plan.
func NamedCoverage(data []byte) ([]CoverageNames, error) {
	var f struct {
		Plans []struct {
			Contacts []NamedContact `json:"contacts"`
			Coverage []NamedPair    `json:"coverage"`
		} `json:"plans"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	out := make([]CoverageNames, len(f.Plans))
	for i, p := range f.Plans {
		out[i] = CoverageNames{Members: map[string]string{}, Owners: map[string]string{}}
		for _, c := range p.Contacts {
			out[i].Owners[c.ID] = c.Owner
		}
		for _, c := range p.Coverage {
			out[i].Members[c.ID] = c.Member
		}
	}
	return out, nil
}

// upgradeCoverage brings the coverage of a file of version 1 or 2 into the model: named[i]
// holds the names of Plans[i], which AdoptNamedCoverage turns into team members and pairs.
func upgradeCoverage(f *domain.PlanFile, named []CoverageNames) {
	f.Account.GiveMemberIDs()
	for i := range f.Plans {
		var n CoverageNames
		if i < len(named) {
			n = named[i]
		}
		AdoptNamedCoverage(&f.Account, &f.Plans[i], n)
	}
}

// AdoptNamedCoverage brings a plan written before team members had ids into the model,
// with the account it belongs to: every team member gets an id; each name becomes the team
// member of that name (case aside, see Account.MemberFor), added to the team with the role
// "other" when there is none; each pair refers to its member by id; and each contact's owner
// covers the contact (see domain.CoverByName). A pair naming nobody, or repeating an earlier
// pair of the same member and contact, is dropped. Called once per plan of the account, in
// any order: a plan file of version 1 or 2 is read so, and so was the database upgraded to
// schema version 4.
func AdoptNamedCoverage(a *domain.Account, p *domain.Plan, named CoverageNames) {
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
		if slices.ContainsFunc(kept, func(o domain.Coverage) bool { return o.MemberID == c.MemberID && o.ContactID == c.ContactID }) {
			continue
		}
		kept = append(kept, c)
	}
	p.Coverage = kept
	for _, k := range p.Contacts {
		domain.CoverByName(a, p, k.ID, named.Owners[k.ID])
	}
}
