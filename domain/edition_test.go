package domain

import (
	"encoding/json"
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
	a := Account{Name: "X", Tier: TierKey, Notes: "MARK", Team: []TeamMember{{Name: "Ana", Role: RoleManager}}}
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
