package history

import (
	"reflect"

	"kamplan/domain"
)

// Contents lists what a state of a plan holds, in the form Compare gives its changes, for a
// person to read that state (a snapshot opened read-only): each field of the plan and of its
// account that is set (Changed, from its empty value); each element of each list (Added),
// followed by each of its fields that is set (Changed, from empty), then by the elements it
// holds (a SWOT's items, a KPI's measurements, Added); each score given. Section by section,
// in the order of the plan.
func Contents(d domain.Doc) []Change {
	var out []Change
	empty := domain.Doc{}
	if d.Account != nil {
		empty.Account = &domain.Account{}
	}
	if d.Plan != nil {
		empty.Plan = &domain.Plan{}
	}
	compareFields(empty, d, &out)
	for _, spec := range comparedLists {
		switch x := spec.(type) {
		case listCompare:
			x.contents(d, &out)
		case scoresCompare:
			x.compare(empty, d, &out)
		case historyCompare:
			measurementsOf(d, &out)
		}
	}
	return nest(bySection(out))
}

// nest puts the elements an element holds (a SWOT's items, a KPI's measurements) right
// after it and its fields.
func nest(cs []Change) []Change {
	held := map[string][]Change{}
	var top []Change
	for _, c := range cs {
		if c.Parent != "" {
			held[c.Parent] = append(held[c.Parent], c)
		} else {
			top = append(top, c)
		}
	}
	out := make([]Change, 0, len(cs))
	for i, c := range top {
		out = append(out, c)
		if c.Coll != "" && (i+1 == len(top) || top[i+1].ID != c.ID || top[i+1].Coll != c.Coll) {
			out = append(out, held[c.ID]...)
			delete(held, c.ID)
		}
	}
	for _, c := range cs { // held by an element that is not there: never from Contents' lists
		if c.Parent != "" && held[c.Parent] != nil {
			out = append(out, c)
		}
	}
	return out
}

// contents lists the elements of the list in d, each with its fields that are set.
func (lc listCompare) contents(d domain.Doc, out *[]Change) {
	if !hasPart(d, lc.coll) {
		return
	}
	col := collection(lc.coll)
	for _, parent := range parentsOf(col, &d) {
		c := diffCtx{coll: lc.coll, parent: parent, skip: lc.skip, nameB: func(v any) string { return lc.name(d, v) }}
		for _, e := range col.Elements(&d, parent) {
			ch := c.change(Added, e.ID, c.nameB(e.Value))
			ch.New = e.Value
			*out = append(*out, ch)
			c.diffFields(domain.Element{ID: e.ID, Value: emptyElement(e)}, e, out)
		}
	}
}

// emptyElement is an element of e's type with e's id and nothing else.
func emptyElement(e domain.Element) any {
	v := reflect.New(reflect.TypeOf(e.Value)).Elem()
	if id := v.FieldByName("ID"); id.IsValid() && id.Kind() == reflect.String {
		id.SetString(e.ID)
	}
	return v.Interface()
}

// measurementsOf lists each KPI's measurements as added.
func measurementsOf(d domain.Doc, out *[]Change) {
	if d.Plan == nil {
		return
	}
	for _, k := range d.Plan.KPIs {
		name := k.Name
		c := diffCtx{coll: CollKPIHistory, parent: k.ID, nameB: func(any) string { return name }}
		c.diff(nil, measurements(k.History), out)
	}
}
