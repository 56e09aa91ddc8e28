package smart

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/period"
)

func ptr(v float64) *float64 { return &v }

// smartPlan has a strategy, a domain.KPI and a SWOT item an objective can link to.
func smartPlan() *domain.Plan {
	p := domain.NewPlan("acc", "FY2027")
	p.SWOTs[0].Items = []domain.SWOTItem{
		{ID: "s1", Quadrant: domain.Strength, Text: "Installed base", Impact: 4},
		{ID: "o1", Quadrant: domain.Opportunity, Text: "Decarbonisation plan", Impact: 5},
	}
	p.Strategies = []domain.Strategy{{ID: "st1", Kind: domain.KindSO, Text: "Lead the energy project", ItemIDs: []string{"s1", "o1"}}}
	k := domain.NewKPI("Share of wallet")
	k.Unit, k.Target = "%", 35
	k.ID = "k1"
	p.KPIs = []domain.KPI{k}
	return p
}

func goodObjective() domain.Objective {
	return domain.Objective{ID: "ob1", Statement: "Raise our share of wallet to 35 % by December 2027",
		Category: domain.CatFinancial, KPIID: "k1", Baseline: ptr(23), Target: ptr(35),
		Deadline: domain.NewDate(2027, 12, 31), StrategyID: "st1"}
}

func TestSmartCheck(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(o *domain.Objective)
		failing string // letters that fail, in order
		key     string // key of the first failing letter
	}{
		{"all pass", func(o *domain.Objective) {}, "", ""},
		{"no deadline", func(o *domain.Objective) { o.Deadline = domain.Date{} }, "T", "smart.t_none"},
		{"deadline years away", func(o *domain.Objective) { o.Deadline = domain.NewDate(2031, 1, 1) }, "T", "smart.t_period"},
		{"vague statement", func(o *domain.Objective) { o.Statement = "Grow" }, "S", "smart.s_short"},
		{"no target", func(o *domain.Objective) { o.Target = nil }, "MA", "smart.m_target"},
		{"no unit and no KPI", func(o *domain.Objective) { o.KPIID = "" }, "M", "smart.m_unit"},
		{"share above 100", func(o *domain.Objective) { o.Target = ptr(130); o.Baseline = nil }, "A", "smart.a_pct"},
		{"tenfold jump", func(o *domain.Objective) { o.KPIID, o.Unit, o.Baseline, o.Target = "", "k€", ptr(10), ptr(500) }, "A", "smart.a_range"},
		{"not linked", func(o *domain.Objective) { o.StrategyID = "" }, "R", "smart.r_link"},
		{"linked to a SWOT item", func(o *domain.Objective) { o.StrategyID, o.ItemID = "", "o1" }, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := smartPlan()
			o := goodObjective()
			tt.edit(&o)
			checks := Objective(p, o, period.Parse(p.Period))
			var failing strings.Builder
			firstKey := ""
			for _, c := range checks {
				if !c.OK {
					failing.WriteString(c.Letter)
					if firstKey == "" {
						firstKey = c.Key
					}
					if !strings.HasPrefix(c.Msg, c.Letter+":") {
						t.Errorf("message %q does not name its letter", c.Msg)
					}
				}
			}
			if failing.String() != tt.failing || firstKey != tt.key {
				t.Fatalf("failing %q (%s), want %q (%s)", failing.String(), firstKey, tt.failing, tt.key)
			}
			if OK(checks) != (tt.failing == "") {
				t.Fatal("OK disagrees with the letters")
			}
		})
	}
}
