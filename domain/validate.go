package domain

import (
	"fmt"
	"strings"
)

// isCurrencyCode reports whether s is written as an ISO 4217 code: three capital letters.
func isCurrencyCode(s string) bool {
	return len(s) == 3 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

func sprintfIdx(name string, i int) string { return fmt.Sprintf("%s[%d]", name, i) }

// Validate checks every field of the plan and returns all problems (as Problems), or nil.
func (p *Plan) Validate() error {
	c := newChecker()
	p.check(c)
	return c.out.Err()
}

func (p *Plan) check(c checker) {
	c.required("period", p.Period)
	c.maxLen("period", p.Period, 40)
	if p.Language != "en" && p.Language != "es" {
		c.add("language", "err.language", "must be en or es")
	}
	if len(p.Currency) != 3 || strings.ToUpper(p.Currency) != p.Currency {
		c.add("currency", "err.currency", "must be a three-letter ISO code such as EUR")
	}
	p.Wallet.check(c.at("wallet"))
	for i, s := range p.SWOTs {
		s.check(c.idx("swots", i))
	}
	for i, s := range p.Strategies {
		p.checkStrategy(c.idx("strategies", i), s)
	}
	p.Portfolio.Attractiveness.check(c.at("portfolio.attractiveness"), false)
	p.Portfolio.Strength.check(c.at("portfolio.strength"), true)
	for i, k := range p.Contacts {
		p.checkContact(c.idx("contacts", i), k)
	}
	if cyc := p.ReportsToCycle(); cyc != nil {
		c.idx("contacts", p.contactIndex(cyc[0])).add("reports_to", "err.cycle", "reports-to forms a cycle: %s", p.contactNames(cyc))
	}
	p.checkMaps(c)
	p.checkStages(c)
	for i, o := range p.Objectives {
		p.checkObjective(c.idx("objectives", i), o)
	}
	for i, a := range p.Actions {
		p.checkAction(c.idx("actions", i), a)
	}
	for i, k := range p.KPIs {
		p.checkKPI(c.idx("kpis", i), k)
	}
	if p.ReviewCadence != "" && !validCadence(p.ReviewCadence) {
		c.add("review_cadence", "err.choice", "must be one of weekly, monthly, quarterly, adhoc")
	}
	p.checkUniqueIDs(c)
}

func (p *Plan) checkStages(c checker) {
	if p.StageNow != 0 && !p.StageNow.Valid() {
		c.add("stage_now", "err.range", "must be %d–%d", 1, 5)
	}
	if p.StageTarget != 0 && !p.StageTarget.Valid() {
		c.add("stage_target", "err.range", "must be %d–%d", 1, 5)
	}
}

func (p *Plan) contactNames(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id
		if k := p.FindContact(id); k != nil && k.Name != "" {
			names[i] = k.Name
		}
	}
	return strings.Join(names, " → ")
}

// checkUniqueIDs rejects empty or repeated IDs: references between parts depend on them.
func (p *Plan) checkUniqueIDs(c checker) {
	seen := map[string]string{}
	see := func(path, id string) {
		if id == "" {
			c.add(path+".id", "err.required", "is required")
			return
		}
		if first, dup := seen[id]; dup {
			c.add(path+".id", "err.duplicate_id", "repeats the id of %s", first)
			return
		}
		seen[id] = path
	}
	see("plan", p.ID)
	for i, s := range p.SWOTs {
		see(sprintfIdx("swots", i), s.ID)
		for j, it := range s.Items {
			see(fmt.Sprintf("swots[%d].items[%d]", i, j), it.ID)
		}
	}
	for i, x := range p.Strategies {
		see(sprintfIdx("strategies", i), x.ID)
	}
	for i, x := range p.Contacts {
		see(sprintfIdx("contacts", i), x.ID)
	}
	for i, x := range p.Objectives {
		see(sprintfIdx("objectives", i), x.ID)
	}
	for i, x := range p.Actions {
		see(sprintfIdx("actions", i), x.ID)
	}
	for i, x := range p.KPIs {
		see(sprintfIdx("kpis", i), x.ID)
	}
	for i, x := range p.Wallet.Offerings {
		see(sprintfIdx("wallet.offerings", i), x.ID)
	}
	for i, x := range p.Wallet.Competitors {
		see(sprintfIdx("wallet.competitors", i), x.ID)
	}
	for i, x := range p.Notes {
		see(sprintfIdx("notes", i), x.ID)
	}
	for i, x := range p.Links {
		see(sprintfIdx("links", i), x.ID)
	}
	for i, x := range p.Coverage {
		see(sprintfIdx("coverage", i), x.ID)
	}
	for i, x := range p.Centres {
		see(sprintfIdx("centres", i), x.ID)
	}
	for i, x := range p.WhiteSpace {
		see(sprintfIdx("white_space", i), x.ID)
	}
}
