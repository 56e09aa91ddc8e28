package domain

import (
	"encoding/json"
	"reflect"
)

// Coll names a list of a plan (or of its account) whose elements have ids.
type Coll string

const (
	CollSWOTs       Coll = "swots"
	CollSWOTItems   Coll = "swot_items" // Parent: the id of the SWOT
	CollContacts    Coll = "contacts"
	CollStrategies  Coll = "strategies"
	CollObjectives  Coll = "objectives"
	CollActions     Coll = "actions"
	CollKPIs        Coll = "kpis"
	CollNotes       Coll = "notes"
	CollOfferings   Coll = "offerings"
	CollCompetitors Coll = "competitors"
	CollLinks       Coll = "links"
	CollCoverage    Coll = "coverage"
	CollCentres     Coll = "centres"
	CollWhiteSpace  Coll = "white_space"
	CollCriteria    Coll = "criteria" // the client's buying criteria: the strength axis's factors
	CollTeam        Coll = "team"     // the account's team: coverage pairs refer to its members
)

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

// collTouches says what an edit of a list changes: the team is the account's, and removing
// a member also removes their pairs from the plan (see release).
func collTouches(c Coll, removal bool) (account, plan bool) {
	if c == CollTeam {
		return true, removal
	}
	return false, true
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

// list is a plan's slice of one element type, reached by collection name.
type list interface {
	find(d *Doc, parent, id string) (int, any, error)
	insert(d *Doc, parent string, at int, v any) (string, error)
	delete(d *Doc, parent string, i int)
	replace(d *Doc, parent string, v any) (old any, err error)
	decode(dec *json.Decoder) (any, error)    // the next JSON value as the list's element type
	parentsOf(d *Doc) []string                // the parents of its elements ("" for the plan)
	elements(d *Doc, parent string) []element // the elements of one parent, in order
	elemType() reflect.Type
}

type sliceList[T any] struct {
	slice   func(d *Doc, parent string) *[]T // nil when the parent does not exist
	id      func(T) string
	parents func(d *Doc) []string // the parents of a nested list; nil for a list of the plan
}

func (l sliceList[T]) decode(dec *json.Decoder) (any, error) { return decodeAs[T](dec) }

func (l sliceList[T]) elemType() reflect.Type { return reflect.TypeFor[T]() }

func (l sliceList[T]) of(d *Doc, parent string) (*[]T, error) {
	s := l.slice(d, parent)
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
	for i, v := range *s {
		if l.id(v) == id {
			return i, clone(v), nil
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
	id := l.id(x)
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
	i, old, err := l.find(d, parent, l.id(x))
	if err != nil {
		return nil, err
	}
	s, _ := l.of(d, parent)
	(*s)[i] = clone(x)
	return old, nil
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

func listOf(c Coll) (list, error) {
	l, ok := lists[c]
	if !ok {
		return nil, internalError("no list %q", c)
	}
	return l, nil
}

func top[T any](ptr func(p *Plan) *[]T, id func(T) string) list {
	return sliceList[T]{slice: func(d *Doc, _ string) *[]T { return ptr(d.Plan) }, id: id}
}

var lists = map[Coll]list{
	CollSWOTs:       top(func(p *Plan) *[]SWOT { return &p.SWOTs }, func(x SWOT) string { return x.ID }),
	CollContacts:    top(func(p *Plan) *[]Contact { return &p.Contacts }, func(x Contact) string { return x.ID }),
	CollStrategies:  top(func(p *Plan) *[]Strategy { return &p.Strategies }, func(x Strategy) string { return x.ID }),
	CollObjectives:  top(func(p *Plan) *[]Objective { return &p.Objectives }, func(x Objective) string { return x.ID }),
	CollActions:     top(func(p *Plan) *[]Action { return &p.Actions }, func(x Action) string { return x.ID }),
	CollKPIs:        top(func(p *Plan) *[]KPI { return &p.KPIs }, func(x KPI) string { return x.ID }),
	CollNotes:       top(func(p *Plan) *[]Note { return &p.Notes }, func(x Note) string { return x.ID }),
	CollOfferings:   top(func(p *Plan) *[]Offering { return &p.Wallet.Offerings }, func(x Offering) string { return x.ID }),
	CollCompetitors: top(func(p *Plan) *[]CompetitorShare { return &p.Wallet.Competitors }, func(x CompetitorShare) string { return x.ID }),
	CollLinks:       top(func(p *Plan) *[]Link { return &p.Links }, func(x Link) string { return x.ID }),
	CollCoverage:    top(func(p *Plan) *[]Coverage { return &p.Coverage }, func(x Coverage) string { return x.ID }),
	CollCentres:     top(func(p *Plan) *[]BuyingCentre { return &p.Centres }, func(x BuyingCentre) string { return x.ID }),
	CollWhiteSpace:  top(func(p *Plan) *[]SpaceCell { return &p.WhiteSpace }, func(x SpaceCell) string { return x.ID }),
	CollCriteria:    top(func(p *Plan) *[]Factor { return &p.Portfolio.Strength.Factors }, func(x Factor) string { return x.ID }),
	CollTeam: sliceList[TeamMember]{
		slice: func(d *Doc, _ string) *[]TeamMember {
			if d.Account == nil {
				return nil
			}
			return &d.Account.Team
		},
		id: func(x TeamMember) string { return x.ID },
	},
	CollSWOTItems: sliceList[SWOTItem]{
		slice: func(d *Doc, parent string) *[]SWOTItem {
			p := d.Plan
			for i := range p.SWOTs {
				if p.SWOTs[i].ID == parent {
					return &p.SWOTs[i].Items
				}
			}
			return nil
		},
		id: func(x SWOTItem) string { return x.ID },
		parents: func(d *Doc) []string {
			ids := make([]string, len(d.Plan.SWOTs))
			for i, w := range d.Plan.SWOTs {
				ids[i] = w.ID
			}
			return ids
		},
	},
}
