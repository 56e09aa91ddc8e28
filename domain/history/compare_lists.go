package history

import (
	"encoding/json"
	"reflect"
	"strings"
	"sync"

	"kamplan/domain"
)

// listCompare compares one list of the plan (or the account's team) by id.
type listCompare struct {
	coll domain.Coll
	name func(d domain.Doc, v any) string
	skip string // a field compared as a list of its own: a SWOT's items, a KPI's history
}

// comparedLists are compared in this order: a list before the lists nested in its elements.
var comparedLists = []interface {
	compare(a, b domain.Doc, out *[]Change)
}{
	listCompare{coll: domain.CollTeam, name: nameField},
	listCompare{coll: domain.CollOfferings, name: nameField}, listCompare{coll: domain.CollCompetitors, name: nameField},
	listCompare{coll: domain.CollCentres, name: nameField}, listCompare{coll: domain.CollWhiteSpace, name: cellName},
	listCompare{coll: domain.CollSWOTs, name: swotName, skip: "items"}, listCompare{coll: domain.CollSWOTItems, name: textField},
	listCompare{coll: domain.CollContacts, name: nameField}, listCompare{coll: domain.CollLinks, name: linkName},
	listCompare{coll: domain.CollCoverage, name: pairName}, listCompare{coll: domain.CollStrategies, name: textField},
	listCompare{coll: domain.CollCriteria, name: nameField}, scoresCompare{domain.AxisAttractiveness}, scoresCompare{domain.AxisStrength},
	listCompare{coll: domain.CollObjectives, name: textField}, listCompare{coll: domain.CollActions, name: textField},
	listCompare{coll: domain.CollOpportunities, name: nameField}, listCompare{coll: domain.CollReviews, name: reviewName},
	listCompare{coll: domain.CollKPIs, name: nameField, skip: "history"}, historyCompare{},
	listCompare{coll: domain.CollNotes, name: textField},
}

// ComparedLists lists, in the order Compare reports them, the lists whose changes it gives.
func ComparedLists() []domain.Coll {
	var out []domain.Coll
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
func ComparedFields(c domain.Coll) []string {
	switch c {
	case CollAttractivenessScores, CollStrengthScores:
		return []string{"score"}
	case CollKPIHistory:
		return []string{"value"}
	}
	var out []string
	for _, lc := range comparedLists {
		if x, ok := lc.(listCompare); ok && x.coll == c {
			for _, l := range leavesOf(collection(c).ElemType()) {
				if l.path != x.skip && l.path != "id" {
					out = append(out, l.path)
				}
			}
		}
	}
	return out
}

func (lc listCompare) compare(a, b domain.Doc, out *[]Change) {
	if !hasPart(a, lc.coll) || !hasPart(b, lc.coll) {
		return
	}
	col := collection(lc.coll)
	inB := map[string]bool{}
	for _, p := range parentsOf(col, &b) {
		inB[p] = true
	}
	for _, parent := range parentsOf(col, &a) {
		if inB[parent] {
			c := diffCtx{coll: lc.coll, parent: parent, skip: lc.skip,
				nameA: func(v any) string { return lc.name(a, v) }, nameB: func(v any) string { return lc.name(b, v) }}
			c.diff(col.Elements(&a, parent), col.Elements(&b, parent), out)
		}
	}
}

// collection is a list the code names (a programming error when there is none).
func collection(c domain.Coll) domain.Collection {
	col, ok := domain.CollectionOf(c)
	if !ok {
		panic("history: no list " + string(c))
	}
	return col
}

// parentsOf lists the ids of the elements that hold a nested list; "" alone for a list that
// is not nested.
func parentsOf(col domain.Collection, d *domain.Doc) []string {
	if col.Parent == "" {
		return []string{""}
	}
	var ids []string
	for _, e := range collection(col.Parent).Elements(d, "") {
		ids = append(ids, e.ID)
	}
	return ids
}

// hasPart reports whether a state holds the part a list belongs to.
func hasPart(d domain.Doc, c domain.Coll) bool {
	if c == domain.CollTeam {
		return d.Account != nil
	}
	return d.Plan != nil
}

// diffCtx compares the elements of one list (of one parent).
type diffCtx struct {
	coll         domain.Coll
	parent       string
	skip         string
	nameA, nameB func(v any) string
}

func (c diffCtx) change(kind ChangeKind, id, name string) Change {
	return Change{Section: SectionOfColl(c.coll), Kind: kind, Coll: c.coll, Parent: c.parent, ID: id, Name: name}
}

// diff lists, in b's order, the elements added and moved and the fields changed, then, in
// a's order, the elements removed.
func (c diffCtx) diff(as, bs []domain.Element, out *[]Change) {
	ia, ib := positions(as), positions(bs)
	stay := unmoved(as, bs, ia)
	prev := ""
	for j, e := range bs {
		i, common := ia[e.ID]
		switch {
		case !common:
			ch := c.change(Added, e.ID, c.nameB(e.Value))
			ch.New, ch.after = e.Value, prev
			*out = append(*out, ch)
		case !stay[e.ID]:
			ch := c.change(Moved, e.ID, c.nameB(e.Value))
			ch.Old, ch.New, ch.after = i, j, prev
			*out = append(*out, ch)
		}
		if common {
			c.diffFields(as[i], e, out)
		}
		prev = e.ID
	}
	for _, e := range as {
		if _, kept := ib[e.ID]; !kept {
			ch := c.change(Removed, e.ID, c.nameA(e.Value))
			ch.Old = e.Value
			*out = append(*out, ch)
		}
	}
}

func positions(es []domain.Element) map[string]int {
	m := make(map[string]int, len(es))
	for i, e := range es {
		m[e.ID] = i
	}
	return m
}

// diffFields lists the fields of one element that differ.
func (c diffCtx) diffFields(a, b domain.Element, out *[]Change) {
	if reflect.DeepEqual(a.Value, b.Value) {
		return
	}
	va, vb := reflect.ValueOf(a.Value), reflect.ValueOf(b.Value)
	for _, l := range leavesOf(va.Type()) {
		if l.path == c.skip {
			continue
		}
		x, y := va.FieldByIndex(l.index).Interface(), vb.FieldByIndex(l.index).Interface()
		if !sameValue(x, y) {
			ch := c.change(Changed, b.ID, c.nameB(b.Value))
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
