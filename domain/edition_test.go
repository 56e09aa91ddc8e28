package domain_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/edition"
)

func TestClientEditionLeavesNothingInternal(t *testing.T) {
	p := domain.MarkedPlan()
	if err := p.Validate(); err != nil {
		t.Fatalf("marked plan invalid: %v", err)
	}
	c := edition.Plan(p)
	b, _ := json.Marshal(c)
	text := string(b)
	for _, m := range []string{"MARK-", "31.4159", "42.4242", `"influence":5`, `"attitude":2`, `"red_periods":3`} {
		if strings.Contains(text, m) {
			t.Errorf("client edition still holds %q", m)
		}
	}
	if c.Edition != domain.EditionClient || len(c.Contacts) != 1 || c.Contacts[0].Name != "Begoña Ibáñez" || len(c.Notes) != 1 {
		t.Fatalf("client edition lost shared content: %+v", c)
	}
	if got := c.Actions[0].ObjectiveIDs; len(got) != 1 || got[0] != "ob1" {
		t.Fatalf("action still links the internal objective: %v", got)
	}
	for _, o := range c.Objectives {
		if o.StrategyID != "" && c.FindStrategy(o.StrategyID) == nil {
			t.Fatalf("objective %s links a strategy the client edition dropped", o.ID)
		}
	}
	full, _ := json.Marshal(p)
	if !strings.Contains(string(full), "MARK-RISKS") {
		t.Fatal("ClientEdition changed the plan it was given")
	}
}

func TestClientAccountDropsNotes(t *testing.T) {
	a := domain.Account{Name: "X", Tier: domain.TierKey, Notes: "MARK", Team: []domain.TeamMember{{ID: "m1", Name: "Ana", Role: domain.RoleManager}}}
	c := edition.Account(a)
	if c.Notes != "" || len(c.Team) != 1 {
		t.Fatalf("client account %+v", c)
	}
	c.Team[0].Name = "changed"
	if a.Team[0].Name != "Ana" {
		t.Fatal("ClientAccount shares the team slice")
	}
}

// Every field of the plan model has an edition rule, and every rule names a field: a field
// added later fails here until someone decides whether the client may see it.
func TestEveryFieldHasAnEditionRule(t *testing.T) {
	fields := map[string]bool{}
	for _, f := range edition.ModelFields() {
		fields[f] = true
		r, ok := edition.Rules[f]
		switch {
		case !ok:
			t.Errorf("%s has no edition rule in EditionRules", f)
		case r.Show == edition.AppOnly && strings.TrimSpace(r.Why) == "":
			t.Errorf("%s is app-only without a reason", f)
		case r.Show != edition.Shared && r.Show != edition.Internal && r.Show != edition.AppOnly:
			t.Errorf("%s has no visibility", f)
		}
	}
	for k := range edition.Rules {
		if !fields[k] {
			t.Errorf("the rule %s names no field of the plan model", k)
		}
	}
}

// The client copy holds the zero value of every field whose rule is edition.Internal.
func TestClientEditionClearsEveryInternalField(t *testing.T) {
	p := domain.MarkedPlan()
	p.Contacts[0].Email, p.Contacts[0].Phone, p.Contacts[0].ReportsTo = "a@b.c", "123", ""
	p.Contacts[0].BuyingRoles, p.Contacts[0].SellingRole = []domain.BuyingRole{domain.BuyingDecider}, domain.SellingCoach
	p.Contacts[0].LastContact = domain.NewDate(2026, 10, 1)
	p.RelationshipPlan = "MARK-REL-PLAN"
	p.Wallet.Competitors = []domain.CompetitorShare{{ID: "x", Name: "MARK-COMPETITOR", SharePct: 12}}
	p.Coverage = []domain.Coverage{{ID: "cv", MemberID: "m1", ContactID: "c1", RelNow: 3, RelTarget: 4, Frequency: domain.CadenceMonthly}}
	c := edition.Plan(p)
	var check func(v reflect.Value, path string)
	check = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				check(v.Elem(), path)
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				check(v.Index(i), path)
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				f := v.Type().Field(i)
				if !f.IsExported() {
					continue
				}
				if r, _ := edition.RuleOf(v.Type().Name(), f.Name); r.Show == edition.Internal && !v.Field(i).IsZero() {
					t.Errorf("client edition keeps %s.%s", path, f.Name)
				}
				check(v.Field(i), v.Type().Name())
			}
		}
	}
	check(reflect.ValueOf(c), "Plan")
	a := edition.Account(domain.Account{Name: "X", Tier: domain.TierStrategic, Notes: "n"})
	if a.Tier != "" || a.Notes != "" || a.Name != "X" {
		t.Errorf("client account %+v", a)
	}
	if c.Contacts[0].Name == "" {
		t.Error("client edition lost a shared contact field")
	}
	// governance: who meets whom and how often, never the levels
	if want := (domain.Coverage{ID: "cv", MemberID: "m1", ContactID: "c1", Frequency: domain.CadenceMonthly}); len(c.Coverage) != 1 || c.Coverage[0] != want {
		t.Errorf("client coverage %+v, want %+v", c.Coverage, want)
	}
}

func TestClientEditionKeepsOnlyWhatIsShared(t *testing.T) {
	p := domain.AnalysisPlan()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	c := edition.Plan(p)
	if got := domain.ItemIDs(c); !slices.Equal(got, []string{"cS", "uS", "xT"}) {
		t.Errorf("items in the client edition: %v", got)
	}
	var subjects []domain.Subject
	for _, w := range c.SWOTs {
		subjects = append(subjects, w.Subject)
		if w.Competitor != "" {
			t.Errorf("the client edition names the competitor %q", w.Competitor)
		}
	}
	if !slices.Equal(subjects, []domain.Subject{domain.SubjectClient, domain.SubjectUs, domain.SubjectCompetitor}) {
		t.Errorf("SWOTs in the client edition: %v (a SWOT with nothing shared is left out)", subjects)
	}
	want := map[string][]string{"so": {"uS"}, "st": {"cS", "xT"}}
	if len(c.Strategies) != len(want) {
		t.Fatalf("strategies in the client edition: %+v", c.Strategies)
	}
	for _, s := range c.Strategies {
		if !slices.Equal(s.ItemIDs, want[s.ID]) {
			t.Errorf("strategy %s is shown built on %v, want the shared items %v", s.ID, s.ItemIDs, want[s.ID])
		}
	}
	if len(p.Strategies) != 3 || len(domain.ItemIDs(p)) != 7 {
		t.Error("ClientEdition changed the plan it was given")
	}
}

// The client's domain.SWOT stays in the client edition with nothing shared (its section says so);
// a plan with nothing of ours shared holds only it.
func TestClientEditionWithNothingShared(t *testing.T) {
	p := domain.AnalysisPlan()
	for i := range p.SWOTs {
		for j := range p.SWOTs[i].Items {
			p.SWOTs[i].Items[j].ShareWithClient = false
		}
	}
	for i := range p.Strategies {
		p.Strategies[i].ShareWithClient = false
	}
	c := edition.Plan(p)
	if len(c.SWOTs) != 1 || c.SWOTs[0].Subject != domain.SubjectClient || len(c.SWOTs[0].Items) != 0 || len(c.Strategies) != 0 {
		t.Fatalf("client edition of a plan with nothing shared: %+v %+v", c.SWOTs, c.Strategies)
	}
}
