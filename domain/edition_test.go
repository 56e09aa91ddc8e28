package domain

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// markedPlan puts a distinct marker in every internal-only part of a plan.
func markedPlan() *Plan {
	p := smartPlan()
	p.Wallet.MarginPct, p.Wallet.TargetShare = f64(31.4159), f64(42.4242)
	p.Risks = "MARK-RISKS"
	comp := SWOT{ID: "cs", Subject: SubjectCompetitor, Competitor: "MARK-COMPETITOR", Items: []SWOTItem{
		{ID: "cw", Quadrant: Weakness, Text: "MARK-COMP-WEAKNESS", Impact: 3},
	}}
	p.SWOTs = append(p.SWOTs, comp)
	p.Strategies = append(p.Strategies, Strategy{ID: "st2", Kind: KindWO, Text: "MARK-COMP-STRATEGY", ItemIDs: []string{"cw", "o1"}})
	p.Portfolio.Strength.Scores = map[string]int{"price": 7, "quality": 8, "service": 6, "reliability": 9, "knowhow": 5}
	p.Portfolio.Strength.Factors[0].Name = "MARK-CRITERION"
	p.Contacts = []Contact{{ID: "c1", Name: "Begoña Ibáñez", Influence: 5, Attitude: 2, RelNow: 2, RelTarget: 4, Notes: "MARK-CONTACT-NOTE"}}
	internalObj := goodObjective()
	internalObj.ID, internalObj.Statement, internalObj.Internal = "ob2", "MARK-INTERNAL-OBJECTIVE", true
	internalObj.StrategyID = "st2"
	p.Objectives = []Objective{goodObjective(), internalObj}
	p.Actions = []Action{
		{ID: "a1", Title: "Joint workshop", Status: StatusNotStarted, ObjectiveIDs: []string{"ob1", "ob2"}},
		{ID: "a2", Title: "MARK-CONTINGENCY", Status: StatusNotStarted, Contingency: true},
	}
	k := NewKPI("MARK-INTERNAL-KPI")
	k.ID, k.Target, k.Internal = "k2", 10, true
	p.KPIs[0].PlanB = PlanB{RedPeriods: 3, ActionIDs: []string{"a2"}}
	p.KPIs = append(p.KPIs, k)
	p.Notes = []Note{{ID: "n1", Text: "Shared note"}, {ID: "n2", Text: "MARK-INTERNAL-NOTE", Internal: true}}
	return p
}

