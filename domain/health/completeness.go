package health

import (
	"strings"

	"kamplan/domain"
	"kamplan/domain/period"
	"kamplan/domain/smart"
)

func profile(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	if strings.TrimSpace(p.Context) == "" {
		return verdict(0, "health.profile.missing")
	}
	return verdict(1, "health.profile.ok")
}

func wallet(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	switch {
	case p.Wallet.Potential <= 0:
		return verdict(0, "health.wallet.missing")
	case p.Wallet.Revenue <= 0:
		return verdict(0.5, "health.wallet.no_revenue")
	}
	return verdict(1, "health.wallet.ok")
}

// clientSWOT: the client's SWOT with items in every quadrant; partly, per quadrant filled.
func clientSWOT(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	best := 0
	for _, s := range p.SWOTs {
		if s.Subject == domain.SubjectClient {
			best = max(best, quadrantsFilled(s))
		}
	}
	if best == 4 {
		return verdict(1, "health.client_swot.ok")
	}
	return tc("health.client_swot.partial", 4-best, fraction(best, 4))
}

func quadrantsFilled(s domain.SWOT) int {
	n := 0
	for _, q := range domain.Quadrants {
		if len(s.In(q)) > 0 {
			n++
		}
	}
	return n
}

// otherSWOTs: our position as the client sees us and at least one competitor, each with items.
func otherSWOTs(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	us, competitor := false, false
	for _, s := range p.SWOTs {
		filled := len(s.Items) > 0
		us = us || (s.Subject == domain.SubjectUs && filled)
		competitor = competitor || (s.Subject == domain.SubjectCompetitor && filled)
	}
	switch {
	case us && competitor:
		return verdict(1, "health.other_swots.ok")
	case us:
		return verdict(0.5, "health.other_swots.no_competitor")
	case competitor:
		return verdict(0.5, "health.other_swots.no_us")
	}
	return verdict(0, "health.other_swots.missing")
}

func strategies(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	if len(p.Strategies) == 0 {
		return verdict(0, "health.strategies.missing")
	}
	return tc("health.strategies.ok", len(p.Strategies), 1)
}

// portfolio: both axes scored. The attractiveness factors are the portfolio's (Settings) when
// the plan, as read from a file, carries none of its own.
func portfolio(p *domain.Plan, st domain.Settings, _ domain.Date) Check {
	attractiveness := p.Portfolio.Attractiveness
	if len(attractiveness.Factors) == 0 {
		attractiveness.Factors = st.Factors
	}
	a, s := attractiveness.Complete(), p.Portfolio.Strength.Complete()
	switch {
	case a && s:
		return verdict(1, "health.portfolio.ok")
	case a:
		return verdict(0.5, "health.portfolio.no_strength")
	case s:
		return verdict(0.5, "health.portfolio.no_attractiveness")
	}
	return verdict(0, "health.portfolio.missing")
}

// minContacts is the method's minimum of contacts with roles.
const minContacts = 3

func stakeholders(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	n := 0
	for _, c := range p.Contacts {
		if len(c.BuyingRoles) > 0 || c.SellingRole != "" {
			n++
		}
	}
	if n >= minContacts {
		return tc("health.stakeholders.ok", n, 1)
	}
	return tc("health.stakeholders.partial", minContacts-n, fraction(n, minContacts))
}

func stage(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	if !p.StageNow.Valid() || !p.StageTarget.Valid() {
		return verdict(0, "health.stage.missing")
	}
	return verdict(1, "health.stage.ok")
}

// objectives: at least one objective passes every letter of SMART; one that does not, half.
func objectives(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	if len(p.Objectives) == 0 {
		return verdict(0, "health.objectives.missing")
	}
	span := period.Parse(p.Period)
	for _, o := range p.Objectives {
		if smart.OK(smart.Objective(p, o, span)) {
			return verdict(1, "health.objectives.ok")
		}
	}
	return tc("health.objectives.not_smart", len(p.Objectives), 0.5)
}

// actions: every action has an owner and a due date; partly, the share of those that do.
func actions(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	if len(p.Actions) == 0 {
		return verdict(0, "health.actions.missing")
	}
	n := 0
	for _, a := range p.Actions {
		if strings.TrimSpace(a.Owner) != "" && !a.Due.IsZero() {
			n++
		}
	}
	if n == len(p.Actions) {
		return tc("health.actions.ok", n, 1)
	}
	return tc("health.actions.partial", len(p.Actions)-n, fraction(n, len(p.Actions)))
}

// kpis: at least one KPI, and one of them with a plan B (a trigger and the actions it starts).
func kpis(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	if len(p.KPIs) == 0 {
		return verdict(0, "health.kpis.missing")
	}
	for _, k := range p.KPIs {
		if k.PlanB.RedPeriods > 0 && len(k.PlanB.ActionIDs) > 0 {
			return verdict(1, "health.kpis.ok")
		}
	}
	return verdict(0.5, "health.kpis.no_plan_b")
}

func signoff(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	in, client := p.Commitment.InternalApproval.Done(), p.Commitment.ClientAgreement.Done()
	switch {
	case in && client:
		return verdict(1, "health.signoff.ok")
	case in:
		return verdict(0.5, "health.signoff.no_client")
	case client:
		return verdict(0.5, "health.signoff.no_internal")
	}
	return verdict(0, "health.signoff.missing")
}
