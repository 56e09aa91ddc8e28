package domain

import "testing"

// smartPlan has a strategy, a KPI and a SWOT item an objective can link to.
func smartPlan() *Plan {
	p := validPlan()
	p.SWOTs[0].Items = []SWOTItem{
		{ID: "s1", Quadrant: Strength, Text: "Installed base", Impact: 4},
		{ID: "o1", Quadrant: Opportunity, Text: "Decarbonisation plan", Impact: 5},
	}
	p.Strategies = []Strategy{{ID: "st1", Kind: KindSO, Text: "Lead the energy project", ItemIDs: []string{"s1", "o1"}}}
	k := NewKPI("Share of wallet")
	k.Unit, k.Target = "%", 35
	k.ID = "k1"
	p.KPIs = []KPI{k}
	return p
}

func goodObjective() Objective {
	return Objective{ID: "ob1", Statement: "Raise our share of wallet to 35 % by December 2027",
		Category: CatFinancial, KPIID: "k1", Baseline: f64(23), Target: f64(35),
		Deadline: NewDate(2027, 12, 31), StrategyID: "st1"}
}

func TestObjectiveLinksValidated(t *testing.T) {
	p := smartPlan()
	o := goodObjective()
	o.StrategyID, o.KPIID = "gone", "gone"
	p.Objectives = []Objective{o}
	assertProblem(t, p.Validate(), "objectives[0].strategy_id")
	assertProblem(t, p.Validate(), "objectives[0].kpi_id")
}

func TestKindFor(t *testing.T) {
	tests := []struct {
		qs   []Quadrant
		want StrategyKind
		ok   bool
	}{
		{[]Quadrant{Strength, Opportunity}, KindSO, true},
		{[]Quadrant{Strength, Threat}, KindST, true},
		{[]Quadrant{Weakness, Opportunity}, KindWO, true},
		{[]Quadrant{Weakness, Threat}, KindWT, true},
		{[]Quadrant{Strength, Weakness, Opportunity}, KindWO, true},
		{[]Quadrant{Strength, Weakness}, "", false},
		{[]Quadrant{Opportunity}, "", false},
		{nil, "", false},
	}
	for _, tt := range tests {
		got, ok := KindFor(tt.qs)
		if got != tt.want || ok != tt.ok {
			t.Errorf("KindFor(%v) = %s, %v; want %s, %v", tt.qs, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStrategyValidation(t *testing.T) {
	tests := []struct {
		name string
		s    Strategy
		path string
	}{
		{"valid", Strategy{ID: "x", Kind: KindSO, Text: "t", ItemIDs: []string{"s1", "o1"}}, ""},
		{"only internal", Strategy{ID: "x", Kind: KindSO, Text: "t", ItemIDs: []string{"s1"}}, "strategies[1].item_ids"},
		{"kind does not match", Strategy{ID: "x", Kind: KindWT, Text: "t", ItemIDs: []string{"s1", "o1"}}, "strategies[1].kind"},
		{"unknown item", Strategy{ID: "x", Kind: KindSO, Text: "t", ItemIDs: []string{"s1", "zz"}}, "strategies[1].item_ids[1]"},
		{"no text", Strategy{ID: "x", Kind: KindSO, ItemIDs: []string{"s1", "o1"}}, "strategies[1].text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := smartPlan()
			p.Strategies = append(p.Strategies, tt.s)
			assertProblem(t, p.Validate(), tt.path)
		})
	}
}
