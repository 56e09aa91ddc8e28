package domain

import (
	"reflect"
	"testing"
)

// pairText is a pair as "member name→contact id now/target frequency", for comparing.
func pairText(a *Account, c Coverage) string {
	m, _ := a.Member(c.MemberID)
	return m.Name + "→" + c.ContactID + " " + string(rune('0'+c.RelNow)) + "/" + string(rune('0'+c.RelTarget)) + " " + string(c.Frequency)
}

// A plan written before team members had ids: names become members (case aside), owners
// become pairs unless their member already covers the person.
func TestAdoptNamedCoverage(t *testing.T) {
	ana := Contact{ID: "ana", Name: "Ana", RelNow: 2, RelTarget: 3, Frequency: CadenceMonthly}
	bea := Contact{ID: "bea", Name: "Bea", RelNow: 1, RelTarget: 4, Frequency: CadenceWeekly}
	pair := func(id, contact string, now int) Coverage {
		return Coverage{ID: id, ContactID: contact, RelNow: now, RelTarget: 4, Frequency: CadenceQuarterly}
	}
	tests := []struct {
		name      string
		team      []TeamMember
		pairs     []Coverage
		named     NamedCoverage
		wantPairs []string
		wantTeam  []string // name/role
	}{
		{"pair of a member, any case", []TeamMember{{Name: "Luis Mora", Role: RoleManager}}, []Coverage{pair("p1", "ana", 3)},
			NamedCoverage{Members: map[string]string{"p1": " luis MORA "}},
			[]string{"Luis Mora→ana 3/4 quarterly"}, []string{"Luis Mora/manager"}},
		{"a name not in the team joins it", nil, []Coverage{pair("p1", "ana", 3)},
			NamedCoverage{Members: map[string]string{"p1": "Rosa"}},
			[]string{"Rosa→ana 3/4 quarterly"}, []string{"Rosa/other"}},
		{"an owner becomes a pair with the contact's levels", []TeamMember{{Name: "Luis", Role: RoleDirector}}, nil,
			NamedCoverage{Owners: map[string]string{"bea": "Luis"}},
			[]string{"Luis→bea 1/4 weekly"}, []string{"Luis/director"}},
		{"an owner who already covers adds nothing", nil, []Coverage{pair("p1", "ana", 3)},
			NamedCoverage{Members: map[string]string{"p1": "Luis"}, Owners: map[string]string{"ana": "luis"}},
			[]string{"Luis→ana 3/4 quarterly"}, []string{"Luis/other"}},
		{"an owner beside another member's pair", nil, []Coverage{pair("p1", "ana", 3)},
			NamedCoverage{Members: map[string]string{"p1": "Luis"}, Owners: map[string]string{"ana": "Rosa"}},
			[]string{"Luis→ana 3/4 quarterly", "Rosa→ana 2/3 monthly"}, []string{"Luis/other", "Rosa/other"}},
		{"a pair naming nobody goes", nil, []Coverage{pair("p1", "ana", 3)},
			NamedCoverage{Members: map[string]string{"p1": "  "}}, nil, nil},
		{"a pair repeating another goes", nil, []Coverage{pair("p1", "ana", 3), pair("p2", "ana", 1)},
			NamedCoverage{Members: map[string]string{"p1": "Luis", "p2": "LUIS"}},
			[]string{"Luis→ana 3/4 quarterly"}, []string{"Luis/other"}},
		{"an owner of no contact is ignored", nil, nil,
			NamedCoverage{Owners: map[string]string{"gone": "Luis"}}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Account{Name: "X", Tier: TierKey, Team: tt.team}
			p := &Plan{Contacts: []Contact{ana, bea}, Coverage: tt.pairs}
			AdoptNamedCoverage(a, p, tt.named)
			var pairs, team []string
			for _, c := range p.Coverage {
				pairs = append(pairs, pairText(a, c))
			}
			for _, m := range a.Team {
				if m.ID == "" {
					t.Fatalf("member %s without id", m.Name)
				}
				team = append(team, m.Name+"/"+string(m.Role))
			}
			if !reflect.DeepEqual(pairs, tt.wantPairs) || !reflect.DeepEqual(team, tt.wantTeam) {
				t.Fatalf("pairs %q team %q, want %q %q", pairs, team, tt.wantPairs, tt.wantTeam)
			}
			if err := a.Validate(); err != nil {
				t.Fatalf("account invalid: %v", err)
			}
		})
	}
}

// The plans of one account share its team: a name met in two plans is one member.
func TestAdoptNamedCoverageAcrossPlans(t *testing.T) {
	a := &Account{Name: "X", Tier: TierKey}
	one := &Plan{Contacts: []Contact{{ID: "a"}}, Coverage: []Coverage{{ID: "p1", ContactID: "a"}}}
	two := &Plan{Contacts: []Contact{{ID: "b"}}}
	AdoptNamedCoverage(a, one, NamedCoverage{Members: map[string]string{"p1": "Luis"}})
	AdoptNamedCoverage(a, two, NamedCoverage{Owners: map[string]string{"b": "luis"}})
	if len(a.Team) != 1 || one.Coverage[0].MemberID != a.Team[0].ID || two.Coverage[0].MemberID != a.Team[0].ID {
		t.Fatalf("team %+v, pairs %+v and %+v", a.Team, one.Coverage, two.Coverage)
	}
}
