package domain

import (
	"slices"
	"strings"
)

// planRule is one part of a plan's validation with what it reads of the plan to find a
// problem (a problem's message may read more): the plan's own fields (and the lists that
// travel with them), the lists whose elements it reads, and the lists of which it reads
// only which ids there are. A plan that was valid before an
// edit needs only the rules that read what the edit reached (ReachOf) run again: the
// others read what did not change. An element's content changing does not change its id
// (edits find elements by id), so a rule that reads only a list's ids runs again only when
// that list's elements were added, removed or moved.
type planRule struct {
	fields bool
	reads  []Coll // every element read, ids and content
	ids    []Coll // only the ids read
	check  func(p planCheck, c checker)
}

// runsFor reports whether the rule reads anything r reaches.
func (rule planRule) runsFor(r Reach) bool {
	if r.Whole || (rule.fields && r.Plan) {
		return true
	}
	for _, c := range rule.reads {
		if r.Order[c] || len(r.Elements[c]) > 0 {
			return true
		}
	}
	for _, c := range rule.ids {
		if r.Order[c] {
			return true
		}
	}
	return false
}

// planRules are the plan's validation rules, in the order their problems are listed.
// Whoever changes a rule keeps what it reads true: TestScopedValidationFindsWhatAWholeOneFinds
// checks it with random edits, valid and not.
var planRules = []planRule{
	{fields: true, check: planCheck.checkHeading},
	{fields: true, reads: []Coll{CollOfferings, CollCompetitors}, check: func(p planCheck, c checker) { p.Wallet.check(c.at("wallet")) }},
	{reads: []Coll{CollSWOTs}, check: planCheck.checkSWOTs},
	{reads: []Coll{CollStrategies, CollSWOTs}, check: planCheck.checkStrategies},
	{fields: true, check: planCheck.checkPortfolio},
	{reads: []Coll{CollContacts}, check: planCheck.checkContacts},
	{reads: []Coll{CollLinks}, ids: []Coll{CollContacts}, check: planCheck.checkLinks},
	{reads: []Coll{CollCoverage}, ids: []Coll{CollContacts}, check: planCheck.checkCoverages},
	{reads: []Coll{CollCentres}, check: planCheck.checkCentres},
	{reads: []Coll{CollWhiteSpace}, ids: []Coll{CollCentres, CollOfferings, CollCompetitors}, check: planCheck.checkWhiteSpace},
	{fields: true, check: planCheck.checkStages},
	{reads: []Coll{CollObjectives, CollSWOTs}, ids: []Coll{CollKPIs, CollStrategies}, check: planCheck.checkObjectives},
	{reads: []Coll{CollActions}, ids: []Coll{CollObjectives, CollContacts}, check: planCheck.checkActions},
	{reads: []Coll{CollKPIs}, ids: []Coll{CollActions}, check: planCheck.checkKPIs},
	{reads: []Coll{CollOpportunities}, ids: []Coll{CollObjectives, CollCentres, CollOfferings, CollCompetitors}, check: planCheck.checkOpportunities},
	{reads: []Coll{CollReviews}, ids: []Coll{CollObjectives, CollContacts, CollKPIs, CollActions}, check: planCheck.checkReviews},
	{fields: true, check: planCheck.checkCadence},
	{fields: true, reads: []Coll{CollSWOTs}, ids: planWideLists(), check: func(p planCheck, c checker) { checkUniqueIDs(c, p.Plan) }},
}

// planWideLists are the lists kept in rows whose ids are plan-wide.
func planWideLists() []Coll {
	var out []Coll
	for _, c := range collections {
		if c.PlanWideIDs && c.Parent == "" {
			out = append(out, c.Name)
		}
	}
	return out
}

func (p planCheck) checkHeading(c checker) {
	c.required("period", p.Period)
	c.maxLen("period", p.Period, 40)
	if p.Language != "en" && p.Language != "es" {
		c.add("language", "err.language", "must be en or es")
	}
	if len(p.Currency) != 3 || strings.ToUpper(p.Currency) != p.Currency {
		c.add("currency", "err.currency", "must be a three-letter ISO code such as EUR")
	}
}

func (p planCheck) checkSWOTs(c checker) {
	for i, s := range p.SWOTs {
		s.check(c.idx("swots", i))
	}
}

func (p planCheck) checkStrategies(c checker) {
	for i, s := range p.Strategies {
		p.checkStrategy(c.idx("strategies", i), s)
	}
}

func (p planCheck) checkPortfolio(c checker) {
	p.Portfolio.Attractiveness.check(c.at("portfolio.attractiveness"), false)
	p.Portfolio.Strength.check(c.at("portfolio.strength"), true)
}

func (p planCheck) checkContacts(c checker) {
	for i, k := range p.Contacts {
		p.checkContact(c.idx("contacts", i), k)
	}
	if cyc := p.ReportsToCycle(); cyc != nil {
		first := slices.IndexFunc(p.Contacts, func(k Contact) bool { return k.ID == cyc[0] })
		c.idx("contacts", first).add("reports_to", "err.cycle", "reports-to forms a cycle: %s", p.contactNames(cyc))
	}
}

func (p planCheck) checkStages(c checker) {
	if p.StageNow != 0 && !p.StageNow.Valid() {
		c.add("stage_now", "err.range", "must be %d–%d", 1, 5)
	}
	if p.StageTarget != 0 && !p.StageTarget.Valid() {
		c.add("stage_target", "err.range", "must be %d–%d", 1, 5)
	}
}

func (p planCheck) checkObjectives(c checker) {
	for i, o := range p.Objectives {
		p.checkObjective(c.idx("objectives", i), o)
	}
}

func (p planCheck) checkActions(c checker) {
	for i, a := range p.Actions {
		p.checkAction(c.idx("actions", i), a)
	}
}

func (p planCheck) checkKPIs(c checker) {
	for i, k := range p.KPIs {
		p.checkKPI(c.idx("kpis", i), k)
	}
}

func (p planCheck) checkCadence(c checker) {
	if p.ReviewCadence != "" && !slices.Contains(Cadences, p.ReviewCadence) {
		c.add("review_cadence", "err.choice", "must be one of weekly, monthly, quarterly, adhoc")
	}
}
