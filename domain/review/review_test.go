package review_test

import (
	"errors"
	"slices"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/review"
)

func newDoc(t *testing.T) *domain.Doc {
	t.Helper()
	f := gen.Portfolio(3)[1]
	return &domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}
}

func held(d *domain.Doc) domain.Review {
	p := d.Plan
	return domain.Review{ID: "r", Date: domain.NewDate(2026, 11, 15), MemberIDs: []string{d.Account.Team[0].ID},
		ContactIDs: []string{p.Contacts[0].ID}, Decisions: []string{"Adelantar la prueba piloto"},
		Objectives: []domain.ObjectiveReview{{ObjectiveID: p.Objectives[0].ID, Status: domain.AtRisk, Comment: "El comprador duda"}},
		KPIValues:  []domain.KPIValue{{KPIID: p.KPIs[0].ID, Value: 42}}}
}

func problemKeys(err error) []string {
	var ps domain.Problems
	if !errors.As(err, &ps) {
		return nil
	}
	var keys []string
	for _, x := range ps {
		keys = append(keys, x.Key)
	}
	return keys
}

func TestReviewValidation(t *testing.T) {
	tests := []struct {
		name   string
		change func(d *domain.Doc, r *domain.Review)
		want   string // a problem's key, "" when accepted
	}{
		{"complete", func(*domain.Doc, *domain.Review) {}, ""},
		{"no date", func(_ *domain.Doc, r *domain.Review) { r.Date = domain.Date{} }, "err.required"},
		{"unknown contact", func(_ *domain.Doc, r *domain.Review) { r.ContactIDs = []string{"nobody"} }, "err.unknown_contact"},
		{"unknown objective", func(_ *domain.Doc, r *domain.Review) { r.Objectives[0].ObjectiveID = "gone" }, "err.unknown_objective"},
		{"two statuses for one objective", func(_ *domain.Doc, r *domain.Review) {
			r.Objectives = append(r.Objectives, domain.ObjectiveReview{ObjectiveID: r.Objectives[0].ObjectiveID, Status: domain.OnTrack})
		}, "err.review_status_twice"},
		{"unknown status", func(_ *domain.Doc, r *domain.Review) { r.Objectives[0].Status = "fine" }, "err.choice"},
		{"unknown KPI", func(_ *domain.Doc, r *domain.Review) { r.KPIValues[0].KPIID = "gone" }, "err.unknown_kpi"},
		{"unknown action", func(_ *domain.Doc, r *domain.Review) { r.ActionIDs = []string{"gone"} }, "err.unknown_action"},
		{"an existing action", func(d *domain.Doc, r *domain.Review) { r.ActionIDs = []string{d.Plan.Actions[0].ID} }, ""},
	}
	for _, tt := range tests {
		d := newDoc(t)
		r := held(d)
		tt.change(d, &r)
		before := len(d.Plan.Reviews)
		_, err := d.Apply(review.Record(r, nil))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: refused: %v", tt.name, err)
		case tt.want != "" && !slices.Contains(problemKeys(err), tt.want):
			t.Errorf("%s: problems %v, want %s", tt.name, problemKeys(err), tt.want)
		case tt.want != "" && len(d.Plan.Reviews) != before:
			t.Errorf("%s: a refused review was stored", tt.name)
		}
	}
}

