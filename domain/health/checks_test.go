package health

import (
	"testing"

	"kamplan/domain"
)

// TestEachCheck breaks one thing of a full plan at a time: the check it belongs to says so,
// with the value (failed, partly met) and the reason of the catalogue.
func TestEachCheck(t *testing.T) {
	tests := []struct {
		name   string
		key    string
		change func(p *domain.Plan)
		value  float64
		reason string
		count  int
	}{
		{"profile empty", "profile", func(p *domain.Plan) { p.Context = "  " }, 0, "health.profile.missing", 0},
		{"no potential", "wallet", func(p *domain.Plan) { p.Wallet.Potential = 0 }, 0, "health.wallet.missing", 0},
		{"no revenue", "wallet", func(p *domain.Plan) { p.Wallet.Revenue = 0 }, 0.5, "health.wallet.no_revenue", 0},
		{"client SWOT one quadrant empty", "client_swot", func(p *domain.Plan) { p.SWOTs[0].Items = p.SWOTs[0].Items[:3] }, 0.75, "health.client_swot.partial", 1},
		{"no client SWOT", "client_swot", func(p *domain.Plan) { p.SWOTs = p.SWOTs[1:] }, 0, "health.client_swot.partial", 4},
		{"no competitor", "other_swots", func(p *domain.Plan) { p.SWOTs = p.SWOTs[:2] }, 0.5, "health.other_swots.no_competitor", 0},
		{"our SWOT empty", "other_swots", func(p *domain.Plan) { p.SWOTs[1].Items = nil }, 0.5, "health.other_swots.no_us", 0},
		{"neither", "other_swots", func(p *domain.Plan) { p.SWOTs = p.SWOTs[:1] }, 0, "health.other_swots.missing", 0},
		{"no strategy", "strategies", func(p *domain.Plan) { p.Strategies = nil }, 0, "health.strategies.missing", 0},
		{"strength unscored", "portfolio", func(p *domain.Plan) { p.Portfolio = scoredPortfolio(true, false) }, 0.5, "health.portfolio.no_strength", 0},
		{"attractiveness unscored", "portfolio", func(p *domain.Plan) { p.Portfolio = scoredPortfolio(false, true) }, 0.5, "health.portfolio.no_attractiveness", 0},
		{"portfolio unscored", "portfolio", func(p *domain.Plan) { p.Portfolio = scoredPortfolio(false, false) }, 0, "health.portfolio.missing", 0},
		{"two contacts with roles", "stakeholders", func(p *domain.Plan) { p.Contacts[2].SellingRole = "" }, 2.0 / 3, "health.stakeholders.partial", 1},
		{"no contacts", "stakeholders", func(p *domain.Plan) { p.Contacts = nil }, 0, "health.stakeholders.partial", 3},
		{"no stage", "stage", func(p *domain.Plan) { p.StageTarget = 0 }, 0, "health.stage.missing", 0},
		{"objective not SMART", "objectives", func(p *domain.Plan) { p.Objectives[0].Deadline = domain.Date{} }, 0.5, "health.objectives.not_smart", 1},
		{"no objective", "objectives", func(p *domain.Plan) { p.Objectives = nil }, 0, "health.objectives.missing", 0},
		{"an action without owner", "actions", func(p *domain.Plan) { p.Actions[1].Owner = "" }, 0.5, "health.actions.partial", 1},
		{"an action without due date", "actions", func(p *domain.Plan) { p.Actions[0].Due = domain.Date{} }, 0.5, "health.actions.partial", 1},
		{"no action", "actions", func(p *domain.Plan) { p.Actions = nil }, 0, "health.actions.missing", 0},
		{"KPI without plan B", "kpis", func(p *domain.Plan) { p.KPIs[0].PlanB = domain.PlanB{} }, 0.5, "health.kpis.no_plan_b", 0},
		{"no KPI", "kpis", func(p *domain.Plan) { p.KPIs = nil }, 0, "health.kpis.missing", 0},
		{"no client agreement", "signoff", func(p *domain.Plan) { p.Commitment.ClientAgreement = domain.Approval{} }, 0.5, "health.signoff.no_client", 0},
		{"no internal approval", "signoff", func(p *domain.Plan) { p.Commitment.InternalApproval.By = "" }, 0.5, "health.signoff.no_internal", 0},
		{"no sign-off", "signoff", func(p *domain.Plan) { p.Commitment = domain.Commitment{} }, 0, "health.signoff.missing", 0},
		{"a key player uncovered", "key_players", func(p *domain.Plan) { p.Coverage = p.Coverage[:1] }, 0.5, "health.key_players.partial", 1},
		{"no key player", "key_players", func(p *domain.Plan) { p.Contacts[0].Influence, p.Contacts[1].Influence = 3, 3 }, 0, "health.key_players.none", 0},
		{"decider below Working", "deciders", func(p *domain.Plan) { p.Coverage[0].RelNow = domain.RelWorking - 1 }, 0, "health.deciders.partial", 1},
		{"decider uncovered", "deciders", func(p *domain.Plan) { p.Coverage = p.Coverage[1:] }, 0, "health.deciders.partial", 1},
		{"one of two deciders strong", "deciders", func(p *domain.Plan) { p.Contacts[1].BuyingRoles = []domain.BuyingRole{domain.BuyingDecider} }, 0.5, "health.deciders.partial", 1},
		{"no decider", "deciders", func(p *domain.Plan) { p.Contacts[0].BuyingRoles = nil }, 0, "health.deciders.none", 0},
		{"one of two open actions overdue", "overdue", func(p *domain.Plan) { p.Actions[0].Due = domain.NewDate(2027, 3, 1) }, 0.5, "health.overdue.late", 1},
		{"a done action past due is not late", "overdue", func(p *domain.Plan) {
			p.Actions[0].Due, p.Actions[0].Status = domain.NewDate(2027, 3, 1), domain.StatusDone
		}, 1, "health.overdue.ok", 0},
		{"no actions to judge", "overdue", func(p *domain.Plan) { p.Actions = nil }, 0, "health.overdue.none", 0},
		{"plan B triggered, contingency not started", "plan_b", redTwice, 0, "health.plan_b.uncovered", 1},
		{"plan B triggered, contingency under way", "plan_b", func(p *domain.Plan) {
			redTwice(p)
			p.Actions[1].Status = domain.StatusInProgress
		}, 1, "health.plan_b.ok", 0},
		{"red once, trigger at two", "plan_b", func(p *domain.Plan) { p.KPIs[0].History[0].Value = 10 }, 1, "health.plan_b.ok", 0},
		{"no KPI measured", "plan_b", func(p *domain.Plan) { p.KPIs[0].History = nil }, 0, "health.plan_b.none", 0},
		{"pipeline short", "pipeline", func(p *domain.Plan) { p.Opportunities[0].Value = 400_000_00 }, 0, "health.pipeline.short", 1},
		{"one of two objectives short", "pipeline", func(p *domain.Plan) {
			o := p.Objectives[0]
			o.ID = "o2"
			p.Objectives = append(p.Objectives, o)
		}, 0.5, "health.pipeline.short", 1},
		{"no revenue objective", "pipeline", func(p *domain.Plan) { p.Objectives[0].Unit = "%" }, 0, "health.pipeline.none", 0},
		{"review overdue", "review", func(p *domain.Plan) { p.Commitment.InternalApproval.Date = domain.NewDate(2027, 2, 1) }, 0, "health.review.overdue", 11},
		{"a review recorded since the approval counts from its date", "review", func(p *domain.Plan) {
			p.Commitment.InternalApproval.Date = domain.NewDate(2027, 2, 1)
			p.Reviews = append(p.Reviews, domain.Review{ID: "rv-new", Date: domain.NewDate(2027, 5, 10)})
		}, 1, "health.review.ok", 0},
		{"no review and no approval", "review", func(p *domain.Plan) {
			p.Commitment.InternalApproval, p.Reviews = domain.Approval{}, nil
		}, 0, "health.review.none", 0},
		{"review ad hoc", "review", func(p *domain.Plan) { p.ReviewCadence = domain.CadenceAdHoc }, 1, "health.review.adhoc", 0},
		{"nothing to review from", "review", func(p *domain.Plan) { p.Commitment.InternalApproval = domain.Approval{} }, 0, "health.review.none", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := full()
			tt.change(p)
			r := Score(p, domain.DefaultSettings(), today)
			c := checkOf(t, r, tt.key)
			if diff := c.Value - tt.value; diff > 1e-9 || diff < -1e-9 || c.Reason != tt.reason || c.Count != tt.count {
				t.Errorf("got %v %q count %d, want %v %q count %d", c.Value, c.Reason, c.Count, tt.value, tt.reason, tt.count)
			}
			if want := 100 - Weight(tt.key) + int(float64(Weight(tt.key))*tt.value+0.5); tt.value < 1 && r.Score > want {
				t.Errorf("score %d, want at most %d", r.Score, want)
			}
		})
	}
}

func redTwice(p *domain.Plan) {
	p.KPIs[0].History = []domain.Measurement{{Period: "2027-01", Value: 50}, {Period: "2027-02", Value: 40}}
}

func TestCoverageRatioComesFromSettings(t *testing.T) {
	p := full()
	st := domain.DefaultSettings()
	st.Coverage = 5 // 900 k weighted for a 300 k gap is 3×, less than 5×
	c := checkOf(t, Score(p, st, today), "pipeline")
	if c.Passed() || c.Reason != "health.pipeline.short" || len(c.Args) != 1 || c.Args[0] != 5.0 {
		t.Errorf("got %+v", c)
	}
}

func TestFormatArgsPutTheCountFirst(t *testing.T) {
	c := tc("health.pipeline.short", 2, 0, 3.0)
	if got := c.FormatArgs(); len(got) != 2 || got[0] != 2 || got[1] != 3.0 {
		t.Errorf("got %v", got)
	}
	if got := verdict(1, "health.review.ok").FormatArgs(); len(got) != 0 {
		t.Errorf("got %v", got)
	}
}
