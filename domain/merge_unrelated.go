package domain

// MergeUnrelated brings together two states of a plan whose common ancestor is not known
// (a plan file written before files carried theirs, or one whose ancestor was deleted). It
// merges them as if their ancestor held what both hold, with the values of the side not
// preferred: an element only one side has is kept, and every field and place that differs
// is a conflict in which prefer is taken. Choosing the other side in a conflict keeps that
// side's value.
func MergeUnrelated(mine, theirs Doc, prefer Side) *Merged {
	pref, other := mine, theirs
	if prefer == Theirs {
		pref, other = theirs, mine
	}
	m := Merge(commonPart(other, pref), mine, theirs)
	changes := m.mine
	if prefer == Theirs {
		changes = m.theirs
	}
	for i, c := range changes {
		if c.Kind != Changed && c.Kind != Moved {
			continue
		}
		keep := c
		keep.New = c.Old // the other side's value, which the ancestor holds: nothing to do
		if prefer == Theirs {
			m.add(c, nil, []int{i})
			m.Conflicts[len(m.Conflicts)-1].Mine = []Change{keep}
		} else {
			m.add(c, []int{i}, nil)
			m.Conflicts[len(m.Conflicts)-1].Theirs = []Change{keep}
		}
		m.Conflicts[len(m.Conflicts)-1].Take = prefer
	}
	return m
}

// commonPart is values without what ids lacks: the elements, measurements and scores that
// only values holds are left out, without cleaning what refers to them.
func commonPart(values, ids Doc) Doc {
	c := copyDoc(values)
	for _, ch := range Compare(ids, values) {
		switch {
		case ch.Kind == Added && ch.Coll == CollKPIHistory:
			_ = remove(&c, ch)
		case ch.Kind == Added:
			l := mustList(ch.Coll)
			if i, _, err := l.find(&c, ch.Parent, ch.ID); err == nil {
				l.delete(&c, ch.Parent, i)
			}
		case ch.Kind == Changed && (ch.Coll == CollAttractivenessScores || ch.Coll == CollStrengthScores) && ch.Old == 0:
			ch.New = 0
			_ = setScore(&c, ch)
		}
	}
	return c
}
