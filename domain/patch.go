package domain

import (
	"reflect"
	"slices"
)

// patch makes the changes cs (as Compare gives them) to d: first it places the elements
// added and moved, in their order, each after the element it follows (at the end when that
// one is gone); then it sets the fields changed; last it removes the elements removed, the
// last listed first, cleaning what refers to them as RemoveItem does. It does not validate.
func patch(d *Doc, cs []Change) error {
	for _, c := range cs {
		if c.Kind == Added || c.Kind == Moved {
			if err := place(d, c); err != nil {
				return err
			}
		}
	}
	for _, c := range cs {
		if c.Kind == Changed {
			if err := setChanged(d, c); err != nil {
				return err
			}
		}
	}
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].Kind == Removed {
			if err := remove(d, cs[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

func place(d *Doc, c Change) error {
	if c.Coll == CollKPIHistory {
		return placeMeasurement(d, c)
	}
	l, err := listOf(c.Coll)
	if err != nil {
		return err
	}
	i, v, err := l.find(d, c.Parent, c.ID)
	switch {
	case err == nil && c.Kind == Added: // added on both sides: one element
		_, err = l.replace(d, c.Parent, c.New)
		return err
	case err == nil:
		l.delete(d, c.Parent, i)
	case c.Kind == Moved: // removed meanwhile
		return nil
	default:
		v = c.New
	}
	_, err = l.insert(d, c.Parent, after(l.elements(d, c.Parent), c.after), v)
	return err
}

// after is the position just after the element with id prev: 0 when prev is "", the end
// when there is no such element any more.
func after(es []element, prev string) int {
	if prev == "" {
		return 0
	}
	for i, e := range es {
		if e.id == prev {
			return i + 1
		}
	}
	return len(es)
}

func setChanged(d *Doc, c Change) error {
	switch c.Coll {
	case "":
		f, ok := fields[Field(c.Field)]
		if !ok || (f.account && d.Account == nil) || (!f.account && d.Plan == nil) {
			return internalError("no field %q to change", c.Field)
		}
		return f.set(d, c.New)
	case CollAttractivenessScores, CollStrengthScores:
		return setScore(d, c)
	case CollKPIHistory:
		return setMeasurement(d, c)
	}
	l, err := listOf(c.Coll)
	if err != nil {
		return err
	}
	_, v, err := l.find(d, c.Parent, c.ID)
	if err != nil {
		return err
	}
	changed, err := withField(v, c.Field, c.New)
	if err != nil {
		return err
	}
	_, err = l.replace(d, c.Parent, changed)
	return err
}

// withField is a copy of the element v with the field at path set to x.
func withField(v any, path string, x any) (any, error) {
	p := reflect.New(reflect.TypeOf(v))
	p.Elem().Set(reflect.ValueOf(v))
	for _, l := range leavesOf(p.Elem().Type()) {
		if l.path != path {
			continue
		}
		f := p.Elem().FieldByIndex(l.index)
		switch {
		case x == nil:
			f.SetZero()
		case reflect.TypeOf(x) != f.Type():
			return nil, internalError("the field %s cannot be set to %T", path, x)
		default:
			f.Set(reflect.ValueOf(x))
		}
		return p.Elem().Interface(), nil
	}
	return nil, internalError("no field %q", path)
}

func setScore(d *Doc, c Change) error {
	axis := AxisAttractiveness
	if c.Coll == CollStrengthScores {
		axis = AxisStrength
	}
	ax, err := axisOf(d.Plan, axis)
	if err != nil {
		return err
	}
	score, _ := c.New.(int)
	if score == 0 {
		delete(ax.Scores, c.ID)
		return nil
	}
	if ax.Scores == nil {
		ax.Scores = map[string]int{}
	}
	ax.Scores[c.ID] = score
	return nil
}

func remove(d *Doc, c Change) error {
	if c.Coll == CollKPIHistory {
		if k := d.Plan.FindKPI(c.Parent); k != nil {
			k.History = slices.DeleteFunc(k.History, func(m Measurement) bool { return m.Period == c.ID })
		}
		return nil
	}
	_, err := RemoveItem{Coll: c.Coll, Parent: c.Parent, ID: c.ID}.apply(d)
	if CodeOf(err) == CodeNotFound { // gone with what it belonged to
		return nil
	}
	return err
}

func placeMeasurement(d *Doc, c Change) error {
	k := d.Plan.FindKPI(c.Parent)
	if k == nil {
		return Errorf(CodeNotFound, "edit.not_found", "that part of the plan no longer exists")
	}
	i := slices.IndexFunc(k.History, func(m Measurement) bool { return m.Period == c.ID })
	m, _ := c.New.(Measurement)
	switch {
	case i >= 0 && c.Kind == Added:
		k.History[i] = m
		return nil
	case i >= 0:
		m = k.History[i]
		k.History = slices.Delete(k.History, i, i+1)
	case c.Kind == Moved:
		return nil
	}
	at := after(measurements(k.History), c.after)
	k.History = slices.Insert(k.History, at, m)
	return nil
}

func setMeasurement(d *Doc, c Change) error {
	k := d.Plan.FindKPI(c.Parent)
	if k == nil {
		return Errorf(CodeNotFound, "edit.not_found", "that part of the plan no longer exists")
	}
	for i := range k.History {
		if k.History[i].Period == c.ID {
			v, _ := c.New.(float64)
			k.History[i].Value = v
			return nil
		}
	}
	return Errorf(CodeNotFound, "edit.not_found", "that part of the plan no longer exists")
}
