package domain

// AddItem inserts a new element at position At (appended when At is out of range).
type AddItem struct {
	Coll   Coll
	Parent string
	At     int
	Value  any
}

// RemoveItem deletes an element. What refers to it is cleaned, or the removal is refused with
// a message naming who uses it (see release).
type RemoveItem struct {
	Coll   Coll
	Parent string
	ID     string
}

// ReplaceItem replaces the element with the id of Value by Value.
type ReplaceItem struct {
	Coll   Coll
	Parent string
	Value  any
}

// MoveItem moves an element to position To of its list.
type MoveItem struct {
	Coll   Coll
	Parent string
	ID     string
	To     int
}

func (e AddItem) touches() (bool, bool)     { return collTouches(e.Coll, false) }
func (e RemoveItem) touches() (bool, bool)  { return collTouches(e.Coll, true) }
func (e ReplaceItem) touches() (bool, bool) { return collTouches(e.Coll, false) }
func (e MoveItem) touches() (bool, bool)    { return collTouches(e.Coll, false) }

func collTouches(c Coll, removal bool) (account, plan bool) {
	col, _ := CollectionOf(c)
	return col.touches(removal)
}

func (e AddItem) apply(d *Doc) (Edit, error) {
	l, err := listOf(e.Coll)
	if err != nil {
		return nil, err
	}
	id, err := l.insert(d, e.Parent, e.At, e.Value)
	if err != nil {
		return nil, err
	}
	return RemoveItem{Coll: e.Coll, Parent: e.Parent, ID: id}, nil
}

func (e RemoveItem) apply(d *Doc) (Edit, error) {
	l, err := listOf(e.Coll)
	if err != nil {
		return nil, err
	}
	i, old, err := l.find(d, e.Parent, e.ID)
	if err != nil {
		return nil, err
	}
	restore, err := d.release(e.Coll, e.Parent, e.ID)
	if err != nil {
		return nil, err
	}
	l.delete(d, e.Parent, i)
	return append(Batch{AddItem{Coll: e.Coll, Parent: e.Parent, At: i, Value: old}}, restore...), nil
}

func (e ReplaceItem) apply(d *Doc) (Edit, error) {
	l, err := listOf(e.Coll)
	if err != nil {
		return nil, err
	}
	old, err := l.replace(d, e.Parent, e.Value)
	if err != nil {
		return nil, err
	}
	return ReplaceItem{Coll: e.Coll, Parent: e.Parent, Value: old}, nil
}

func (e MoveItem) apply(d *Doc) (Edit, error) {
	l, err := listOf(e.Coll)
	if err != nil {
		return nil, err
	}
	i, v, err := l.find(d, e.Parent, e.ID)
	if err != nil {
		return nil, err
	}
	l.delete(d, e.Parent, i)
	if _, err := l.insert(d, e.Parent, e.To, v); err != nil {
		return nil, err
	}
	return MoveItem{Coll: e.Coll, Parent: e.Parent, ID: e.ID, To: i}, nil
}
