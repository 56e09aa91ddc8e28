package domain_test

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"kamplan/domain"
)

// What an edit reaches is what a store writes of it: the elements it names, the lists whose
// order it changes, the plan's own row for its fields, everything for a whole content.
func TestWhatEditsReach(t *testing.T) {
	d := newDoc(t)
	p := d.Plan
	c := p.Contacts[0]
	tests := []struct {
		name  string
		edits []domain.Edit
		want  string
	}{
		{"nothing", nil, ""},
		{"a field of the plan", []domain.Edit{domain.SetField{Field: domain.FieldRisks, Value: "x"}}, "plan"},
		{"a field of the account", []domain.Edit{domain.SetField{Field: domain.FieldAccountName, Value: "x"}}, ""},
		{"a score", []domain.Edit{domain.SetScore{Axis: domain.AxisStrength, Factor: "price", Score: 3}}, "plan"},
		{"an element replaced", []domain.Edit{domain.ReplaceItem{Coll: domain.CollContacts, Value: c}}, "contacts:" + c.ID},
		{"an element added", []domain.Edit{domain.AddItem{Coll: domain.CollNotes, Value: domain.Note{ID: "n", Text: "x"}}}, "notes:n notes order"},
		{"an element removed", []domain.Edit{domain.RemoveItem{Coll: domain.CollNotes, ID: "n"}}, "notes:n notes order"},
		{"an element moved", []domain.Edit{domain.MoveItem{Coll: domain.CollActions, ID: "a", To: 0}}, "actions:a actions order"},
		{"an item of a SWOT", []domain.Edit{domain.AddItem{Coll: domain.CollSWOTItems, Parent: "w", Value: domain.SWOTItem{ID: "i"}}}, "swots:w"},
		{"an item of no SWOT", []domain.Edit{domain.RemoveItem{Coll: domain.CollSWOTItems, ID: "i"}}, "whole"},
		{"a strength criterion", []domain.Edit{domain.RemoveItem{Coll: domain.CollCriteria, ID: "price"}}, "plan"},
		{"a member of the team", []domain.Edit{domain.RemoveItem{Coll: domain.CollTeam, ID: "m"}}, ""},
		{"a value of another list", []domain.Edit{domain.ReplaceItem{Coll: domain.CollContacts, Value: domain.Note{ID: "n"}}}, "contacts order"},
		{"a batch", []domain.Edit{domain.Batch{domain.SetField{Field: domain.FieldRisks, Value: "x"},
			domain.ReplaceItem{Coll: domain.CollContacts, Value: c}}}, "plan contacts:" + c.ID},
		{"a whole content", []domain.Edit{domain.ReplaceContent{Plan: p.Clone()}}, "whole"},
		{"an account's whole content", []domain.Edit{domain.ReplaceContent{Account: d.Account}}, ""},
		{"no edit", []domain.Edit{nil}, "whole"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := reachText(domain.ReachOf(tt.edits...)); got != tt.want {
				t.Fatalf("reach %q, want %q", got, tt.want)
			}
		})
	}
}

func reachText(r domain.Reach) string {
	var out []string
	if r.Whole {
		out = append(out, "whole")
	}
	if r.Plan {
		out = append(out, "plan")
	}
	for _, c := range slices.Sorted(maps.Keys(r.Elements)) {
		for _, id := range slices.Sorted(maps.Keys(r.Elements[c])) {
			out = append(out, fmt.Sprintf("%s:%s", c, id))
		}
	}
	for _, c := range slices.Sorted(maps.Keys(r.Order)) {
		out = append(out, string(c)+" order")
	}
	return strings.Join(out, " ")
}
