package domain

import (
	"encoding/json"
	"reflect"
	"slices"
)

// list is a plan's (or its account's) slice of one element type, reached through its
// Collection. parent is the id of the element that holds a nested list; other lists
// ignore it.
type list interface {
	find(d *Doc, parent, id string) (int, any, error)
	insert(d *Doc, parent string, at int, v any) (string, error)
	delete(d *Doc, parent string, i int)
	replace(d *Doc, parent string, v any) (old any, err error)
	// idsAt lists the ids of the list held by the parent element at index instance (of
	// the one list, instance 0, for a list that is not nested).
	idsAt(d *Doc, instance int) []string
	each(d *Doc, fn func(pos int, id *string, v any))
	appendJSON(d *Doc, raw []byte) error
	clear(d *Doc)
	keepForClient(d *Doc)
	elements(d *Doc, parent string) []Element // the elements of one parent, in order
	elemType() reflect.Type
	idOf(v any) (string, bool) // the id of an element value; false when v is not one
}

type sliceList[T any] struct {
	all   func(d *Doc) []*[]T              // the list once per parent element; nil when d lacks its owner
	under func(d *Doc, parent string) *[]T // for a nested list, the list of one parent; nil when it does not exist
	id    func(x *T) *string
	keep  func(T) bool           // the client edition's rule; nil: it keeps every element
	read  func(x *T, raw []byte) // a step after an element is decoded, or nil
}

func planList[T any](ptr func(p *Plan) *[]T, id func(*T) *string) sliceList[T] {
	return ownList(func(d *Doc) bool { return d.Plan != nil }, func(d *Doc) *[]T { return ptr(d.Plan) }, id)
}

func accountList[T any](ptr func(a *Account) *[]T, id func(*T) *string) sliceList[T] {
	return ownList(func(d *Doc) bool { return d.Account != nil }, func(d *Doc) *[]T { return ptr(d.Account) }, id)
}

// ownList is a list that is not nested: when has(d), d holds it once.
func ownList[T any](has func(*Doc) bool, ptr func(d *Doc) *[]T, id func(*T) *string) sliceList[T] {
	return sliceList[T]{id: id, all: func(d *Doc) []*[]T {
		if !has(d) {
			return nil
		}
		return []*[]T{ptr(d)}
	}}
}

// nestedList is the list each element of parents holds.
func nestedList[P, T any](parents sliceList[P], children func(*P) *[]T, id func(*T) *string) sliceList[T] {
	return sliceList[T]{id: id,
		all: func(d *Doc) []*[]T {
			var out []*[]T
			parents.walk(d, func(_, _ int, _ *string, p *P) { out = append(out, children(p)) })
			return out
		},
		under: func(d *Doc, parent string) *[]T {
			var out *[]T
			parents.walk(d, func(_, _ int, id *string, p *P) {
				if out == nil && *id == parent {
					out = children(p)
				}
			})
			return out
		}}
}

func (l sliceList[T]) keeping(keep func(T) bool) sliceList[T] {
	l.keep = keep
	return l
}

func (l sliceList[T]) decoding(read func(x *T, raw []byte)) sliceList[T] {
	l.read = read
	return l
}

// walk calls fn with every element, in order, and a pointer to its id; instance is the
// index of the parent element that holds it (0 for a list that is not nested).
func (l sliceList[T]) walk(d *Doc, fn func(instance, pos int, id *string, x *T)) {
	for k, s := range l.all(d) {
		for i := range *s {
			fn(k, i, l.id(&(*s)[i]), &(*s)[i])
		}
	}
}

func (l sliceList[T]) of(d *Doc, parent string) (*[]T, error) {
	var s *[]T
	if l.under != nil {
		s = l.under(d, parent)
	} else if all := l.all(d); len(all) > 0 {
		s = all[0]
	}
	if s == nil {
		return nil, Errorf(CodeNotFound, "edit.not_found", "that part of the plan no longer exists")
	}
	return s, nil
}

