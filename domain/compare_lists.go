package domain

import (
	"encoding/json"
	"reflect"
	"strings"
	"sync"
)

// element is one element of a list with its id.
type element struct {
	id string
	v  any
}

// listCompare compares one list of the plan (or the account's team) by id.
type listCompare struct {
	coll Coll
	name func(d Doc, v any) string
	skip string // a field compared as a list of its own: a SWOT's items, a KPI's history
}

// comparedLists are compared in this order: a list before the lists nested in its elements.
var comparedLists = []interface{ compare(a, b Doc, out *[]Change) }{
	listCompare{coll: CollTeam, name: nameField},
	listCompare{coll: CollOfferings, name: nameField}, listCompare{coll: CollCompetitors, name: nameField},
	listCompare{coll: CollCentres, name: nameField}, listCompare{coll: CollWhiteSpace, name: cellName},
	listCompare{coll: CollSWOTs, name: swotName, skip: "items"}, listCompare{coll: CollSWOTItems, name: textField},
	listCompare{coll: CollContacts, name: nameField}, listCompare{coll: CollLinks, name: linkName},
	listCompare{coll: CollCoverage, name: pairName}, listCompare{coll: CollStrategies, name: textField},
	listCompare{coll: CollCriteria, name: nameField}, scoresCompare{AxisAttractiveness}, scoresCompare{AxisStrength},
	listCompare{coll: CollObjectives, name: textField}, listCompare{coll: CollActions, name: textField},
	listCompare{coll: CollKPIs, name: nameField, skip: "history"}, historyCompare{},
	listCompare{coll: CollNotes, name: textField},
}

// ComparedLists lists, in the order Compare reports them, the lists whose changes it gives.
func ComparedLists() []Coll {
	var out []Coll
	for _, c := range comparedLists {
		switch x := c.(type) {
		case listCompare:
			out = append(out, x.coll)
		case scoresCompare:
			out = append(out, x.coll())
		case historyCompare:
			out = append(out, CollKPIHistory)
		}
	}
	return out
}

// ComparedFields lists the fields Compare reports changed for an element of a list (see
// Change.Field).
func ComparedFields(c Coll) []string {
	switch c {
	case CollAttractivenessScores, CollStrengthScores:
		return []string{"score"}
	case CollKPIHistory:
		return []string{"value"}
	}
	var out []string
	for _, lc := range comparedLists {
		if x, ok := lc.(listCompare); ok && x.coll == c {
			for _, l := range leavesOf(mustList(c).elemType()) {
				if l.path != x.skip && l.path != "id" {
					out = append(out, l.path)
				}
			}
		}
	}
	return out
}

func (lc listCompare) compare(a, b Doc, out *[]Change) {
	if !hasPart(a, lc.coll) || !hasPart(b, lc.coll) {
		return
	}
	l := mustList(lc.coll)
	inB := map[string]bool{}
	for _, p := range l.parentsOf(&b) {
		inB[p] = true
	}
	for _, parent := range l.parentsOf(&a) {
		if inB[parent] {
			c := diffCtx{coll: lc.coll, parent: parent, skip: lc.skip,
				nameA: func(v any) string { return lc.name(a, v) }, nameB: func(v any) string { return lc.name(b, v) }}
			c.diff(l.elements(&a, parent), l.elements(&b, parent), out)
		}
	}
}

// hasPart reports whether a state holds the part a list belongs to.
func hasPart(d Doc, c Coll) bool {
	if c == CollTeam {
		return d.Account != nil
	}
	return d.Plan != nil
}

// diffCtx compares the elements of one list (of one parent).
type diffCtx struct {
	coll         Coll
	parent       string
	skip         string
	nameA, nameB func(v any) string
}

func (c diffCtx) change(kind ChangeKind, id, name string) Change {
	return Change{Section: SectionOfColl(c.coll), Kind: kind, Coll: c.coll, Parent: c.parent, ID: id, Name: name}
}

// diff lists, in b's order, the elements added and moved and the fields changed, then, in
// a's order, the elements removed.
func (c diffCtx) diff(as, bs []element, out *[]Change) {
	ia, ib := positions(as), positions(bs)
	stay := unmoved(as, bs, ia)
	prev := ""
	for j, e := range bs {
		i, common := ia[e.id]
		switch {
		case !common:
			ch := c.change(Added, e.id, c.nameB(e.v))
			ch.New, ch.after = e.v, prev
			*out = append(*out, ch)
		case !stay[e.id]:
			ch := c.change(Moved, e.id, c.nameB(e.v))
			ch.Old, ch.New, ch.after = i, j, prev
			*out = append(*out, ch)
		}
		if common {
			c.diffFields(as[i], e, out)
		}
		prev = e.id
	}
	for _, e := range as {
		if _, kept := ib[e.id]; !kept {
			ch := c.change(Removed, e.id, c.nameA(e.v))
			ch.Old = e.v
			*out = append(*out, ch)
		}
	}
}

func positions(es []element) map[string]int {
	m := make(map[string]int, len(es))
	for i, e := range es {
		m[e.id] = i
	}
	return m
}

// diffFields lists the fields of one element that differ.
func (c diffCtx) diffFields(a, b element, out *[]Change) {
	if reflect.DeepEqual(a.v, b.v) {
		return
	}
	va, vb := reflect.ValueOf(a.v), reflect.ValueOf(b.v)
	for _, l := range leavesOf(va.Type()) {
		if l.path == c.skip {
			continue
		}
		x, y := va.FieldByIndex(l.index).Interface(), vb.FieldByIndex(l.index).Interface()
		if !sameValue(x, y) {
			ch := c.change(Changed, b.id, c.nameB(b.v))
			ch.Field, ch.Old, ch.New = l.path, x, y
			*out = append(*out, ch)
		}
	}
}

// leaf is a field of an element as compared: a value, or a struct of its own (a Date) that
// is one value; the fields of other structs are leaves of their own ("plan_b.red_periods").
type leaf struct {
	path  string
	index []int
}

var leafCache sync.Map // reflect.Type → []leaf

func leavesOf(t reflect.Type) []leaf {
	if ls, ok := leafCache.Load(t); ok {
		return ls.([]leaf)
	}
	ls := collectLeaves(t, "", nil)
	leafCache.Store(t, ls)
	return ls
}

var marshaler = reflect.TypeOf((*json.Marshaler)(nil)).Elem()

func collectLeaves(t reflect.Type, prefix string, index []int) []leaf {
	var out []leaf
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		at := append(append([]int(nil), index...), i)
		if f.Type.Kind() == reflect.Struct && !f.Type.Implements(marshaler) {
			out = append(out, collectLeaves(f.Type, prefix+name+".", at)...)
			continue
		}
		out = append(out, leaf{path: prefix + name, index: at})
	}
	return out
}
