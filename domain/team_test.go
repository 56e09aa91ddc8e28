package domain_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gaps"
	"kamplan/domain/summary"
)

// memberWithPairs is a team member who covers at least two people in the generated plan.
func memberWithPairs(t *testing.T, d *domain.Doc) domain.TeamMember {
	t.Helper()
	for _, m := range d.Account.Team {
		if len(pairsOf(d.Plan, m.ID)) >= 2 {
			return m
		}
	}
	t.Fatal("generated plan: no member covers two people, the test proves nothing")
	return domain.TeamMember{}
}

func pairsOf(p *domain.Plan, memberID string) []domain.Coverage {
	var out []domain.Coverage
	for _, c := range p.Coverage {
		if c.MemberID == memberID {
			out = append(out, c)
		}
	}
	return out
}

// A member renamed (or given another role) keeps every pair: pairs refer to the id.
func TestRenamingAMemberKeepsTheirPairs(t *testing.T) {
	d := newDoc(t)
	m := memberWithPairs(t, d)
	before := pairsOf(d.Plan, m.ID)
	renamed := m
	renamed.Name, renamed.Role = "Nombre nuevo", domain.RoleService
	inv, err := d.Apply(domain.ReplaceItem{Coll: domain.CollTeam, Value: renamed})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := d.Account.Member(m.ID); got != renamed {
		t.Fatalf("member after the rename: %+v", got)
	}
	if after := pairsOf(d.Plan, m.ID); !slices.Equal(after, before) {
		t.Fatalf("pairs %v after the rename, want %v", after, before)
	}
	if _, err := d.Apply(inv); err != nil {
		t.Fatal(err)
	}
	if got, _ := d.Account.Member(m.ID); got.Name != m.Name {
		t.Fatalf("undo left the name %q", got.Name)
	}
}

// Removing a member removes their pairs in the plan, and only theirs; undo puts the member
// and every pair back where they were.
func TestRemovingAMemberTakesTheirPairs(t *testing.T) {
	d := newDoc(t)
	m := memberWithPairs(t, d)
	others := len(d.Plan.Coverage) - len(pairsOf(d.Plan, m.ID))
	remove := domain.RemoveItem{Coll: domain.CollTeam, ID: m.ID}
	if acc, plan := domain.Touches(remove); !acc || !plan {
		t.Fatalf("removing a member touches account %v, plan %v: both must be saved", acc, plan)
	}
	applyAndUndo(t, d, remove)
	if _, err := d.Apply(remove); err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Account.Member(m.ID); ok || len(pairsOf(d.Plan, m.ID)) != 0 {
		t.Fatalf("member or pairs of a removed member remain: %v", pairsOf(d.Plan, m.ID))
	}
	if len(d.Plan.Coverage) != others {
		t.Fatalf("%d pairs left, want the other members' %d", len(d.Plan.Coverage), others)
	}
}

// Renaming, moving and adding touch the account only; the plan is not saved for them.
func TestTeamEditsTouchTheAccount(t *testing.T) {
	d := newDoc(t)
	m := d.Account.Team[0]
	for name, e := range map[string]domain.Edit{
		"add":    domain.AddItem{Coll: domain.CollTeam, Value: domain.TeamMember{ID: "n", Name: "N", Role: domain.RoleOther}},
		"rename": domain.ReplaceItem{Coll: domain.CollTeam, Value: m},
		"move":   domain.MoveItem{Coll: domain.CollTeam, ID: m.ID, To: 1},
	} {
		if acc, plan := domain.Touches(e); !acc || plan {
			t.Errorf("%s touches account %v, plan %v", name, acc, plan)
		}
	}
}

