package domain

import (
	"bytes"
	"slices"
	"sort"
)

// findConflicts lists where the two sides disagree: the same field changed to different
// values, the same element added with different contents or moved to different places, and
// an element one side removed while the other changed it, something in it or something
// that now refers to it.
func (m *Merged) findConflicts() {
	theirs := map[string][]int{}
	for j, y := range m.theirs {
		theirs[targetKey(y)] = append(theirs[targetKey(y)], j)
	}
	for i, x := range m.mine {
		for _, j := range theirs[targetKey(x)] {
			if y := m.theirs[j]; x.Kind == y.Kind && x.Kind != Removed && disagree(x, y) {
				m.add(x, []int{i}, []int{j})
			}
		}
	}
	m.removalConflicts(m.mine, m.theirs, false)
	m.removalConflicts(m.theirs, m.mine, true)
	sort.SliceStable(m.Conflicts, func(a, b int) bool {
		return slices.Index(Sections, m.Conflicts[a].Section) < slices.Index(Sections, m.Conflicts[b].Section)
	})
}

func targetKey(c Change) string {
	return string(c.Coll) + "\x00" + c.Parent + "\x00" + c.ID + "\x00" + c.Field
}

func disagree(x, y Change) bool {
	if x.Kind == Moved {
		return x.after != y.after
	}
	return !sameValue(x.New, y.New)
}

// removalConflicts lists, for each element one side removed, the other side's changes to
// it, to what it holds, and those that refer to it.
func (m *Merged) removalConflicts(side, other []Change, sideIsTheirs bool) {
	if !slices.ContainsFunc(side, func(c Change) bool { return c.Kind == Removed }) {
		return
	}
	names := make([][]byte, len(other))
	for j, t := range other {
		if t.Kind != Removed {
			names[j] = jsonOf(t.New)
		}
	}
	for i, r := range side {
		if r.Kind != Removed {
			continue
		}
		var hit []int
		for j, t := range other {
			quoted := []byte(`"` + r.ID + `"`)
			if t.Kind != Removed && (touches(t, r) || bytes.Contains(names[j], quoted)) {
				hit = append(hit, j)
			}
		}
		if len(hit) == 0 {
			continue
		}
		if sideIsTheirs {
			m.add(r, hit, []int{i})
		} else {
			m.add(r, []int{i}, hit)
		}
	}
}

// touches reports whether change t is about the removed element r or something it holds.
func touches(t, r Change) bool {
	sameElement := t.ID == r.ID && (t.Coll == r.Coll || (r.Coll == CollCriteria && t.Coll == CollStrengthScores))
	return sameElement || (t.Parent != "" && t.Parent == r.ID)
}

// add records a conflict about the element (or field) of c.
func (m *Merged) add(c Change, mine, theirs []int) {
	k := Conflict{Section: c.Section, Coll: c.Coll, Parent: c.Parent, ID: c.ID, Name: c.Name, Take: Mine,
		mine: mine, theirs: theirs}
	if c.Kind == Changed {
		k.Field = c.Field
	}
	for _, i := range mine {
		k.Mine = append(k.Mine, m.mine[i])
	}
	for _, j := range theirs {
		k.Theirs = append(k.Theirs, m.theirs[j])
	}
	m.Conflicts = append(m.Conflicts, k)
}
