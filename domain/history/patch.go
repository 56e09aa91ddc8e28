package history

import (
	"reflect"
	"slices"

	"kamplan/domain"
)

// patch makes the changes cs (as Compare gives them) to d: first it places the elements
// added and moved, in their order, each after the element it follows (at the end when that
// one is gone); then it sets the fields changed; last it removes the elements removed, the
// last listed first, cleaning what refers to them as domain.RemoveItem does. It does not
// validate.
func patch(d *domain.Doc, cs []Change) error {
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

func place(d *domain.Doc, c Change) error {
	if c.Coll == CollKPIHistory {
		return placeMeasurement(d, c)
	}
	col, ok := domain.CollectionOf(c.Coll)
	if !ok {
		return internalError("no list %q", c.Coll)
	}
	es := col.Elements(d, c.Parent)
	i := slices.IndexFunc(es, func(e domain.Element) bool { return e.ID == c.ID })
	var e domain.Edit
	switch {
	case i >= 0 && c.Kind == Added: // added on both sides: one element
		e = domain.ReplaceItem{Coll: c.Coll, Parent: c.Parent, Value: c.New}
	case i >= 0:
		e = domain.MoveItem{Coll: c.Coll, Parent: c.Parent, ID: c.ID, To: after(slices.Delete(es, i, i+1), c.after)}
	case c.Kind == Moved: // removed meanwhile
		return nil
	default:
		e = domain.AddItem{Coll: c.Coll, Parent: c.Parent, At: after(es, c.after), Value: c.New}
	}
	_, err := d.ApplyUnvalidated(e)
	return err
}

// after is the position just after the element with id prev: 0 when prev is "", the end
// when there is no such element any more.
func after(es []domain.Element, prev string) int {
	if prev == "" {
		return 0
	}
	for i, e := range es {
		if e.ID == prev {
			return i + 1
		}
	}
	return len(es)
}

func setChanged(d *domain.Doc, c Change) error {
	switch c.Coll {
	case "":
		f := domain.Field(c.Field)
		if (f.OfAccount() && d.Account == nil) || (!f.OfAccount() && d.Plan == nil) {
			return internalError("no field %q to change", c.Field)
		}
		_, err := d.ApplyUnvalidated(domain.SetField{Field: f, Value: c.New})
		return err
	case CollAttractivenessScores, CollStrengthScores:
		setScore(d, c)
		return nil
	case CollKPIHistory:
		return setMeasurement(d, c)
	}
	col, ok := domain.CollectionOf(c.Coll)
	if !ok {
		return internalError("no list %q", c.Coll)
	}
	v, ok := col.Find(d, c.Parent, c.ID)
	if !ok {
		return notFound()
	}
	changed, err := withField(v, c.Field, c.New)
	if err != nil {
		return err
	}
	_, err = d.ApplyUnvalidated(domain.ReplaceItem{Coll: c.Coll, Parent: c.Parent, Value: changed})
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

// setScore gives a factor its score, 0 taking it away, whether or not the axis has the
// factor (a score may outlive its factor).
func setScore(d *domain.Doc, c Change) {
	ax := axisOf(d.Plan, domain.AxisAttractiveness)
	if c.Coll == CollStrengthScores {
		ax = axisOf(d.Plan, domain.AxisStrength)
	}
	score, _ := c.New.(int)
	if score == 0 {
		delete(ax.Scores, c.ID)
		return
	}
	if ax.Scores == nil {
		ax.Scores = map[string]int{}
	}
	ax.Scores[c.ID] = score
}

func axisOf(p *domain.Plan, name domain.AxisName) *domain.Axis {
	if name == domain.AxisStrength {
		return &p.Portfolio.Strength
	}
	return &p.Portfolio.Attractiveness
}

func remove(d *domain.Doc, c Change) error {
	if c.Coll == CollKPIHistory {
		if k := d.Plan.FindKPI(c.Parent); k != nil {
			k.History = slices.DeleteFunc(k.History, func(m domain.Measurement) bool { return m.Period == c.ID })
		}
		return nil
	}
	_, err := d.ApplyUnvalidated(domain.RemoveItem{Coll: c.Coll, Parent: c.Parent, ID: c.ID})
	if domain.CodeOf(err) == domain.CodeNotFound { // gone with what it belonged to
		return nil
	}
	return err
}

func placeMeasurement(d *domain.Doc, c Change) error {
	k := d.Plan.FindKPI(c.Parent)
	if k == nil {
		return notFound()
	}
	i := slices.IndexFunc(k.History, func(m domain.Measurement) bool { return m.Period == c.ID })
	m, _ := c.New.(domain.Measurement)
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

func setMeasurement(d *domain.Doc, c Change) error {
	k := d.Plan.FindKPI(c.Parent)
	if k == nil {
		return notFound()
	}
	for i := range k.History {
		if k.History[i].Period == c.ID {
			v, _ := c.New.(float64)
			k.History[i].Value = v
			return nil
		}
	}
	return notFound()
}
