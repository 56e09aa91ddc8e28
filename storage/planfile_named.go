package storage

import (
	"encoding/json"

	"kamplan/domain"
)

// What a plan, before version 3 of the plan file and schema version 4 of the database, said
// by name about who covers whom: each contact's owner and each pair's member.
type (
	namedContact struct {
		ID    string `json:"id"`
		Owner string `json:"owner"`
	}
	namedPair struct {
		ID     string `json:"id"`
		Member string `json:"member"`
	}
)

// namedCoverage reads those names from a plan file of version 1 or 2, plan by plan.
func namedCoverage(data []byte) ([]domain.NamedCoverage, error) {
	var f struct {
		Plans []struct {
			Contacts []namedContact `json:"contacts"`
			Coverage []namedPair    `json:"coverage"`
		} `json:"plans"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	out := make([]domain.NamedCoverage, len(f.Plans))
	for i, p := range f.Plans {
		out[i] = domain.NamedCoverage{Members: map[string]string{}, Owners: map[string]string{}}
		for _, c := range p.Contacts {
			out[i].Owners[c.ID] = c.Owner
		}
		for _, c := range p.Coverage {
			out[i].Members[c.ID] = c.Member
		}
	}
	return out, nil
}
