package domain

// Reach is what of a plan a series of edits may have changed, in the parts a store keeps
// apart: the plan's own row (its fields and the lists that travel in it) and the rows of
// the lists kept one row per element (Collection.Rows). A store that knows the edits made
// since a plan was saved writes only that. The account is not part of it: it is saved
// whole.
type Reach struct {
	// Whole: anything may have changed (a whole content was replaced, or an edit is not
	// known here).
	Whole bool
	// Plan: the plan's own fields, or a list that travels with them (the strength criteria).
	Plan bool
	// Elements lists, by list kept in rows, the ids of the elements whose content may have
	// changed; a change to a nested list's element (a SWOT item) is one of the element that
	// holds it.
	Elements map[Coll]map[string]bool
	// Order lists the lists kept in rows whose elements may have been added, removed or
	// moved.
	Order map[Coll]bool
}

// ReachOf is what the edits may have changed. Give it each edit with its inverse: the
// inverse names what the edit changed to keep the plan whole (the references a removal
// cleaned).
func ReachOf(edits ...Edit) Reach {
	r := Reach{Elements: map[Coll]map[string]bool{}, Order: map[Coll]bool{}}
	for _, e := range edits {
		if e == nil {
			r.Whole = true
			continue
		}
		e.reach(&r)
	}
	return r
}

// element records that the content of the element id of list c may have changed, and
// with order that the list's elements may have moved.
func (r *Reach) element(c Coll, parent, id string, order bool) {
	col, ok := CollectionOf(c)
	switch {
	case !ok:
		r.Whole = true
	case col.Account:
	case col.Parent != "" && parent == "":
		r.Whole = true
	case col.Parent != "":
		r.element(col.Parent, "", parent, false)
	case !col.Rows:
		r.Plan = true
	default:
		if order {
			r.Order[c] = true
		}
		if id == "" {
			return
		}
		if r.Elements[c] == nil {
			r.Elements[c] = map[string]bool{}
		}
		r.Elements[c][id] = true
	}
}

// valueID is the id of an element value of list c ("" when it is not one: then the whole
// list's order is reached, which covers every element anyway).
func valueID(c Coll, v any) string {
	col, ok := CollectionOf(c)
	if !ok {
		return ""
	}
	id, _ := col.list.idOf(v)
	return id
}

func (e SetField) reach(r *Reach) { r.Plan = r.Plan || !fields[e.Field].account }
func (SetScore) reach(r *Reach)   { r.Plan = true }

func (e AddItem) reach(r *Reach)    { r.element(e.Coll, e.Parent, valueID(e.Coll, e.Value), true) }
func (e RemoveItem) reach(r *Reach) { r.element(e.Coll, e.Parent, e.ID, true) }
func (e MoveItem) reach(r *Reach)   { r.element(e.Coll, e.Parent, e.ID, true) }

func (e ReplaceItem) reach(r *Reach) {
	id := valueID(e.Coll, e.Value)
	r.element(e.Coll, e.Parent, id, id == "")
}

func (e ReplaceContent) reach(r *Reach) { r.Whole = r.Whole || e.Plan != nil }

func (b Batch) reach(r *Reach) {
	for _, e := range b {
		e.reach(r)
	}
}
