package history

import (
	"reflect"

	"kamplan/domain"
)

// MatchPeriods is the plan of an earlier period (prev) as a copy whose elements carry the ids
// of the same elements in a later period's plan (cur), every reference to them following:
// Compare(MatchPeriods(prev, cur), cur) says what changed from one period to the next.
//
// A period's plan starts as a copy of the one before with new ids (a roll forward), so the
// elements are matched, list by list, a SWOT's items within the SWOT matched: first by what
// a person calls them (a contact's or a KPI's name, an item's text, an action's title, a
// link's two people), then, among those left, the ones at the same place in their list,
// which were renamed. An element matched in neither way was added or removed. The
// account's team is the account's, one for every period, and keeps its ids.
func MatchPeriods(prev, cur domain.Doc) domain.Doc {
	out := prev.Copy()
	if out.Plan == nil || cur.Plan == nil {
		return out
	}
	ids := map[string]string{} // prev's id → cur's
	for _, spec := range comparedLists {
		lc, ok := spec.(listCompare)
		if !ok || lc.coll == domain.CollTeam {
			continue
		}
		col := collection(lc.coll)
		for _, parent := range parentsOf(col, &out) {
			curParent := parent
			if col.Parent != "" {
				if curParent = ids[parent]; curParent == "" {
					continue // a removed SWOT's items were removed with it
				}
			}
			key := func(d domain.Doc) func(any) string { return func(v any) string { return lc.key(d, v) } }
			matchElements(col.Elements(&out, parent), col.Elements(&cur, curParent), key(out), key(cur), ids)
		}
	}
	renameIDs(reflect.ValueOf(out.Plan).Elem(), ids)
	return out
}

// key is what an element is matched by across periods: its name as Compare gives it; for a
// SWOT, whose SWOT it is.
func (lc listCompare) key(d domain.Doc, v any) string {
	if s, ok := v.(domain.SWOT); ok {
		return string(s.Subject) + "\x00" + s.Competitor
	}
	return lc.name(d, v)
}

// matchElements pairs the elements of two lists, by key, then by place, into ids.
func matchElements(prev, cur []domain.Element, prevKey, curKey func(any) string, ids map[string]string) {
	taken := make([]bool, len(cur))
	free := map[string][]int{} // cur's unmatched elements by key, in order
	for j, e := range cur {
		if k := curKey(e.Value); k != "" {
			free[k] = append(free[k], j)
		}
	}
	var left []int // prev's elements matched by no key
	for i, e := range prev {
		k := prevKey(e.Value)
		if js := free[k]; k != "" && len(js) > 0 {
			ids[e.ID], taken[js[0]] = cur[js[0]].ID, true
			free[k] = js[1:]
			continue
		}
		left = append(left, i)
	}
	for _, i := range left {
		if i < len(cur) && !taken[i] {
			ids[prev[i].ID], taken[i] = cur[i].ID, true
		}
	}
}

// renameIDs replaces, everywhere in v, each string that is a key of ids by its value: the
// elements' ids and every reference to them (a contact's reports-to, a strategy's items, a
// coverage pair's contact…). Ids are random, so no other text is one.
func renameIDs(v reflect.Value, ids map[string]string) {
	switch v.Kind() {
	case reflect.String:
		if n, ok := ids[v.String()]; ok && v.CanSet() {
			v.SetString(n)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				renameIDs(v.Field(i), ids)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			renameIDs(v.Index(i), ids)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			renameIDs(v.Elem(), ids)
		}
	case reflect.Map:
		renameKeys(v, ids)
	}
}

// renameKeys renames the string keys of a map (scores by factor); its values hold no ids.
func renameKeys(m reflect.Value, ids map[string]string) {
	if m.Type().Key().Kind() != reflect.String {
		return
	}
	for _, k := range m.MapKeys() {
		if n, ok := ids[k.String()]; ok {
			val := m.MapIndex(k)
			m.SetMapIndex(k, reflect.Value{})
			m.SetMapIndex(reflect.ValueOf(n).Convert(m.Type().Key()), val)
		}
	}
}