func TestTeamValidation(t *testing.T) {
	ok := domain.TeamMember{ID: "a", Name: "Ana", Role: domain.RoleManager}
	tests := []struct {
		name string
		team []domain.TeamMember
		path string // "" when valid
	}{
		{"a member", []domain.TeamMember{ok}, ""},
		{"role unknown", []domain.TeamMember{{ID: "a", Name: "Ana", Role: "boss"}}, "account.team[0].role"},
		{"no name", []domain.TeamMember{{ID: "a", Name: " ", Role: domain.RoleManager}}, "account.team[0].name"},
		{"no id", []domain.TeamMember{{Name: "Ana", Role: domain.RoleManager}}, "account.team[0].id"},
		{"id repeated", []domain.TeamMember{ok, {ID: "a", Name: "Bea", Role: domain.RoleOther}}, "account.team[1].id"},
		{"two people of one name", []domain.TeamMember{ok, {ID: "b", Name: "Ana", Role: domain.RoleOther}}, ""},
		{"a title of her own", []domain.TeamMember{{ID: "a", Name: "Marta", Role: domain.RoleExecutive, Title: "Ejecutiva de cuenta"}}, ""},
		{"a title of 200 letters", []domain.TeamMember{{ID: "a", Name: "Marta", Role: domain.RoleExecutive, Title: strings.Repeat("é", 200)}}, ""},
		{"a title too long", []domain.TeamMember{{ID: "a", Name: "Marta", Role: domain.RoleExecutive, Title: strings.Repeat("é", 201)}}, "account.team[0].title"},
	}
	for _, r := range domain.TeamRoles {
		tests = append(tests, struct {
			name string
			team []domain.TeamMember
			path string
		}{"role " + string(r), []domain.TeamMember{{ID: "a", Name: "Ana", Role: r}}, ""})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := domain.Account{Name: "X", Tier: domain.TierKey, Team: tt.team}
			err := a.Validate()
			if tt.path == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !hasProblemAt(err, tt.path) {
				t.Fatalf("got %v, want a problem at %s", err, tt.path)
			}
		})
	}
}

// The team's roles: the method's three and those who also meet the client's people.
func TestTeamRoles(t *testing.T) {
	want := []domain.TeamRole{"sponsor", "director", "manager", "executive", "technical", "service", "finance", "other"}
	if !slices.Equal(domain.TeamRoles, want) {
		t.Fatalf("roles %v, want %v", domain.TeamRoles, want)
	}
}

func hasProblemAt(err error, path string) bool {
	var ps domain.Problems
	if !errors.As(err, &ps) {
		return false
	}
	for _, p := range ps {
		if p.Path == path {
			return true
		}
	}
	return false
}

// Every view of "who covers this person?" gives one answer: the pairs. A person is covered
// exactly when they have a pair; the warnings, the alerts and the gaps all say so.
func TestOneAnswerToWhoCovers(t *testing.T) {
	d := newDoc(t)
	p := d.Plan
	// leave a decider, a key player and a key decider with no pair
	var dropped []string
	for i := range p.Contacts {
		c := &p.Contacts[i]
		switch {
		case i == 0:
			c.Influence, c.BuyingRoles = 5, nil
		case i == 1:
			c.Influence, c.BuyingRoles = 2, []domain.BuyingRole{domain.BuyingDecider}
		case i == 2:
			c.Influence, c.BuyingRoles = 4, []domain.BuyingRole{domain.BuyingDecider}
		default:
			continue
		}
		dropped = append(dropped, c.ID)
	}
	p.Coverage = slices.DeleteFunc(p.Coverage, func(x domain.Coverage) bool { return slices.Contains(dropped, x.ContactID) })
	warned := map[string]bool{}
	for _, w := range p.MapWarnings() {
		if w.ContactID != "" {
			warned[w.ContactID] = true
		}
	}
	alerted := map[string]bool{}
	for _, a := range summary.Alerts(p, domain.NewDate(2026, 11, 26)) {
		if a.Key == "pdf.alert.deciders_no_owner" || a.Key == "pdf.alert.key_players_uncovered" {
			for _, n := range a.Names {
				alerted[n] = true
			}
		}
	}
	uncoveredGap := map[string]bool{}
	for _, g := range gaps.Of(p, domain.NewDate(2026, 11, 26)) {
		if g.Kind == gaps.Uncovered || (g.Kind == gaps.WeakDecider && !p.Covered(g.ContactID)) {
			uncoveredGap[g.ContactID] = true
		}
	}
	for _, c := range p.Contacts {
		covered := len(p.CoverageOf(c.ID)) > 0
		if covered != p.Covered(c.ID) {
			t.Fatalf("%s: Covered %v, pairs %d", c.Name, p.Covered(c.ID), len(p.CoverageOf(c.ID)))
		}
		matters := c.KeyPlayer() || c.HasRole(domain.BuyingDecider)
		for what, says := range map[string]bool{"warning": warned[c.ID], "alert": alerted[c.Name], "gap": uncoveredGap[c.ID]} {
			if says != (matters && !covered) {
				t.Errorf("%s (influence %d, decider %v, covered %v): %s says uncovered %v", c.Name, c.Influence,
					c.HasRole(domain.BuyingDecider), covered, what, says)
			}
		}
	}
	if len(warned) != 3 {
		t.Fatalf("%d people warned about, want the 3 left uncovered", len(warned))
	}
}
