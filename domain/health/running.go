package health

import (
	"kamplan/domain"
	"kamplan/domain/gaps"
	"kamplan/domain/pipeline"
	reviews "kamplan/domain/review"
)

// keyPlayers: every key player (influence ≥ 4) is covered by someone on our team.
func keyPlayers(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	total, covered := 0, 0
	bests := p.BestCoverages()
	for _, c := range p.Contacts {
		if !c.KeyPlayer() {
			continue
		}
		total++
		if _, ok := bests[c.ID]; ok {
			covered++
		}
	}
	switch {
	case total == 0:
		return verdict(0, "health.key_players.none")
	case covered == total:
		return tc("health.key_players.ok", total, 1)
	}
	return tc("health.key_players.partial", total-covered, fraction(covered, total))
}

// deciders: every decider's best coverage is Working or better.
func deciders(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	total, strong := 0, 0
	bests := p.BestCoverages()
	for _, c := range p.Contacts {
		if !c.HasRole(domain.BuyingDecider) {
			continue
		}
		total++
		if best, ok := bests[c.ID]; ok && best.RelNow >= domain.RelWorking {
			strong++
		}
	}
	switch {
	case total == 0:
		return verdict(0, "health.deciders.none")
	case strong == total:
		return tc("health.deciders.ok", total, 1)
	}
	return tc("health.deciders.partial", total-strong, fraction(strong, total))
}

// overdue: no open action is past its due date; partly, the share of open actions on time.
func overdue(p *domain.Plan, _ domain.Settings, today domain.Date) Check {
	open, late := 0, 0
	for _, a := range p.Actions {
		if a.Open() {
			open++
		}
		if a.Overdue(today) {
			late++
		}
	}
	switch {
	case len(p.Actions) == 0:
		return verdict(0, "health.overdue.none")
	case late == 0:
		return verdict(1, "health.overdue.ok")
	}
	return tc("health.overdue.late", late, 1-fraction(late, open))
}

// planB: no KPI whose plan B has triggered (red for its periods) without a contingency action
// under way (open and not merely planned: in progress or blocked counts as started).
func planB(p *domain.Plan, _ domain.Settings, _ domain.Date) Check {
	measured, uncovered := 0, 0
	for _, k := range p.KPIs {
		if _, ok := k.Latest(); ok {
			measured++
		}
		if k.PlanBTriggered() && !contingencyActive(p, k) {
			uncovered++
		}
	}
	switch {
	case measured == 0:
		return verdict(0, "health.plan_b.none")
	case uncovered > 0:
		return tc("health.plan_b.uncovered", uncovered, 0)
	}
	return verdict(1, "health.plan_b.ok")
}

func contingencyActive(p *domain.Plan, k domain.KPI) bool {
	for _, id := range k.PlanB.ActionIDs {
		if a := p.FindAction(id); a != nil && a.Open() && a.Status != domain.StatusNotStarted {
			return true
		}
	}
	return false
}

// pipelineCoverage: each revenue objective's gap is covered by the weighted pipeline as many
// times as the settings ask; partly, the share of revenue objectives covered.
func pipelineCoverage(p *domain.Plan, st domain.Settings, _ domain.Date) Check {
	progress := pipeline.Objectives(p, pipeline.Coverage(st))
	short := 0
	for _, pr := range progress {
		if pr.Short {
			short++
		}
	}
	switch {
	case len(progress) == 0:
		return verdict(0, "health.pipeline.none")
	case short == 0:
		return verdict(1, "health.pipeline.ok", pipeline.Coverage(st))
	}
	return tc("health.pipeline.short", short, 1-fraction(short, len(progress)), pipeline.Coverage(st))
}

// review: the plan's next review (the last one plus its cadence) has not passed.
func review(p *domain.Plan, _ domain.Settings, today domain.Date) Check {
	if p.ReviewCadence == domain.CadenceAdHoc {
		return verdict(1, "health.review.adhoc")
	}
	days, ok := gaps.CadenceDays(p.ReviewCadence)
	last := LastReview(p)
	if !ok || last.IsZero() {
		return verdict(0, "health.review.none")
	}
	next := last.AddDays(days)
	if next.Before(today) {
		return tc("health.review.overdue", daysBetween(next, today), 0)
	}
	return verdict(1, "health.review.ok")
}

// LastReview is the date the plan was last reviewed from: its latest recorded review, else
// the plan's internal approval (its start of run), zero when neither exists.
func LastReview(p *domain.Plan) domain.Date {
	last := p.Commitment.InternalApproval.Date
	if r := reviews.Latest(p); r != nil && r.Date.After(last) {
		return r.Date
	}
	return last
}

func daysBetween(a, b domain.Date) int { return int(b.Time().Sub(a.Time()).Hours() / 24) }
