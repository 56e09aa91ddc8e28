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
func (p *Plan) Validate() error { return p.validateReach(Reach{Whole: true}) }

// validateReach runs the rules that read what r reaches: of a plan that was valid before
// edits that reach r, it finds every problem Validate would.
func (p *Plan) validateReach(r Reach) error {
	c := newChecker()
	pc := newPlanCheck(p)
	for _, rule := range planRules {
		if rule.runsFor(r) {
			rule.check(pc, c)
		}
	}
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
