package domain

import "encoding/json"

// Side is one of the two states a merge brings together.
type Side string

const (
	Mine   Side = "mine"   // the plan as stored here
	Theirs Side = "theirs" // the plan that comes back: a plan file, another copy
)

// Conflict is a part of the plan that both sides changed differently since their common
// ancestor: a field both changed to different values, an element one side removed while
// the other changed it (or something in it, or made something refer to it), an element both
// added or moved differently. Take says which side the merge keeps; Mine unless set.
type Conflict struct {
	Section Section
	Coll    Coll
	Parent  string
	ID      string
	Name    string
	Field   string   // the field both changed; "" when the conflict is about the whole element
	Mine    []Change // this side's changes from the ancestor that are in conflict
	Theirs  []Change
	Take    Side

	mine, theirs []int // the changes' positions in Merged's lists
}

// Merged is a three-way merge: what each side changed since the common ancestor, and where
// they disagree. Choose a side in each conflict, then take the Result.
type Merged struct {
	Conflicts []Conflict

	ancestor     Doc
	mine, theirs []Change
}

// Merge brings together two states of a plan (each an account with the plan) that come from
// one ancestor: every change of either side that does not conflict is kept, and each
// conflict is listed with both sides. The same states always give the same merge.
func Merge(ancestor, mine, theirs Doc) *Merged {
	m := &Merged{ancestor: copyDoc(ancestor), mine: Compare(ancestor, mine), theirs: Compare(ancestor, theirs)}
	m.findConflicts()
	return m
}

// Result is the merged state: the ancestor with every change of both sides that is not on
// the side a conflict did not take. It is validated: a combination of changes that leaves
// the plan invalid is refused with its problems.
func (m *Merged) Result() (Doc, error) {
	dropMine, dropTheirs := map[int]bool{}, map[int]bool{}
	for _, c := range m.Conflicts {
		lose, drop := c.theirs, dropTheirs
		if c.Take == Theirs {
			lose, drop = c.mine, dropMine
		}
		for _, i := range lose {
			drop[i] = true
		}
	}
	// their changes first: where both sides added after the same element, ours come first
	var cs []Change
	for i, c := range m.theirs {
		if !dropTheirs[i] && !m.mineHas(c) {
			cs = append(cs, c)
		}
	}
	for i, c := range m.mine {
		if !dropMine[i] {
			cs = append(cs, c)
		}
	}
	d := copyDoc(m.ancestor)
	if err := patch(&d, cs); err != nil {
		return Doc{}, err
	}
	return d, d.validate(d.Account != nil, d.Plan != nil)
}

// TakeAll chooses one side in every conflict.
func (m *Merged) TakeAll(s Side) {
	for i := range m.Conflicts {
		m.Conflicts[i].Take = s
	}
}

// mineHas reports whether this side made the very same change.
func (m *Merged) mineHas(c Change) bool {
	for _, x := range m.mine {
		if x.Kind == c.Kind && sameTarget(x, c) && sameValue(x.New, c.New) && x.after == c.after {
			return true
		}
	}
	return false
}

func sameTarget(x, y Change) bool {
	return x.Coll == y.Coll && x.Parent == y.Parent && x.ID == y.ID && x.Field == y.Field
}

// Copy is a deep copy of a state: changing it does not change d.
func (d Doc) Copy() Doc { return copyDoc(d) }

// copyDoc is a deep copy of a state.
func copyDoc(d Doc) Doc {
	var c Doc
	if d.Account != nil {
		a := clone(*d.Account)
		c.Account = &a
	}
	if d.Plan != nil {
		p := clone(*d.Plan)
		c.Plan = &p
	}
	return c
}

// jsonOf is a value as JSON, for finding the ids it names.
func jsonOf(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}