func (l sliceList[T]) find(d *Doc, parent, id string) (int, any, error) {
	s, err := l.of(d, parent)
	if err != nil {
		return 0, nil, err
	}
	for i := range *s {
		if *l.id(&(*s)[i]) == id {
			return i, clone((*s)[i]), nil
		}
	}
	return 0, nil, Errorf(CodeNotFound, "edit.not_found", "that part of the plan no longer exists")
}

func (l sliceList[T]) insert(d *Doc, parent string, at int, v any) (string, error) {
	s, err := l.of(d, parent)
	if err != nil {
		return "", err
	}
	x, ok := v.(T)
	if !ok {
		return "", internalError("a %T cannot go into this list", v)
	}
	id := *l.id(&x)
	if _, _, err := l.find(d, parent, id); err == nil || id == "" {
		return "", internalError("id %q is empty or already used", id)
	}
	if at < 0 || at > len(*s) {
		at = len(*s)
	}
	*s = append((*s)[:at], append([]T{clone(x)}, (*s)[at:]...)...)
	return id, nil
}

func (l sliceList[T]) delete(d *Doc, parent string, i int) {
	s, _ := l.of(d, parent)
	*s = append((*s)[:i:i], (*s)[i+1:]...)
}

func (l sliceList[T]) replace(d *Doc, parent string, v any) (any, error) {
	x, ok := v.(T)
	if !ok {
		return nil, internalError("a %T cannot go into this list", v)
	}
	i, old, err := l.find(d, parent, *l.id(&x))
	if err != nil {
		return nil, err
	}
	s, _ := l.of(d, parent)
	(*s)[i] = clone(x)
	return old, nil
}

func (l sliceList[T]) idsAt(d *Doc, instance int) []string {
	all := l.all(d)
	if instance >= len(all) {
		return nil
	}
	s := *all[instance]
	ids := make([]string, len(s))
	for i := range s {
		ids[i] = *l.id(&s[i])
	}
	return ids
}

func (l sliceList[T]) each(d *Doc, fn func(pos int, id *string, v any)) {
	l.walk(d, func(_, pos int, id *string, x *T) { fn(pos, id, *x) })
}

func (l sliceList[T]) appendJSON(d *Doc, raw []byte) error {
	all := l.all(d)
	if l.under != nil || len(all) != 1 {
		return internalError("a nested list is read with its parent")
	}
	var x T
	if err := json.Unmarshal(raw, &x); err != nil {
		return err
	}
	if l.read != nil {
		l.read(&x, raw)
	}
	*all[0] = append(*all[0], x)
	return nil
}

func (l sliceList[T]) clear(d *Doc) {
	for _, s := range l.all(d) {
		*s = nil
	}
}

func (l sliceList[T]) keepForClient(d *Doc) {
	if l.keep == nil {
		return
	}
	for _, s := range l.all(d) {
		*s = slices.DeleteFunc(*s, func(x T) bool { return !l.keep(x) })
	}
}

// clone deep-copies an element so that the plan and the edits never share slices.
func clone[T any](v T) T {
	b, err := json.Marshal(v)
	if err != nil {
		panic("domain: cannot copy a plan element: " + err.Error())
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		panic("domain: cannot copy a plan element: " + err.Error())
	}
	return out
}

func (l sliceList[T]) elemType() reflect.Type { return reflect.TypeFor[T]() }

func (l sliceList[T]) idOf(v any) (string, bool) {
	x, ok := v.(T)
	if !ok {
		return "", false
	}
	return *l.id(&x), true
}

func (l sliceList[T]) elements(d *Doc, parent string) []Element {
	s, err := l.of(d, parent)
	if err != nil {
		return nil
	}
	out := make([]Element, len(*s))
	for i := range *s {
		out[i] = Element{*l.id(&(*s)[i]), (*s)[i]}
	}
	return out
}
