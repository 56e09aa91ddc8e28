package domain

import (
	"fmt"
	"slices"
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
	newPlanCheck(p).check(c)
	return c.out.Err()
}

// planCheck is the plan seen by its validation rules: one method per part of the plan.
type planCheck struct {
	*Plan
	ids *planIDs
}

// planIDs are the ids of the lists many parts of the plan refer to, each set made when
// first needed.
type planIDs struct{ contacts, actions map[string]bool }

func newPlanCheck(p *Plan) planCheck { return planCheck{Plan: p, ids: &planIDs{}} }

// hasContact reports whether the plan has a contact with the id.
func (p planCheck) hasContact(id string) bool {
	if p.ids.contacts == nil {
		p.ids.contacts = idSet(p.Contacts, func(k Contact) string { return k.ID })
	}
	return p.ids.contacts[id]
}

// hasAction reports whether the plan has an action with the id.
func (p planCheck) hasAction(id string) bool {
	if p.ids.actions == nil {
		p.ids.actions = idSet(p.Actions, func(a Action) string { return a.ID })
	}
	return p.ids.actions[id]
}

func idSet[T any](list []T, id func(T) string) map[string]bool {
	set := make(map[string]bool, len(list))
	for _, x := range list {
		set[id(x)] = true
	}
	return set
}

func (p planCheck) check(c checker) {
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
		first := slices.IndexFunc(p.Contacts, func(k Contact) bool { return k.ID == cyc[0] })
		c.idx("contacts", first).add("reports_to", "err.cycle", "reports-to forms a cycle: %s", p.contactNames(cyc))
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
	if p.ReviewCadence != "" && !slices.Contains(Cadences, p.ReviewCadence) {
		c.add("review_cadence", "err.choice", "must be one of weekly, monthly, quarterly, adhoc")
	}
	checkUniqueIDs(c, p.Plan)
}

func (p planCheck) checkStages(c checker) {
	if p.StageNow != 0 && !p.StageNow.Valid() {
		c.add("stage_now", "err.range", "must be %d–%d", 1, 5)
	}
	if p.StageTarget != 0 && !p.StageTarget.Valid() {
		c.add("stage_target", "err.range", "must be %d–%d", 1, 5)
	}
}

func (p planCheck) contactNames(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id
		if k := p.FindContact(id); k != nil && k.Name != "" {
			names[i] = k.Name
		}
	}
	return strings.Join(names, " → ")
}

// checkUniqueIDs rejects empty or repeated ids in the lists whose ids are plan-wide:
// references between parts depend on them. A nested list's elements are seen right after
// the element that holds them.
func checkUniqueIDs(c checker, p *Plan) {
	d := &Doc{Plan: p}
	ids, n := make([][]string, len(collections)), 1
	for k, top := range collections {
		if top.PlanWideIDs && top.Parent == "" {
			ids[k] = top.list.idsAt(d, 0)
			n += len(ids[k])
		}
	}
	seen := make(map[string]idPlace, n)
	see := func(at idPlace, id string) {
		if id == "" {
			c.add(at.path()+".id", "err.required", "is required")
			return
		}
		if first, dup := seen[id]; dup {
			c.add(at.path()+".id", "err.duplicate_id", "repeats the id of %s", first.path())
			return
		}
		seen[id] = at
	}
	see(idPlace{list: -1}, p.ID)
	for k, top := range collections {
		held := heldBy(top.Name)
		for i, id := range ids[k] {
			see(idPlace{list: k, i: i, held: -1}, id)
			for _, h := range held {
				for j, id := range collections[h].list.idsAt(d, i) {
					see(idPlace{list: k, i: i, held: h, j: j}, id)
				}
			}
		}
	}
}

// idPlace is where an id was seen: the element at index i of the list collections[list]
// (list -1 for the plan itself), or the element at index j of the nested list
// collections[held] it holds (held -1 for none). Its path is written only for a problem.
type idPlace struct {
	list, held int
	i, j       int
}

func (w idPlace) path() string {
	if w.list < 0 {
		return "plan"
	}
	path := sprintfIdx(collections[w.list].Path, w.i)
	if w.held >= 0 {
		path += "." + sprintfIdx(collections[w.held].Path, w.j)
	}
	return path
}

// heldBy lists the indexes in collections of the nested lists with plan-wide ids the
// elements of parent hold.
func heldBy(parent Coll) []int {
	var out []int
	for k, c := range collections {
		if c.Parent == parent && c.PlanWideIDs {
			out = append(out, k)
		}
	}
	return out
}
