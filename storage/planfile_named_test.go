package storage

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"

	"kamplan/domain"
	"kamplan/storage/planfile"
)

func plansOf(f *domain.PlanFile) []*domain.Plan {
	var out []*domain.Plan
	for i := range f.Plans {
		out = append(out, &f.Plans[i])
	}
	return out
}

// A version-2 plan file keeps importing and becomes the one coverage model; exported, it
// is a version-3 file with member ids and no owner on any contact, that reads back the same.
func TestPlanFileVersion2BecomesTheNewModel(t *testing.T) {
	l := newLegacyAccount(t, seededStore(t))
	f, err := DecodePlanFile(l.legacyFile(t, 2, true))
	if err != nil {
		t.Fatal(err)
	}
	l.checkAdopted(t, &f.Account, plansOf(&f))
	s, err := OpenNoSeed(filepath.Join(t.TempDir(), "new.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ImportJSON(ctx, l.legacyFile(t, 2, true), false); err != nil {
		t.Fatal(err)
	}
	out, err := s.ExportJSON(ctx, l.account.Name, "")
	if err != nil {
		t.Fatal(err)
	}
	checkVersion3(t, out)
	again, err := DecodePlanFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := EncodePlanFile(again); string(b) != string(out) {
		t.Fatal("the exported file does not read back the same")
	}
}

// checkVersion3: the new model on paper — members with ids, pairs by id, no owner on contacts.
func checkVersion3(t *testing.T, data []byte) {
	t.Helper()
	var f struct {
		Version int
		Account struct{ Team []map[string]any }
		Plans   []struct{ Contacts, Coverage []map[string]any }
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if f.Version != 3 || len(f.Account.Team) == 0 {
		t.Fatalf("version %d, team %v", f.Version, f.Account.Team)
	}
	for _, m := range f.Account.Team {
		if m["id"] == nil || m["id"] == "" {
			t.Errorf("member without id: %v", m)
		}
	}
	for _, p := range f.Plans {
		for _, c := range p.Contacts {
			if _, ok := c["owner"]; ok {
				t.Errorf("contact %v has an owner", c["name"])
			}
		}
		for _, c := range p.Coverage {
			if _, ok := c["member"]; ok || c["member_id"] == "" {
				t.Errorf("pair %v does not refer to its member by id", c)
			}
		}
	}
}

// A version-1 plan file (before coverage): each owner becomes the contact's pair.
func TestPlanFileVersion1OwnersBecomePairs(t *testing.T) {
	l := newLegacyAccount(t, seededStore(t))
	f, err := DecodePlanFile(l.legacyFile(t, 1, false))
	if err != nil {
		t.Fatal(err)
	}
	l.checkOwnersArePairs(t, &f.Account, plansOf(&f))
}

// FuzzDecodeOlderPlanFile: a plan file of any version decodes without panicking into the
// current model or into a list of problems; what decodes writes a version-3 file that
// decodes to the same bytes again.
func FuzzDecodeOlderPlanFile(f *testing.F) {
	f.Add([]byte(`{"format":"kamplan.plan","version":2,"account":{"id":"a","name":"X","tier":"key","team":[{"name":"Ana","role":"manager"},{"name":"ana","role":"other"}]},` +
		`"plans":[{"id":"p","period":"FY","language":"es","currency":"EUR","contacts":[{"id":"c","name":"C","influence":3,"owner":"ANA"},{"id":"d","name":"D","influence":4,"owner":"Luis"}],` +
		`"coverage":[{"id":"k","member":"Luis","contact_id":"c"},{"id":"k2","member":" luis ","contact_id":"c"},{"id":"k3","member":"","contact_id":"d"}]}]}`))
	f.Add([]byte(`{"format":"kamplan.plan","version":1,"account":{"id":"a","name":"X","tier":"key"},"plans":[{"id":"p","period":"FY","language":"es","currency":"EUR","contacts":[{"id":"c","name":"C","influence":3,"owner":"Rosa"}]}]}`))
	f.Add([]byte(`{"format":"kamplan.plan","version":2,"plans":[{"coverage":[{"member":7}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		pf, err := DecodePlanFile(data)
		if err != nil {
			if _, ok := err.(domain.Problems); !ok {
				t.Fatalf("a bad file gave %T, not a list of problems: %v", err, err)
			}
			return
		}
		pf.Version = domain.PlanFileVersion
		out, err := EncodePlanFile(pf)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodePlanFile(out)
		if err != nil {
			t.Fatalf("a decoded file does not read back: %v", err)
		}
		if b, _ := EncodePlanFile(again); string(b) != string(out) {
			t.Fatal("a decoded file reads back differently")
		}
	})
}

// pairText is a pair as "member name→contact id now/target frequency", for comparing.
func pairText(a *domain.Account, c domain.Coverage) string {
	m, _ := a.Member(c.MemberID)
	return m.Name + "→" + c.ContactID + " " + string(rune('0'+c.RelNow)) + "/" + string(rune('0'+c.RelTarget)) + " " + string(c.Frequency)
}

// A plan written before team members had ids: names become members (case aside), owners
// become pairs unless their member already covers the person.
func TestAdoptNamedCoverage(t *testing.T) {
	ana := domain.Contact{ID: "ana", Name: "Ana", RelNow: 2, RelTarget: 3, Frequency: domain.CadenceMonthly}
	bea := domain.Contact{ID: "bea", Name: "Bea", RelNow: 1, RelTarget: 4, Frequency: domain.CadenceWeekly}
	pair := func(id, contact string, now int) domain.Coverage {
		return domain.Coverage{ID: id, ContactID: contact, RelNow: now, RelTarget: 4, Frequency: domain.CadenceQuarterly}
	}
	tests := []struct {
		name      string
		team      []domain.TeamMember
		pairs     []domain.Coverage
		named     planfile.CoverageNames
		wantPairs []string
		wantTeam  []string // name/role
	}{
		{"pair of a member, any case", []domain.TeamMember{{Name: "Luis Mora", Role: domain.RoleManager}}, []domain.Coverage{pair("p1", "ana", 3)},
			planfile.CoverageNames{Members: map[string]string{"p1": " luis MORA "}},
			[]string{"Luis Mora→ana 3/4 quarterly"}, []string{"Luis Mora/manager"}},
		{"a name not in the team joins it", nil, []domain.Coverage{pair("p1", "ana", 3)},
			planfile.CoverageNames{Members: map[string]string{"p1": "Rosa"}},
			[]string{"Rosa→ana 3/4 quarterly"}, []string{"Rosa/other"}},
		{"an owner becomes a pair with the contact's levels", []domain.TeamMember{{Name: "Luis", Role: domain.RoleDirector}}, nil,
			planfile.CoverageNames{Owners: map[string]string{"bea": "Luis"}},
			[]string{"Luis→bea 1/4 weekly"}, []string{"Luis/director"}},
		{"an owner who already covers adds nothing", nil, []domain.Coverage{pair("p1", "ana", 3)},
			planfile.CoverageNames{Members: map[string]string{"p1": "Luis"}, Owners: map[string]string{"ana": "luis"}},
			[]string{"Luis→ana 3/4 quarterly"}, []string{"Luis/other"}},
		{"an owner beside another member's pair", nil, []domain.Coverage{pair("p1", "ana", 3)},
			planfile.CoverageNames{Members: map[string]string{"p1": "Luis"}, Owners: map[string]string{"ana": "Rosa"}},
			[]string{"Luis→ana 3/4 quarterly", "Rosa→ana 2/3 monthly"}, []string{"Luis/other", "Rosa/other"}},
		{"a pair naming nobody goes", nil, []domain.Coverage{pair("p1", "ana", 3)},
			planfile.CoverageNames{Members: map[string]string{"p1": "  "}}, nil, nil},
		{"a pair repeating another goes", nil, []domain.Coverage{pair("p1", "ana", 3), pair("p2", "ana", 1)},
			planfile.CoverageNames{Members: map[string]string{"p1": "Luis", "p2": "LUIS"}},
			[]string{"Luis→ana 3/4 quarterly"}, []string{"Luis/other"}},
		{"an owner of no contact is ignored", nil, nil,
			planfile.CoverageNames{Owners: map[string]string{"gone": "Luis"}}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &domain.Account{Name: "X", Tier: domain.TierKey, Team: tt.team}
			p := &domain.Plan{Contacts: []domain.Contact{ana, bea}, Coverage: tt.pairs}
			planfile.AdoptNamedCoverage(a, p, tt.named)
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
	a := &domain.Account{Name: "X", Tier: domain.TierKey}
	one := &domain.Plan{Contacts: []domain.Contact{{ID: "a"}}, Coverage: []domain.Coverage{{ID: "p1", ContactID: "a"}}}
	two := &domain.Plan{Contacts: []domain.Contact{{ID: "b"}}}
	planfile.AdoptNamedCoverage(a, one, planfile.CoverageNames{Members: map[string]string{"p1": "Luis"}})
	planfile.AdoptNamedCoverage(a, two, planfile.CoverageNames{Owners: map[string]string{"b": "luis"}})
	if len(a.Team) != 1 || one.Coverage[0].MemberID != a.Team[0].ID || two.Coverage[0].MemberID != a.Team[0].ID {
		t.Fatalf("team %+v, pairs %+v and %+v", a.Team, one.Coverage, two.Coverage)
	}
}
