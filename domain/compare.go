package domain

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// ChangeKind says what happened to an element or a field between two states of a plan.
type ChangeKind string

const (
	Added   ChangeKind = "added"
	Removed ChangeKind = "removed"
	Changed ChangeKind = "changed"
	Moved   ChangeKind = "moved"
)

// Lists that Compare reports on besides those an edit changes (they are not AddItem's).
const (
	CollAttractivenessScores Coll = "attractiveness_scores" // ID: the factor's id; Field "score"
	CollStrengthScores       Coll = "strength_scores"       // ID: the criterion's id; Field "score"
	CollKPIHistory           Coll = "kpi_history"           // Parent: the KPI; ID: the period; Field "value"
)

// Change is one difference between two states of a plan, found by id: a renamed contact is
// a change of its name, never a contact removed and another added.
type Change struct {
	Section Section
	Kind    ChangeKind
	Coll    Coll   // the element's list; "" for a field of the plan or of the account
	Parent  string // the SWOT of an item, the KPI of a measurement; "" for the plan's lists
	ID      string // the element's id (a measurement's period, a factor's id for a score)
	Name    string // what a person calls the element, as it is in the newer state when it is there
	// Field is the changed field: one of Fields() for the plan and the account, else the
	// element's field as in the plan file ("rel_now", "plan_b.red_periods"), "score" for a
	// score (0 is not scored), "value" for a KPI's measurement.
	Field string
	// Old and New are the field's values (changed); the element (New when added, Old when
	// removed); or its positions in the list before and after (moved).
	Old, New any
	after    string // added and moved: the element it follows in the newer state, "" when first
}

// Compare lists what differs from state a to state b of a plan: elements added, removed,
// changed field by field and moved, matched by id; the fields of the plan; the scores; each
// KPI's measurements by period. Changes come section by section, in the order of the plan.
// A part that is nil in either state (an account, a plan) is not compared.
func Compare(a, b Doc) []Change {
	var out []Change
	compareFields(a, b, &out)
	for _, spec := range comparedLists {
		spec.compare(a, b, &out)
	}
	return bySection(out)
}

func compareFields(a, b Doc, out *[]Change) {
	for _, f := range fieldSections {
		spec := fields[f.field]
		if (spec.account && (a.Account == nil || b.Account == nil)) || (!spec.account && (a.Plan == nil || b.Plan == nil)) {
			continue
		}
		was, now := a.FieldValue(f.field), b.FieldValue(f.field)
		if !sameValue(was, now) {
			*out = append(*out, Change{Section: f.section, Kind: Changed, Field: string(f.field), Old: was, New: now})
		}
	}
}

// bySection orders changes by section, keeping their order within a section.
func bySection(cs []Change) []Change {
	out := make([]Change, 0, len(cs))
	for _, s := range Sections {
		for _, c := range cs {
			if c.Section == s {
				out = append(out, c)
			}
		}
	}
	return out
}

// sameValue reports whether two values are the same to a person and in the plan file:
// compared as JSON, so that an empty list and no list are one.
func sameValue(x, y any) bool {
	if reflect.DeepEqual(x, y) {
		return true
	}
	bx, err1 := json.Marshal(x)
	by, err2 := json.Marshal(y)
	return err1 == nil && err2 == nil && bytes.Equal(bx, by)
}
