package domain

import "testing"

func TestActionOverdue(t *testing.T) {
	today := NewDate(2026, 11, 24)
	tests := []struct {
		name   string
		due    Date
		status ActionStatus
		want   bool
	}{
		{"due yesterday, open", today.AddDays(-1), StatusInProgress, true},
		{"due today", today, StatusNotStarted, false},
		{"done late is not overdue", today.AddDays(-30), StatusDone, false},
		{"cancelled", today.AddDays(-30), StatusCancelled, false},
		{"blocked and late", today.AddDays(-2), StatusBlocked, true},
		{"no due date", Date{}, StatusNotStarted, false},
	}
	for _, tt := range tests {
		if got := (Action{Due: tt.due, Status: tt.status}).Overdue(today); got != tt.want {
			t.Errorf("%s: Overdue = %v", tt.name, got)
		}
	}
}

func TestActionValidation(t *testing.T) {
	tests := []struct {
		name string
		edit func(a *Action)
		path string
	}{
		{"valid", func(a *Action) {}, ""},
		{"no objective", func(a *Action) { a.ObjectiveIDs = nil }, "actions[0].objective_ids"},
		{"contingency needs no objective", func(a *Action) { a.ObjectiveIDs, a.Contingency = nil, true }, ""},
		{"due before start", func(a *Action) { a.Due = a.Start.AddDays(-1) }, "actions[0].due"},
		{"status", func(a *Action) { a.Status = "late" }, "actions[0].status"},
		{"unknown contact", func(a *Action) { a.ContactIDs = []string{"zz"} }, "actions[0].contact_ids[0]"},
		{"unknown objective", func(a *Action) { a.ObjectiveIDs = []string{"zz"} }, "actions[0].objective_ids[0]"},
		{"no title", func(a *Action) { a.Title = "" }, "actions[0].title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			p.Objectives = []Objective{{ID: "o1", Statement: "Grow revenue by 10 % in FY2027"}}
			a := Action{ID: "a1", Title: "Workshop", Status: StatusNotStarted, ObjectiveIDs: []string{"o1"},
				Start: NewDate(2027, 1, 10), Due: NewDate(2027, 2, 10)}
			tt.edit(&a)
			p.Actions = []Action{a}
			assertProblem(t, p.Validate(), tt.path)
		})
	}
}

func TestNextDeadline(t *testing.T) {
	p := validPlan()
	p.Actions = []Action{
		{Due: NewDate(2027, 3, 1), Status: StatusNotStarted},
		{Due: NewDate(2027, 1, 1), Status: StatusDone},
		{Due: NewDate(2027, 2, 1), Status: StatusInProgress},
		{Status: StatusNotStarted},
	}
	if got := p.NextDeadline(); !got.Equal(NewDate(2027, 2, 1)) {
		t.Fatalf("NextDeadline = %s", got)
	}
}
