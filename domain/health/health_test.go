package health

import (
	"testing"

	"kamplan/domain"
)

var today = domain.NewDate(2027, 3, 15)

func ptr(f float64) *float64 { return &f }

// full is a plan that meets every check on today.
func full() *domain.Plan {
	p := domain.NewPlan("a1", "FY2027")
	p.Currency = "EUR"
	p.Context = "Steel maker, three plants"
	p.Wallet = domain.Wallet{Potential: 1_000_000_00, Revenue: 200_000_00}
	client := domain.SWOT{ID: "sc", Subject: domain.SubjectClient}
	for _, q := range domain.Quadrants {
		client.Items = append(client.Items, domain.SWOTItem{ID: "c" + string(q), Quadrant: q, Text: "x", Impact: 3})
	}
	us := domain.SWOT{ID: "su", Subject: domain.SubjectUs, Items: []domain.SWOTItem{{ID: "u1", Quadrant: domain.Strength, Text: "x"}}}
	comp := domain.SWOT{ID: "sk", Subject: domain.SubjectCompetitor, Competitor: "Rival", Items: []domain.SWOTItem{{ID: "k1", Quadrant: domain.Weakness, Text: "x"}}}
	p.SWOTs = []domain.SWOT{client, us, comp}
	p.Strategies = []domain.Strategy{{ID: "st", Kind: domain.KindSO, Text: "grow", ItemIDs: []string{"cS", "cO"}}}
	p.Portfolio = scoredPortfolio(true, true)
	p.Contacts = []domain.Contact{
		{ID: "k1", Name: "Ana", Influence: 5, BuyingRoles: []domain.BuyingRole{domain.BuyingDecider}},
		{ID: "k2", Name: "Luis", Influence: 4, BuyingRoles: []domain.BuyingRole{domain.BuyingInfluencer}},
		{ID: "k3", Name: "Eva", Influence: 2, SellingRole: domain.SellingCoach},
	}
	p.Coverage = []domain.Coverage{{ID: "v1", MemberID: "m1", ContactID: "k1", RelNow: domain.RelWorking}, {ID: "v2", MemberID: "m1", ContactID: "k2", RelNow: 1}}
	p.Objectives = []domain.Objective{{ID: "o1", Statement: "Grow revenue to 300 k€ this year", Unit: "k€",
		Target: ptr(300), Baseline: ptr(200), Deadline: domain.NewDate(2027, 12, 31), StrategyID: "st"}}
	p.Actions = []domain.Action{
		{ID: "a1", Title: "Visit", Owner: "Me", Due: domain.NewDate(2027, 4, 1), Status: domain.StatusInProgress, ObjectiveIDs: []string{"o1"}},
		{ID: "a2", Title: "Plan B", Owner: "Me", Due: domain.NewDate(2027, 6, 1), Status: domain.StatusNotStarted, Contingency: true},
	}
	p.KPIs = []domain.KPI{{ID: "kp", Name: "Revenue", Direction: domain.HigherIsBetter, Target: 100, GreenPct: 100, AmberPct: 90,
		History: []domain.Measurement{{Period: "2027-01", Value: 100}}, PlanB: domain.PlanB{RedPeriods: 2, ActionIDs: []string{"a2"}}}}
	p.Opportunities = []domain.Deal{{ID: "d1", Name: "Line 2", Value: 1_200_000_00, Stage: "Negotiate", Probability: 75, ObjectiveIDs: []string{"o1"}}}
	p.Commitment = domain.Commitment{InternalApproval: domain.Approval{By: "Director", Date: domain.NewDate(2027, 3, 1)},
		ClientAgreement: domain.Approval{By: "Ana", Date: domain.NewDate(2027, 3, 2)}}
	p.ReviewCadence = domain.CadenceMonthly
	return p
}

func scoredPortfolio(attractiveness, strength bool) domain.Portfolio {
	axis := func(scored bool) domain.Axis {
		a := domain.Axis{Factors: []domain.Factor{{ID: "f1", Name: "x", Weight: 60}, {ID: "f2", Name: "y", Weight: 40}}}
		if scored {
			a.Scores = map[string]int{"f1": 7, "f2": 6}
		}
		return a
	}
	return domain.Portfolio{Attractiveness: axis(attractiveness), Strength: axis(strength)}
}

func checkOf(t *testing.T, r Result, key string) Check {
	t.Helper()
	for _, c := range r.Checks {
		if c.Key == key {
			return c
		}
	}
	t.Fatalf("no check %q", key)
	return Check{}
}

func TestWeightsSumTo100AndKeysAreUnique(t *testing.T) {
	sum, seen := 0, map[string]bool{}
	for _, k := range Keys() {
		if seen[k] {
			t.Errorf("check %q twice", k)
		}
		seen[k] = true
		sum += Weight(k)
	}
	if sum != 100 {
		t.Errorf("weights sum to %d, want 100", sum)
	}
}

func TestAFullPlanScores100(t *testing.T) {
	r := Score(full(), domain.DefaultSettings(), today)
	for _, c := range r.Checks {
		if !c.Passed() {
			t.Errorf("%s: %v %s", c.Key, c.Value, c.Reason)
		}
	}
	if r.Score != 100 || len(r.Failing()) != 0 {
		t.Errorf("score %d, failing %v", r.Score, r.Failing())
	}
}

func TestAnEmptyNewPlanScoresLow(t *testing.T) {
	r := Score(domain.NewPlan("a1", "FY2027"), domain.DefaultSettings(), today)
	if r.Score > 10 {
		t.Errorf("a new plan scores %d", r.Score)
	}
	if len(r.Checks) != len(Keys()) {
		t.Errorf("%d checks, want %d", len(r.Checks), len(Keys()))
	}
	for _, c := range r.Checks {
		if c.Reason == "" {
			t.Errorf("%s has no reason", c.Key)
		}
	}
	f := r.Failing()
	for i := 1; i < len(f); i++ {
		if lost(f[i]) > lost(f[i-1]) {
			t.Errorf("%s loses more than %s before it", f[i].Key, f[i-1].Key)
		}
	}
	if len(f) == 0 || f[0].Key != "key_players" {
		t.Errorf("the first to fix should be the heaviest failed check: %v", f)
	}
}

func TestAZeroPlanDoesNotCrash(t *testing.T) {
	r := Score(&domain.Plan{}, domain.Settings{}, domain.Date{})
	if r.Score < 0 || r.Score > 100 {
		t.Errorf("score %d", r.Score)
	}
}
