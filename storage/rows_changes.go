package storage

import (
	"encoding/json"

	"kamplan/domain"
	"kamplan/domain/history"
)

// rowChanges is what a save writes of a plan: its own row (body, rewritten when it differs
// from the stored one or the actions changed) and the rows of its lists' elements put or
// deleted. Applied to the stored rows, it gives the rows of the saved plan.
type rowChanges struct {
	body string
	put  map[itemKey]itemRow
	gone []itemKey
}

// diffRows is what turns the stored rows old into rows, a whole plan's.
func diffRows(old, rows *planRows) rowChanges {
	ch := rowChanges{body: rows.body, put: map[itemKey]itemRow{}}
	for k, r := range rows.items {
		if o, ok := old.items[k]; !ok || o != r {
			ch.put[k] = r
		}
	}
	for k := range old.items {
		if _, ok := rows.items[k]; !ok {
			ch.gone = append(ch.gone, k)
		}
	}
	return ch
}

// reachOf is what the edits of a save's journal entries may have changed of the plan; ok
// is false when that is not known (no entries) or may be anything (a whole content
// replaced): then the whole plan is encoded and compared.
func reachOf(entries []history.JournalEntry) (r domain.Reach, ok bool) {
	if len(entries) == 0 {
		return r, false
	}
	edits := make([]domain.Edit, 0, 2*len(entries))
	for _, e := range entries {
		edits = append(edits, e.Edit, e.Inverse)
	}
	r = domain.ReachOf(edits...)
	return r, !r.Whole
}

// reachedRows is what turns the stored rows old into the rows of p when the edits made
// since reach only what r says: it encodes the plan's own row when r reaches it and, of the
// lists r reaches, the elements it names and those not stored yet. Every other row is as
// stored; an element that only moved keeps its stored body at its new position.
func reachedRows(p *domain.Plan, old *planRows, r domain.Reach) (rowChanges, error) {
	ch := rowChanges{body: old.body, put: map[itemKey]itemRow{}}
	if r.Plan {
		b, err := json.Marshal(scalars(p))
		if err != nil {
			return ch, err
		}
		ch.body = string(b)
	}
	d := &domain.Doc{Plan: p}
	for _, c := range rowLists() {
		if r.Order[c.Name] || len(r.Elements[c.Name]) > 0 {
			if err := ch.reachList(d, c, old, r.Elements[c.Name], r.Order[c.Name]); err != nil {
				return ch, err
			}
		}
	}
	return ch, nil
}

// reachList adds the changes of one list: the elements named encoded again, and when its
// order may have changed, every element's position and the elements no longer in it.
func (ch *rowChanges) reachList(d *domain.Doc, c domain.Collection, old *planRows, named map[string]bool, order bool) error {
	if !order {
		if ok, err := ch.reachNamed(d, c, old, named); ok || err != nil {
			return err
		}
		order = true // a named element is not where the stored rows have it: walk the list
	}
	kind := string(c.Name)
	seen := map[string]bool{}
	var err error
	c.Each(d, func(pos int, id string, v any) {
		seen[id] = true
		k := itemKey{kind, id}
		o, stored := old.items[k]
		switch {
		case err != nil:
		case named[id] || !stored:
			var b []byte
			if b, err = json.Marshal(v); err == nil && (!stored || o != itemRow{pos, string(b)}) {
				ch.put[k] = itemRow{pos, string(b)}
			}
		case order && o.pos != pos:
			ch.put[k] = itemRow{pos, o.body}
		}
	})
	if order {
		for k := range old.items {
			if k.kind == kind && !seen[k.id] {
				ch.gone = append(ch.gone, k)
			}
		}
	}
	return err
}

// reachNamed encodes again the named elements of a list whose order did not change, each
// found by its id at its stored position; ok is false when one is not stored or not found.
func (ch *rowChanges) reachNamed(d *domain.Doc, c domain.Collection, old *planRows, named map[string]bool) (ok bool, err error) {
	for id := range named {
		k := itemKey{string(c.Name), id}
		o, stored := old.items[k]
		v, found := c.Find(d, "", id)
		if !stored || !found {
			return false, nil
		}
		b, err := json.Marshal(v)
		if err != nil {
			return false, err
		}
		if string(b) != o.body {
			ch.put[k] = itemRow{o.pos, string(b)}
		}
	}
	return true, nil
}

// summedKinds are the lists the plan's own row sums up in columns of its own: the next
// deadline (the actions), the pipeline (the opportunities against the objectives, measured
// in their KPIs' units) and the next review (the reviews; the health score reads all four).
var summedKinds = map[string]bool{string(domain.CollActions): true, string(domain.CollOpportunities): true,
	string(domain.CollObjectives): true, string(domain.CollKPIs): true, string(domain.CollReviews): true}

// summedChanged: a list the plan's row sums up changed.
func (ch rowChanges) summedChanged() bool {
	for k := range ch.put {
		if summedKinds[k.kind] {
			return true
		}
	}
	for _, k := range ch.gone {
		if summedKinds[k.kind] {
			return true
		}
	}
	return false
}

// applyTo makes old the rows of the saved plan, at version.
func (ch rowChanges) applyTo(old *planRows, version int64) {
	old.body, old.version = ch.body, version
	for k, r := range ch.put {
		old.items[k] = r
	}
	for _, k := range ch.gone {
		delete(old.items, k)
	}
}
