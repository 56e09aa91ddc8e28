package domain

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
		{ID: "a3", Title: "MARK-INTERNAL-ACTION", Status: StatusNotStarted, ObjectiveIDs: []string{"ob1"}, Internal: true},
	}
	p.Opportunities = []Deal{
		{ID: "d1", Name: "Shared deal", Stage: "Qualify", ObjectiveIDs: []string{"ob1", "ob2"}},
		{ID: "d2", Name: "MARK-INTERNAL-DEAL", Value: 120_000_00, Stage: StageLost, ClosedOn: NewDate(2026, 9, 1), Reason: "MARK-REASON", Internal: true},
	}
	p.Reviews = []Review{{ID: "r1", Date: NewDate(2026, 10, 1), ActionIDs: []string{"a1", "a2", "a3"}}}
	k := NewKPI("MARK-INTERNAL-KPI")
	k.ID, k.Target, k.Internal = "k2", 10, true
	p.KPIs[0].PlanB = PlanB{RedPeriods: 3, ActionIDs: []string{"a2"}}
	p.KPIs = append(p.KPIs, k)
	p.Notes = []Note{{ID: "n1", Text: "Shared note"}, {ID: "n2", Text: "MARK-INTERNAL-NOTE", Internal: true}}
	return p
}

// analysisPlan has one shared and one internal item in each SWOT, and strategies on them.
func analysisPlan() *Plan {
	p := validPlan()
	item := func(id string, q Quadrant, shared bool) SWOTItem {
		return SWOTItem{ID: id, Quadrant: q, Text: id, Impact: 3, ShareWithClient: shared}
	}
	p.SWOTs = []SWOT{
		{ID: "wc", Subject: SubjectClient, Items: []SWOTItem{item("cS", Strength, true), item("cO", Opportunity, false)}},
		{ID: "wu", Subject: SubjectUs, Items: []SWOTItem{item("uS", Strength, true), item("uW", Weakness, false)}},
		{ID: "wx", Subject: SubjectCompetitor, Competitor: "Rival", Items: []SWOTItem{item("xT", Threat, true), item("xO", Opportunity, false)}},
		{ID: "wy", Subject: SubjectCompetitor, Competitor: "Other", Items: []SWOTItem{item("yT", Threat, false)}},
	}
	p.Strategies = []Strategy{
		{ID: "so", Kind: KindSO, Text: "so", ItemIDs: []string{"uS", "cO"}, ShareWithClient: true},
		{ID: "wt", Kind: KindWT, Text: "wt", ItemIDs: []string{"uW", "xT"}},
		{ID: "st", Kind: KindST, Text: "st", ItemIDs: []string{"cS", "xT"}, ShareWithClient: true},
	}
	return p
}

func itemIDs(p *Plan) []string {
	var out []string
	for _, w := range p.SWOTs {
		for _, it := range w.Items {
			out = append(out, it.ID)
		}
	}
	return out
}
