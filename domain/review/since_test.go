package review_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/review"
	"kamplan/storage"
)

// openAceros opens a store with the sample plans and returns the main one (its latest
// review was held on 2026-11-16).
func openAceros(t *testing.T) (*storage.Store, *domain.Doc) {
	t.Helper()
	s, err := storage.Open(filepath.Join(t.TempDir(), "plans.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	acc, err := s.AccountByName(ctx, "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := s.Portfolio(ctx)
	for _, r := range domain.LatestPlans(rows) {
		if r.AccountID == acc.ID {
			p, err := s.LoadPlan(ctx, r.PlanID)
			if err != nil {
				t.Fatal(err)
			}
			return s, &domain.Doc{Account: acc, Plan: p}
		}
	}
	t.Fatal("no sample plan")
	return nil, nil
}

// saveAt applies e and saves it with a journal entry dated at.
func saveAt(t *testing.T, s *storage.Store, d *domain.Doc, at time.Time, e domain.Edit) {
	t.Helper()
	inv, err := d.Apply(e)
	if err != nil {
		t.Fatal(err)
	}
	entry := history.JournalEntry{PlanID: d.Plan.ID, At: at, Author: "Ane", Kind: history.JournalDo, Edit: e, Inverse: inv}
	if err := s.SaveEdits(context.Background(), nil, d.Plan, []history.JournalEntry{entry}); err != nil {
		t.Fatal(err)
	}
}

func TestAtLatestUndoesWhatWasSavedAfterTheReviewDay(t *testing.T) {
	s, d := openAceros(t)
	onTheDay := time.Date(2026, 11, 16, 18, 30, 0, 0, time.Local)
	saveAt(t, s, d, onTheDay, domain.SetField{Field: domain.FieldContext, Value: "Said at the review"})
	saveAt(t, s, d, onTheDay.AddDate(0, 0, 4), domain.SetField{Field: domain.FieldValueProposition, Value: "Changed since"})
	stored, _ := s.LoadPlan(context.Background(), d.Plan.ID)
	now := domain.Doc{Account: d.Account, Plan: stored}
	was, held, ok, err := review.AtLatest(context.Background(), s.Journal(), now)
	if err != nil || !ok {
		t.Fatalf("AtLatest: ok %v, %v", ok, err)
	}
	if held != domain.NewDate(2026, 11, 16) {
		t.Errorf("held %v, want the latest review's day", held)
	}
	if was.Plan.Context != "Said at the review" || was.Plan.ValueProposition == "Changed since" {
		t.Errorf("at the review: context %q, value proposition %q", was.Plan.Context, was.Plan.ValueProposition)
	}
	cs := history.ChangesSince(was, now)
	if len(cs) != 1 || cs[0].Field != string(domain.FieldValueProposition) {
		t.Fatalf("changes since the review: %+v, want the value proposition alone", cs)
	}
}

func TestAtLatestOfAPlanWithoutReview(t *testing.T) {
	s, d := openAceros(t)
	d.Plan.Reviews = nil
	if _, _, ok, err := review.AtLatest(context.Background(), s.Journal(), *d); ok || err != nil {
		t.Fatalf("without a review: ok %v, %v; want nothing to compare with", ok, err)
	}
}