func TestNextReviewDate(t *testing.T) {
	jan31 := domain.NewDate(2027, 1, 31)
	tests := []struct {
		name    string
		cadence domain.Cadence
		reviews []domain.Date
		want    domain.Date // zero: no next date
	}{
		{"no review yet", domain.CadenceMonthly, nil, domain.Date{}},
		{"weekly", domain.CadenceWeekly, []domain.Date{jan31}, domain.NewDate(2027, 2, 7)},
		{"monthly", domain.CadenceMonthly, []domain.Date{domain.NewDate(2027, 1, 15)}, domain.NewDate(2027, 2, 15)},
		{"a day the month lacks rolls over", domain.CadenceMonthly, []domain.Date{jan31}, domain.NewDate(2027, 3, 3)},
		{"quarterly", domain.CadenceQuarterly, []domain.Date{domain.NewDate(2027, 1, 15)}, domain.NewDate(2027, 4, 15)},
		{"ad hoc has no fixed date", domain.CadenceAdHoc, []domain.Date{jan31}, domain.Date{}},
		{"from the latest, recorded in any order", domain.CadenceMonthly,
			[]domain.Date{domain.NewDate(2027, 3, 1), domain.NewDate(2027, 1, 1)}, domain.NewDate(2027, 4, 1)},
	}
	for _, tt := range tests {
		p := &domain.Plan{ReviewCadence: tt.cadence}
		for _, day := range tt.reviews {
			p.Reviews = append(p.Reviews, domain.Review{ID: day.String(), Date: day})
		}
		got, ok := review.Next(p)
		if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
			t.Errorf("%s: next %v (%v), want %v", tt.name, got, ok, tt.want)
		}
		if kept := review.NextOf(p); !kept.Equal(tt.want) {
			t.Errorf("%s: the summary keeps %v, want %v", tt.name, kept, tt.want)
		}
	}
}

func TestReviewDue(t *testing.T) {
	p := &domain.Plan{ReviewCadence: domain.CadenceMonthly, Reviews: []domain.Review{{ID: "r", Date: domain.NewDate(2027, 1, 15)}}}
	for _, tt := range []struct {
		today domain.Date
		due   bool
	}{{domain.NewDate(2027, 1, 31), false}, {domain.NewDate(2027, 2, 1), true}, {domain.NewDate(2027, 3, 1), true}} {
		if _, due := review.Due(p, tt.today, 14); due != tt.due {
			t.Errorf("on %v: due %v, want %v", tt.today, due, tt.due)
		}
	}
}

// Recording a review adds its actions to the action plan; one undo removes both.
func TestRecordAddsTheActionsAndOneUndoRemovesAll(t *testing.T) {
	d := newDoc(t)
	reviews, actions := len(d.Plan.Reviews), len(d.Plan.Actions)
	a := domain.Action{ID: "new-action", Title: "Enviar la propuesta revisada", Owner: d.Account.Team[0].Name,
		ObjectiveIDs: []string{d.Plan.Objectives[0].ID}, Due: domain.NewDate(2027, 2, 1), Status: domain.StatusNotStarted}
	undo, err := d.Apply(review.Record(held(d), []domain.Action{a}))
	if err != nil {
		t.Fatal(err)
	}
	if d.Plan.FindAction("new-action") == nil || !slices.Equal(review.Latest(d.Plan).ActionIDs, []string{"new-action"}) {
		t.Fatalf("action not created or not kept by the review: %+v", review.Latest(d.Plan))
	}
	if _, err := d.Apply(undo); err != nil {
		t.Fatal(err)
	}
	if len(d.Plan.Reviews) != reviews || len(d.Plan.Actions) != actions {
		t.Errorf("after undo %d reviews, %d actions; want %d, %d", len(d.Plan.Reviews), len(d.Plan.Actions), reviews, actions)
	}
}

// Deleting an objective, a KPI, a contact or an action a review names keeps the review valid.
func TestDeletingWhatAReviewNamesKeepsTheReview(t *testing.T) {
	d := newDoc(t)
	r := held(d)
	r.ActionIDs = []string{d.Plan.Actions[len(d.Plan.Actions)-1].ID}
	if _, err := d.Apply(review.Record(r, nil)); err != nil {
		t.Fatal(err)
	}
	for _, e := range []domain.Edit{
		domain.RemoveItem{Coll: domain.CollKPIs, ID: r.KPIValues[0].KPIID},
		domain.RemoveItem{Coll: domain.CollContacts, ID: r.ContactIDs[0]},
		domain.RemoveItem{Coll: domain.CollActions, ID: r.ActionIDs[0]},
	} {
		if _, err := d.Apply(e); err != nil {
			t.Fatalf("%+v refused: %v", e, err)
		}
	}
	got := review.Latest(d.Plan)
	if len(got.KPIValues) != 0 || len(got.ContactIDs) != 0 || len(got.ActionIDs) != 0 || len(got.Decisions) != 1 {
		t.Errorf("review after the deletions: %+v", got)
	}
}
