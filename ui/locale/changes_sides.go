package locale

import (
	"strconv"

	"kamplan/domain"
	"kamplan/domain/history"
)

// Subject names the element a change is about: "Contact Ane Goikoetxea", "KPI Share of
// wallet", "Client SWOT" (whose SWOT says it is one); "" for a field of the plan or of the
// account.
func (w ChangeWords) Subject(c history.Change) string {
	switch {
	case c.Coll == "":
		return ""
	case c.Coll == domain.CollSWOTs && c.Name == "":
		return w.name(c)
	}
	return w.t("history.kind."+string(c.Coll)) + " " + w.name(c)
}

// Sides says a change for a view of the two states side by side: what changed (a field, an
// element's field, an element), and what it was before and is after. An element added has
// nothing before ("—") and its name after; one removed, the other way round.
func (w ChangeWords) Sides(c history.Change) (what, before, after string) {
	const none = "—"
	switch {
	case c.Coll == "":
		return w.FieldLabel(c), w.Value(c, c.Old), w.Value(c, c.New)
	case c.Coll == history.CollKPIHistory:
		return w.Subject(c) + " › " + w.FieldLabel(c), w.measured(c.Old, none), w.measured(c.New, none)
	case c.Kind == history.Changed:
		return w.Subject(c) + " › " + w.FieldLabel(c), w.Value(c, c.Old), w.Value(c, c.New)
	case c.Kind == history.Added:
		return w.t("history.kind." + string(c.Coll)), none, w.name(c)
	case c.Kind == history.Removed:
		return w.t("history.kind." + string(c.Coll)), w.name(c), none
	}
	place := func(v any) string { i, _ := v.(int); return w.t("history.place", strconv.Itoa(i+1)) }
	return w.Subject(c), place(c.Old), place(c.New)
}

// measured says a KPI's value: a measurement (added or removed) or a changed value.
func (w ChangeWords) measured(v any, none string) string {
	switch x := v.(type) {
	case domain.Measurement:
		return w.number(x.Value)
	case float64:
		return w.number(x)
	}
	return none
}

// Whole is the same words with every text whole: not shortened, not quoted, for reading a
// state of the plan rather than a change to it.
func (w ChangeWords) Whole() ChangeWords {
	w.entire = true
	return w
}
