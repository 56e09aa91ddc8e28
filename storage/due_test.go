package storage

import (
	"reflect"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// The home's due list reads the actions' rows alone: it must list exactly what a whole plan
// says is open and due, in the plans' order and then each plan's, and nothing of a plan not
// asked for.
func TestActionsDueAreWhatThePlansHold(t *testing.T) {
	s := tempStore(t)
	files := gen.Portfolio(4)
	var plans []*domain.Plan
	for _, f := range files {
		plans = append(plans, importFile(t, s, f))
	}
	asked := []*domain.Plan{plans[2], plans[0], plans[3]} // plans[1] is not asked for
	ids := []string{asked[0].ID, asked[1].ID, asked[2].ID}
	for _, tc := range []struct {
		name  string
		until domain.Date
	}{
		{"long ago", domain.NewDate(1990, 1, 1)},
		{"today", domain.Today()},
		{"in two weeks", domain.Today().AddDays(14)},
		{"far ahead", domain.NewDate(2200, 1, 1)},
	} {
		var want []domain.PlanAction
		for _, p := range asked {
			for _, a := range p.Actions {
				if a.Open() && !a.Due.IsZero() && !a.Due.After(tc.until) {
					want = append(want, domain.PlanAction{PlanID: p.ID, Action: a})
				}
			}
		}
		if tc.name == "far ahead" && len(want) == 0 {
			t.Fatal("the generated plans hold no open action with a date")
		}
		got, err := s.ActionsDue(ctx, ids, tc.until)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d actions listed, the plans hold %d", tc.name, len(got), len(want))
		}
	}
}

// Done, cancelled and undated actions are not due; one due on the last day is, and one
// overdue.
func TestActionsDueLeaveOutWhatIsNotDue(t *testing.T) {
	s := tempStore(t)
	f := gen.Portfolio(1)[0]
	day := domain.NewDate(2027, 3, 15)
	f.Plans[0].Actions = append(f.Plans[0].Actions, []domain.Action{
		{ID: "a1", Title: "Open, due that day 🚚", Due: day, Status: domain.StatusInProgress},
		{ID: "a2", Title: "Done", Due: day, Status: domain.StatusDone},
		{ID: "a3", Title: "Cancelled", Due: day, Status: domain.StatusCancelled},
		{ID: "a4", Title: "No date", Status: domain.StatusNotStarted},
		{ID: "a5", Title: "Next day", Due: day.AddDays(1), Status: domain.StatusBlocked},
		{ID: "a6", Title: "Overdue", Due: domain.NewDate(2020, 1, 2), Status: domain.StatusNotStarted},
	}...)
	for i := range f.Plans[0].Actions {
		a := &f.Plans[0].Actions[i]
		if len(a.ID) == 2 {
			a.ObjectiveIDs = []string{f.Plans[0].Objectives[0].ID}
		}
	}
	p := importFile(t, s, f)
	got, err := s.ActionsDue(ctx, []string{p.ID}, day)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range got {
		if len(a.Action.ID) == 2 { // the generated plan's own ids are longer
			titles = append(titles, a.Action.Title)
		}
	}
	if want := []string{"Open, due that day 🚚", "Overdue"}; !reflect.DeepEqual(titles, want) {
		t.Fatalf("due: %q, want %q", titles, want)
	}
}

// The due list finds the action rows by their date, through the index of migration 013, and
// does not read every row of every plan: a home of 1,000 accounts opens in a fraction of
// the time (BenchmarkActionsDue1000).
func TestActionsDueReadTheIndexNotEveryRow(t *testing.T) {
	s := tempStore(t)
	rows, err := s.db.Query("EXPLAIN QUERY PLAN "+actionsDueSQL, "2027-01-01", "done", "cancelled")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if got := strings.Join(plan, "; "); !strings.Contains(got, "USING INDEX plan_items_action_due") {
		t.Errorf("the due list does not use its index: %s", got)
	}
}
