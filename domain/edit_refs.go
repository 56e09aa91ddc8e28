package domain

import (
	"fmt"
	"slices"
	"strings"
)

// release decides, once for every list, what happens to the things that refer to an element
// about to be removed: the references are cleaned (and the returned edits restore them), or the
// removal is refused with a message naming who uses the element.
//
//   - a SWOT item used by a strategy: refused (the strategy would lose its meaning);
//     an objective's rationale link to it is cleared;
//   - a SWOT: the client's and ours cannot be removed; a competitor's as its items;
//   - a contact: reports-to links to it and its place in actions are cleared; its informal
//     links and coverage pairs are removed;
//   - a buying centre or an offering: its white-space cells are removed;
//   - a competitor: white-space cells lose the competitor's name;
//   - a strategy: objectives built on it lose the link;
//   - an objective that is the only objective of an action: refused; else the actions lose the link;
//   - an action: plan-B lists of KPIs lose it;
//   - a KPI: objectives measured by it lose the link;
//   - a strength criterion: its score goes with it;
//   - a member of the team, a buying centre, an offering, a competitor, an objective: the
//     opportunities lose the reference;
//   - a member of the account team: their coverage pairs in the open plan are removed (undo
//     puts them back); pairs in the account's other plans keep the id and are shown as a
//     former team member's.
//   - an objective, a KPI, an action, a contact: the reviews forget it.
func (d *Doc) release(c Coll, parent, id string) (Batch, error) {
	b, err := d.releaseRefs(c, parent, id)
	if err != nil || d.Plan == nil {
		return b, err
	}
	return append(b, forgetInReviews(d.Plan, c, id)...), nil
}

func (d *Doc) releaseRefs(c Coll, parent, id string) (Batch, error) {
	p := d.Plan
	switch c {
	case CollTeam:
		if p == nil {
			return nil, nil
		}
		return append(removeWhere(p, CollCoverage, p.Coverage, func(x Coverage) bool { return x.MemberID == id }),
			rewriteDeals(p, func(o *Deal) bool { return unset(&o.OwnerID, id) })...), nil
	case CollSWOTItems:
		return releaseItems(p, []string{id})
	case CollSWOTs:
		return releaseSWOT(p, id)
	case CollContacts:
		restore := rewrite(p, CollContacts, p.Contacts, func(k *Contact) bool {
			if k.ReportsTo != id {
				return false
			}
			k.ReportsTo = ""
			return true
		})
		restore = append(restore, rewrite(p, CollActions, p.Actions, func(a *Action) bool { return drop(&a.ContactIDs, id) })...)
		restore = append(restore, removeWhere(p, CollLinks, p.Links, func(l Link) bool { return l.From == id || l.To == id })...)
		return append(restore, removeWhere(p, CollCoverage, p.Coverage, func(x Coverage) bool { return x.ContactID == id })...), nil
	case CollCentres:
		return append(removeWhere(p, CollWhiteSpace, p.WhiteSpace, func(x SpaceCell) bool { return x.CentreID == id }),
			rewriteDeals(p, func(o *Deal) bool { return unset(&o.CentreID, id) })...), nil
	case CollOfferings:
		return append(removeWhere(p, CollWhiteSpace, p.WhiteSpace, func(x SpaceCell) bool { return x.OfferingID == id }),
			rewriteDeals(p, func(o *Deal) bool { return unset(&o.OfferingID, id) })...), nil
	case CollCompetitors:
		return append(rewrite(p, CollWhiteSpace, p.WhiteSpace, func(x *SpaceCell) bool { return unset(&x.Competitor, id) }),
			rewriteDeals(p, func(o *Deal) bool { return unset(&o.CompetitorID, id) })...), nil
	case CollStrategies:
		return rewrite(p, CollObjectives, p.Objectives, func(o *Objective) bool { return unset(&o.StrategyID, id) }), nil
	case CollObjectives:
		return releaseObjective(p, id)
	case CollActions:
		return rewrite(p, CollKPIs, p.KPIs, func(k *KPI) bool { return drop(&k.PlanB.ActionIDs, id) }), nil
	case CollKPIs:
		return rewrite(p, CollObjectives, p.Objectives, func(o *Objective) bool { return unset(&o.KPIID, id) }), nil
	case CollCriteria:
		restore, err := SetScore{Axis: AxisStrength, Factor: id}.apply(d)
		return Batch{restore}, err
	}
	return nil, nil
}

