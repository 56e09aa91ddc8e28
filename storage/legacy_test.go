package storage

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"kamplan/domain"
)

// The sample's first account with two plans, written as before team members had ids (plan
// file version 2, schema version 3): members without ids, pairs naming their member,
// owners typed on contacts. The names test every rule of domain.AdoptNamedCoverage.
type legacyAccount struct {
	account domain.Account
	plans   []*domain.Plan
	// what the old data says, by map of JSON objects
	team     []map[string]any
	contacts [][]map[string]any
	coverage [][]map[string]any
	// the contacts the names were put on (ids in plans[0], and the first of plans[1])
	ownsAlready, laura, newcomer, visited, nextYear string
}

func jsonMap(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func newLegacyAccount(t *testing.T, s *Store) *legacyAccount {
	t.Helper()
	first := mainPlanID(t, s)
	if _, err := s.RollForward(ctx, first, "FY2028"); err != nil {
		t.Fatal(err)
	}
	acc, _ := s.AccountByName(ctx, "Aceros del Norte, S.A.")
	l := &legacyAccount{account: *acc}
	rows, _ := s.Portfolio(ctx)
	for _, r := range rows {
		if r.AccountID == acc.ID {
			p, err := s.LoadPlan(ctx, r.PlanID)
			if err != nil {
				t.Fatal(err)
			}
			l.plans = append(l.plans, p)
		}
	}
	if len(l.plans) != 2 {
		t.Fatalf("%d plans", len(l.plans))
	}
	for _, m := range acc.Team {
		l.team = append(l.team, map[string]any{"name": m.Name, "role": string(m.Role)})
	}
	for _, p := range l.plans {
		var cs, cv []map[string]any
		for _, c := range p.Contacts {
			cs = append(cs, jsonMap(t, c))
		}
		for _, c := range p.Coverage {
			m := jsonMap(t, c)
			delete(m, "member_id")
			member, _ := acc.Member(c.MemberID)
			m["member"] = member.Name
			cv = append(cv, m)
		}
		l.contacts, l.coverage = append(l.contacts, cs), append(l.coverage, cv)
	}
	l.putNames(t)
	return l
}

// putNames writes the names to adopt: an owner who already covers the person (in capitals);
// an owner of someone whose pairs are gone; an owner and a pair's member not in the team;
// in the next year's plan, the same newcomer in small letters.
func (l *legacyAccount) putNames(t *testing.T) {
	p := l.plans[0]
	var covered []string
	for _, c := range p.Contacts {
		if p.Covered(c.ID) {
			covered = append(covered, c.ID)
		}
	}
	if len(covered) < 4 {
		t.Fatalf("the sample covers %d people: the test proves nothing", len(covered))
	}
	l.ownsAlready, l.laura, l.newcomer, l.visited = covered[0], covered[1], covered[2], covered[3]
	l.owner(0, l.ownsAlready, strings.ToUpper(l.coverage[0][l.pairIndex(0, l.ownsAlready)]["member"].(string)))
	kept := l.coverage[0][:0]
	for _, c := range l.coverage[0] {
		if c["contact_id"] != l.laura {
			kept = append(kept, c)
		}
	}
	l.coverage[0] = kept
	l.owner(0, l.laura, "Laura Gómez")
	l.owner(0, l.newcomer, "Nueva Persona")
	l.coverage[0] = append(l.coverage[0], map[string]any{"id": "visitor", "member": "Visitante Externo",
		"contact_id": l.visited, "rel_now": 1, "rel_target": 2, "frequency": "quarterly"})
	l.coverage[0][0]["member"] = "  " + strings.ToLower(l.coverage[0][0]["member"].(string))
	l.nextYear = l.plans[1].Contacts[0].ID
	l.owner(1, l.nextYear, "nueva persona")
}

func (l *legacyAccount) owner(plan int, contactID, name string) {
	for _, c := range l.contacts[plan] {
		if c["id"] == contactID {
			c["owner"] = name
		}
	}
}

func (l *legacyAccount) pairIndex(plan int, contactID string) int {
	for i, c := range l.coverage[plan] {
		if c["contact_id"] == contactID {
			return i
		}
	}
	return -1
}

// accountBody is the account as stored before ids.
func (l *legacyAccount) accountBody(t *testing.T) map[string]any {
	a := jsonMap(t, l.account)
	a["team"] = l.team
	return a
}

// checkAdopted checks the account and its plans as read after the names were adopted.
func (l *legacyAccount) checkAdopted(t *testing.T, a *domain.Account, plans []*domain.Plan) {
	t.Helper()
	if err := a.Validate(); err != nil {
		t.Fatalf("account invalid: %v", err)
	}
	byName := map[string]domain.TeamMember{}
	for _, m := range a.Team {
		byName[strings.ToLower(m.Name)] = m
	}
	if len(a.Team) != len(l.team)+2 || byName["nueva persona"].Role != domain.RoleOther || byName["visitante externo"].Role != domain.RoleOther {
		t.Fatalf("team %+v: want the %d members and the two newcomers, once each", a.Team, len(l.team))
	}
	p := plans[0]
	for _, old := range l.coverage[0] {
		got := pairByID(p, old["id"].(string))
		want := byName[strings.ToLower(strings.TrimSpace(old["member"].(string)))]
		if got == nil || got.MemberID != want.ID || want.ID == "" {
			t.Errorf("pair %v became %+v, want member %+v", old, got, want)
		}
	}
	if n := len(p.CoverageOf(l.ownsAlready)); n != l.pairsIn(0, l.ownsAlready) {
		t.Errorf("an owner who already covered the person added a pair: %d pairs", n)
	}
	l.checkOwnerPair(t, p, l.laura, byName["laura gómez"], 1)
	l.checkOwnerPair(t, p, l.newcomer, byName["nueva persona"], l.pairsIn(0, l.newcomer)+1)
	l.checkOwnerPair(t, plans[1], l.nextYear, byName["nueva persona"], l.pairsIn(1, l.nextYear)+1)
	for _, q := range plans {
		if err := q.Validate(); err != nil {
			t.Fatalf("plan %s invalid: %v", q.Period, err)
		}
	}
}

// checkOwnerPair: the owner's pair carries the contact's own levels and frequency.
func (l *legacyAccount) checkOwnerPair(t *testing.T, p *domain.Plan, contactID string, m domain.TeamMember, pairs int) {
	t.Helper()
	k := p.FindContact(contactID)
	got, ok := p.PairOf(m.ID, contactID)
	if !ok || got.RelNow != k.RelNow || got.RelTarget != k.RelTarget || got.Frequency != k.Frequency || len(p.CoverageOf(contactID)) != pairs {
		t.Errorf("%s owned by %s: pair %+v (%v) of %d, want the contact's levels and %d pairs", k.Name, m.Name, got, ok, len(p.CoverageOf(contactID)), pairs)
	}
}

func (l *legacyAccount) pairsIn(plan int, contactID string) int {
	n := 0
	for _, c := range l.coverage[plan] {
		if c["contact_id"] == contactID {
			n++
		}
	}
	return n
}

func pairByID(p *domain.Plan, id string) *domain.Coverage {
	for i := range p.Coverage {
		if p.Coverage[i].ID == id {
			return &p.Coverage[i]
		}
	}
	return nil
}

// writeLegacy stores the old account and plans, at schema version v.
func (l *legacyAccount) writeLegacy(t *testing.T, s *Store, v int, withCoverage bool) {
	t.Helper()
	exec := func(q string, args ...any) {
		if _, err := s.db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	useOldKinds(t, s)
	body, _ := json.Marshal(l.accountBody(t))
	exec("UPDATE accounts SET body = ? WHERE id = ?", string(body), l.account.ID)
	for i, p := range l.plans {
		exec("DELETE FROM plan_items WHERE plan_id = ? AND kind IN ('contact', 'coverage')", p.ID)
		rows := map[string][]map[string]any{v3KindContact: l.contacts[i]}
		if withCoverage {
			rows[v3KindCoverage] = l.coverage[i]
		}
		for kind, list := range rows {
			for pos, m := range list {
				b, _ := json.Marshal(m)
				exec("INSERT INTO plan_items(plan_id, kind, id, pos, body) VALUES(?, ?, ?, ?, ?)", p.ID, kind, m["id"], pos, string(b))
			}
		}
	}
	exec(fmt.Sprintf("PRAGMA user_version = %d", v))
}

// checkOwnersArePairs: with no pair before, each owner is the one pair of their contact,
// with the contact's levels and frequency.
func (l *legacyAccount) checkOwnersArePairs(t *testing.T, a *domain.Account, plans []*domain.Plan) {
	t.Helper()
	owned := 0
	for i, p := range plans {
		for _, c := range l.contacts[i] {
			name, _ := c["owner"].(string)
			pairs := p.CoverageOf(c["id"].(string))
			if name == "" {
				if len(pairs) != 0 {
					t.Errorf("%s has no owner but %d pairs", c["name"], len(pairs))
				}
				continue
			}
			owned++
			id, ok := a.MemberNamed(name)
			k := p.FindContact(c["id"].(string))
			if !ok || len(pairs) != 1 || pairs[0].MemberID != id || pairs[0].RelNow != k.RelNow || pairs[0].Frequency != k.Frequency {
				t.Errorf("%s owned by %s: pairs %+v", k.Name, name, pairs)
			}
		}
		if err := p.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	if owned < 3 {
		t.Fatalf("%d owners: the test proves nothing", owned)
	}
}

// legacyFile is the account's plan file as version v wrote it.
func (l *legacyAccount) legacyFile(t *testing.T, v int, withCoverage bool) []byte {
	t.Helper()
	f := domain.PlanFile{Format: domain.PlanFileFormat, Version: v, Account: l.account}
	for _, p := range l.plans {
		f.Plans = append(f.Plans, *p)
	}
	m := jsonMap(t, f)
	m["account"] = l.accountBody(t)
	for i, p := range m["plans"].([]any) {
		pm := p.(map[string]any)
		pm["contacts"] = l.contacts[i]
		delete(pm, "coverage")
		if withCoverage {
			pm["coverage"] = l.coverage[i]
		}
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}
