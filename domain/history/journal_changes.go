package history

import (
	"kamplan/domain"
)

// Changes lists what the entry changed, as Compare would between the plan just before it
// and just after, found from the entry's edit and inverse alone (they hold the values before
// and after), so that a journal of thousands of entries is said in words without rebuilding
// the plan as it was at each. names is the plan now: what ids refer to is named as it is
// now (a coverage pair by its team member and contact). A removal lists the element
// removed, not the references the removal cleaned; a whole replacement (a restore, a
// merge) is compared whole.
func (j JournalEntry) Changes(names domain.Doc) []Change {
	var out []Change
	editChanges(j.Edit, j.Inverse, names, &out)
	return bySection(out)
}

func editChanges(e, inverse domain.Edit, names domain.Doc, out *[]Change) {
	switch x := e.(type) {
	case domain.Batch:
		batchChanges(x, inverse, names, out)
	case domain.SetField:
		if old, _ := inverse.(domain.SetField); !sameValue(old.Value, x.Value) {
			*out = append(*out, Change{Section: SectionOfField(x.Field), Kind: Changed, Field: string(x.Field), Old: old.Value, New: x.Value})
		}
	case domain.SetScore:
		scoreChange(x, inverse, names, out)
	case domain.AddItem:
		if lc, ok := listCompareOf(x.Coll); ok {
			c := lc.ctx(x.Parent, names).change(Added, stringField(x.Value, "ID"), lc.name(names, x.Value))
			c.New = x.Value
			*out = append(*out, c)
		}
	case domain.RemoveItem:
		removalChange(x, inverse, names, out)
	case domain.ReplaceItem:
		replaceChanges(x, inverse, names, out)
	case domain.MoveItem:
		moveChange(x, inverse, names, out)
	case domain.ReplaceContent:
		if old, ok := inverse.(domain.ReplaceContent); ok {
			*out = append(*out, Compare(contentOf(old), contentOf(x))...)
		}
	}
}

// batchChanges pairs each edit of a batch with its inverse: a batch's inverse undoes its
// edits last first.
func batchChanges(b domain.Batch, inverse domain.Edit, names domain.Doc, out *[]Change) {
	inv, _ := inverse.(domain.Batch)
	for i, e := range b {
		var undo domain.Edit
		if len(inv) == len(b) {
			undo = inv[len(b)-1-i]
		}
		editChanges(e, undo, names, out)
	}
}

func scoreChange(s domain.SetScore, inverse domain.Edit, names domain.Doc, out *[]Change) {
	old, _ := inverse.(domain.SetScore)
	if old.Score == s.Score {
		return
	}
	sc := scoresCompare{s.Axis}
	c := Change{Section: SectionPortfolio, Kind: Changed, Coll: sc.coll(), ID: s.Factor, Name: s.Factor, Field: "score", Old: old.Score, New: s.Score}
	if names.Plan != nil {
		c.Name = factorName(s.Factor, axisOf(names.Plan, s.Axis))
	}
	*out = append(*out, c)
}

// removalChange says which element a removal took: its inverse puts it back first, then
// what referred to it.
func removalChange(r domain.RemoveItem, inverse domain.Edit, names domain.Doc, out *[]Change) {
	lc, ok := listCompareOf(r.Coll)
	if !ok {
		return
	}
	put, ok := inverse.(domain.AddItem)
	if b, isBatch := inverse.(domain.Batch); isBatch && len(b) > 0 {
		put, ok = b[0].(domain.AddItem)
	}
	c := lc.ctx(r.Parent, names).change(Removed, r.ID, "")
	if ok {
		c.Name, c.Old = lc.name(names, put.Value), put.Value
	}
	*out = append(*out, c)
}

func replaceChanges(r domain.ReplaceItem, inverse domain.Edit, names domain.Doc, out *[]Change) {
	lc, ok := listCompareOf(r.Coll)
	old, replaced := inverse.(domain.ReplaceItem)
	if !ok || !replaced {
		return
	}
	id := stringField(r.Value, "ID")
	lc.ctx(r.Parent, names).diffFields(domain.Element{ID: id, Value: old.Value}, domain.Element{ID: id, Value: r.Value}, out)
	if was, now, ok := kpis(old.Value, r.Value); ok {
		c := diffCtx{coll: CollKPIHistory, parent: id, nameA: func(any) string { return now.Name }, nameB: func(any) string { return now.Name }}
		c.diff(measurements(was.History), measurements(now.History), out)
	}
}

func kpis(a, b any) (was, now domain.KPI, ok bool) {
	was, ok1 := a.(domain.KPI)
	now, ok2 := b.(domain.KPI)
	return was, now, ok1 && ok2
}

// moveChange says which element moved, from and to which position; none when it stayed.
func moveChange(m domain.MoveItem, inverse domain.Edit, names domain.Doc, out *[]Change) {
	lc, ok := listCompareOf(m.Coll)
	back, moved := inverse.(domain.MoveItem)
	if !ok || !moved || back.To == m.To {
		return
	}
	c := lc.ctx(m.Parent, names).change(Moved, m.ID, "")
	if v, found := collection(m.Coll).Find(&names, m.Parent, m.ID); found {
		c.Name = lc.name(names, v)
	}
	c.Old, c.New = back.To, m.To
	*out = append(*out, c)
}

// listCompareOf is how Compare compares a list.
func listCompareOf(c domain.Coll) (listCompare, bool) {
	for _, x := range comparedLists {
		if lc, ok := x.(listCompare); ok && lc.coll == c {
			return lc, true
		}
	}
	return listCompare{}, false
}

// ctx compares elements of the list held by parent, naming them from names.
func (lc listCompare) ctx(parent string, names domain.Doc) diffCtx {
	name := func(v any) string { return lc.name(names, v) }
	return diffCtx{coll: lc.coll, parent: parent, skip: lc.skip, nameA: name, nameB: name}
}