func releaseSWOT(p *Plan, id string) (Batch, error) {
	for _, w := range p.SWOTs {
		if w.ID != id {
			continue
		}
		if w.Subject != SubjectCompetitor {
			return nil, Errorf(CodeInvalid, "edit.swot_required", "the client's SWOT and ours cannot be deleted")
		}
		var ids []string
		for _, it := range w.Items {
			ids = append(ids, it.ID)
		}
		return releaseItems(p, ids)
	}
	return nil, nil
}

func releaseItems(p *Plan, ids []string) (Batch, error) {
	var users []string
	for _, s := range p.Strategies {
		for _, id := range ids {
			if slices.Contains(s.ItemIDs, id) {
				users = append(users, s.Text)
				break
			}
		}
	}
	if len(users) > 0 {
		return nil, Errorf(CodeInvalid, "edit.item_in_strategy",
			"it is used by the strategy %s; change or delete that strategy first", names(users))
	}
	return rewrite(p, CollObjectives, p.Objectives, func(o *Objective) bool {
		return slices.Contains(ids, o.ItemID) && unset(&o.ItemID, o.ItemID)
	}), nil
}

func releaseObjective(p *Plan, id string) (Batch, error) {
	var orphans []string
	for _, a := range p.Actions {
		if !a.Contingency && len(a.ObjectiveIDs) == 1 && a.ObjectiveIDs[0] == id {
			orphans = append(orphans, a.Title)
		}
	}
	if len(orphans) > 0 {
		return nil, Errorf(CodeInvalid, "edit.objective_in_action",
			"it is the only objective of the action %s; link the action to another objective or delete it first", names(orphans))
	}
	return append(rewrite(p, CollActions, p.Actions, func(a *Action) bool { return drop(&a.ObjectiveIDs, id) }),
		rewriteDeals(p, func(o *Deal) bool { return drop(&o.ObjectiveIDs, id) })...), nil
}

// rewriteDeals cleans a reference in the opportunities (see rewrite).
func rewriteDeals(p *Plan, fix func(*Deal) bool) Batch {
	if p == nil {
		return nil
	}
	return rewrite(p, CollOpportunities, p.Opportunities, fix)
}

// rewrite applies fix to a copy of every element of list and puts back those it changed,
// returning the edits that restore them.
func rewrite[T any](p *Plan, c Coll, list []T, fix func(*T) bool) Batch {
	var restore Batch
	l, _ := listOf(c)
	d := &Doc{Plan: p}
	for _, v := range list {
		changed := clone(v)
		if !fix(&changed) {
			continue
		}
		old, err := l.replace(d, "", changed)
		if err != nil {
			continue
		}
		restore = append(restore, ReplaceItem{Coll: c, Value: old})
	}
	return restore
}

// removeWhere deletes every element of a top-level list that matches and returns the edits
// that put them back where they were (re-added in ascending position).
func removeWhere[T any](p *Plan, c Coll, list []T, match func(T) bool) Batch {
	l, _ := listOf(c)
	d := &Doc{Plan: p}
	var restore Batch
	var gone []int
	for i, v := range list {
		if match(v) {
			restore = append(restore, AddItem{Coll: c, At: i, Value: clone(v)})
			gone = append(gone, i)
		}
	}
	for k := len(gone) - 1; k >= 0; k-- {
		l.delete(d, "", gone[k])
	}
	return restore
}

func drop(ids *[]string, id string) bool {
	if !slices.Contains(*ids, id) {
		return false
	}
	*ids = slices.DeleteFunc(*ids, func(x string) bool { return x == id })
	if len(*ids) == 0 {
		*ids = nil
	}
	return true
}

func unset(ref *string, id string) bool {
	if *ref != id || id == "" {
		return false
	}
	*ref = ""
	return true
}

// names quotes up to three names and counts the rest.
func names(ns []string) string {
	q := make([]string, 0, 3)
	for i, n := range ns {
		if i == 3 {
			return strings.Join(q, ", ") + fmt.Sprintf(" (+%d)", len(ns)-3)
		}
		q = append(q, "“"+n+"”")
	}
	return strings.Join(q, ", ")
}