func TestClientEditionLeavesNothingInternal(t *testing.T) {
	p := markedPlan()
	if err := p.Validate(); err != nil {
		t.Fatalf("marked plan invalid: %v", err)
	}
	c := ClientEdition(p)
	b, _ := json.Marshal(c)
	text := string(b)
	for _, m := range []string{"MARK-", "31.4159", "42.4242", `"influence":5`, `"attitude":2`, `"red_periods":3`} {
		if strings.Contains(text, m) {
			t.Errorf("client edition still holds %q", m)
		}
	}
	if c.Edition != EditionClient || len(c.Contacts) != 1 || c.Contacts[0].Name != "Begoña Ibáñez" || len(c.Notes) != 1 {
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
	a := Account{Name: "X", Tier: TierKey, Notes: "MARK", Team: []TeamMember{{ID: "m1", Name: "Ana", Role: RoleManager}}}
	c := ClientAccount(a)
	if c.Notes != "" || len(c.Team) != 1 {
		t.Fatalf("client account %+v", c)
	}
	c.Team[0].Name = "changed"
	if a.Team[0].Name != "Ana" {
		t.Fatal("ClientAccount shares the team slice")
	}
}

func TestSummariseClientHidesPosition(t *testing.T) {
	p := markedPlan()
	p.Portfolio.Attractiveness = Axis{Factors: DefaultAttractivenessFactors(), Scores: map[string]int{
		"volume": 8, "growth": 8, "profitability": 7, "fit": 9, "engagement": 6, "risk": 5}}
	today := NewDate(2026, 11, 24)
	internal := p.Summarise(DefaultCutoff, today)
	if !internal.Position.Placed || len(internal.Warnings) == 0 {
		t.Fatalf("internal summary lacks position or warnings: %+v", internal)
	}
	client := ClientEdition(p).Summarise(DefaultCutoff, today)
	if client.Position.Placed || client.Warnings != nil || client.PlanBActive != nil {
		t.Fatalf("client summary shows internal facts: %+v", client)
	}
	if len(client.TopObjectives) != 1 {
		t.Fatalf("top objectives %d", len(client.TopObjectives))
	}
}

// Every field of the plan model has an edition rule, and every rule names a field: a field
// added later fails here until someone decides whether the client may see it.
func TestEveryFieldHasAnEditionRule(t *testing.T) {
	fields := map[string]bool{}
	for _, f := range ModelFields() {
		fields[f] = true
		r, ok := EditionRules[f]
		switch {
		case !ok:
			t.Errorf("%s has no edition rule in EditionRules", f)
		case r.Show == AppOnly && strings.TrimSpace(r.Why) == "":
			t.Errorf("%s is app-only without a reason", f)
		case r.Show != Shared && r.Show != Internal && r.Show != AppOnly:
			t.Errorf("%s has no visibility", f)
		}
	}
	for k := range EditionRules {
		if !fields[k] {
			t.Errorf("the rule %s names no field of the plan model", k)
		}
	}
}

// The client copy holds the zero value of every field whose rule is Internal.
func TestClientEditionClearsEveryInternalField(t *testing.T) {
	p := markedPlan()
	p.Contacts[0].Email, p.Contacts[0].Phone, p.Contacts[0].ReportsTo = "a@b.c", "123", ""
	p.Contacts[0].BuyingRoles, p.Contacts[0].SellingRole = []BuyingRole{BuyingDecider}, SellingCoach
	p.Contacts[0].LastContact = NewDate(2026, 10, 1)
	p.RelationshipPlan = "MARK-REL-PLAN"
	p.Wallet.Competitors = []CompetitorShare{{ID: "x", Name: "MARK-COMPETITOR", SharePct: 12}}
	p.Coverage = []Coverage{{ID: "cv", MemberID: "m1", ContactID: "c1", RelNow: 3, RelTarget: 4, Frequency: CadenceMonthly}}
	c := ClientEdition(p)
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
				if r, _ := RuleOf(v.Type().Name(), f.Name); r.Show == Internal && !v.Field(i).IsZero() {
					t.Errorf("client edition keeps %s.%s", path, f.Name)
				}
				check(v.Field(i), v.Type().Name())
			}
		}
	}
	check(reflect.ValueOf(c), "Plan")
	a := ClientAccount(Account{Name: "X", Tier: TierStrategic, Notes: "n"})
	if a.Tier != "" || a.Notes != "" || a.Name != "X" {
		t.Errorf("client account %+v", a)
	}
	if c.Contacts[0].Name == "" {
		t.Error("client edition lost a shared contact field")
	}
	// governance: who meets whom and how often, never the levels
	if want := (Coverage{ID: "cv", MemberID: "m1", ContactID: "c1", Frequency: CadenceMonthly}); len(c.Coverage) != 1 || c.Coverage[0] != want {
		t.Errorf("client coverage %+v, want %+v", c.Coverage, want)
	}
}

// Repeated findings come as one alert with the count and the names, most important first.
func TestAlertsGroupRepeatedFindings(t *testing.T) {
	p := markedPlan()
	p.Contacts = nil
	for _, n := range []string{"Ana", "Bea", "Carla"} {
		p.Contacts = append(p.Contacts, Contact{ID: n, Name: n, Influence: 2, BuyingRoles: []BuyingRole{BuyingDecider}})
	}
	as := p.Alerts(NewDate(2026, 11, 24))
	var deciders *Alert
	for i := range as {
		if i > 0 && as[i].Severity > as[i-1].Severity {
			t.Errorf("alerts not ranked: %+v", as)
		}
		if as[i].Key == "pdf.alert.deciders_no_owner" {
			deciders = &as[i]
		}
	}
	if deciders == nil || deciders.Count != 3 || strings.Join(deciders.Names, ",") != "Ana,Bea,Carla" || deciders.Section != "stakeholders" {
		t.Fatalf("deciders alert %+v", deciders)
	}
	if ClientEdition(p).Summarise(DefaultCutoff, NewDate(2026, 11, 24)).Alerts != nil {
		t.Error("the client summary carries alerts")
	}
}
