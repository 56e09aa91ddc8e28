package review_test

import (
	"cmp"
	"context"
	"path/filepath"
	"slices"
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

// The journal says what changed since the latest review (2026-11-16) when it reaches back to
// that day. The sample plan was imported after it, and the history kept (Settings'
// retention) may begin after it: the journal then begins after the review and cannot say
// what changed since; it says when it begins and what changed since then.
func TestAtLatestSaysWhetherTheJournalReachesBackToTheReview(t *testing.T) {
	onTheDay := time.Date(2026, 11, 16, 18, 30, 0, 0, time.Local)
	imported := time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local)
	type saved struct {
		at    time.Time
		field domain.Field
		value string
	}
	tests := []struct {
		name        string
		saves       []saved
		dropBefore  time.Time // the history kept from then on (Settings' retention)
		reaches     bool
		begins      time.Time
		wasContext  string // the context as AtLatest says it was; "" for the sample's own
		wantChanged []domain.Field
	}{
		{"saved on the review's day and after it", []saved{{onTheDay, domain.FieldContext, "Said at the review"},
			{onTheDay.AddDate(0, 0, 4), domain.FieldValueProposition, "Changed since"}},
			time.Time{}, true, time.Time{}, "Said at the review", []domain.Field{domain.FieldValueProposition}},
		{"history dropped up to the review's day", []saved{{onTheDay.AddDate(0, 0, -6), domain.FieldContext, "Said before"},
			{onTheDay, domain.FieldContext, "Said at the review"}, {onTheDay.AddDate(0, 0, 4), domain.FieldValueProposition, "Changed since"}},
			onTheDay.Add(-time.Hour), true, time.Time{}, "Said at the review", []domain.Field{domain.FieldValueProposition}},
		{"history dropped past the review's day", []saved{{onTheDay, domain.FieldContext, "Said at the review"},
			{onTheDay.AddDate(0, 0, 4), domain.FieldValueProposition, "Changed since"}},
			onTheDay.AddDate(0, 0, 2), false, onTheDay.AddDate(0, 0, 4), "Said at the review", []domain.Field{domain.FieldValueProposition}},
		{"imported after the review, then edited", []saved{{imported, domain.FieldContext, "Edited after the import"},
			{imported.AddDate(0, 0, 1), domain.FieldValueProposition, "Changed since"}},
			time.Time{}, false, imported, "", []domain.Field{domain.FieldContext, domain.FieldValueProposition}},
		{"imported after the review, never edited", nil, time.Time{}, false, time.Time{}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, d := openAceros(t)
			sampleContext := d.Plan.Context
			for _, sv := range tt.saves {
				saveAt(t, s, d, sv.at, domain.SetField{Field: sv.field, Value: sv.value})
			}
			if !tt.dropBefore.IsZero() {
				if _, err := s.DropHistoryBefore(context.Background(), tt.dropBefore); err != nil {
					t.Fatal(err)
				}
			}
			stored, _ := s.LoadPlan(context.Background(), d.Plan.ID)
			now := domain.Doc{Account: d.Account, Plan: stored}
			since, ok, err := review.AtLatest(context.Background(), s.Journal(), now)
			if err != nil || !ok {
				t.Fatalf("AtLatest: ok %v, %v", ok, err)
			}
			if since.Review != domain.NewDate(2026, 11, 16) || since.Reaches != tt.reaches || !since.Begins.Equal(tt.begins) {
				t.Errorf("review %v, reaches %v, begins %v; want 2026-11-16, %v, %v", since.Review, since.Reaches, since.Begins, tt.reaches, tt.begins)
			}
			if want := cmp.Or(tt.wasContext, sampleContext); since.Was.Plan.Context != want {
				t.Errorf("the context then: %q, want %q", since.Was.Plan.Context, want)
			}
			var changed []domain.Field
			for _, c := range history.ChangesSince(since.Was, now) {
				changed = append(changed, domain.Field(c.Field))
			}
			if !slices.Equal(changed, tt.wantChanged) {
				t.Errorf("changes: %v, want %v", changed, tt.wantChanged)
			}
		})
	}
}

func TestAtLatestOfAPlanWithoutReview(t *testing.T) {
	s, d := openAceros(t)
	d.Plan.Reviews = nil
	if _, ok, err := review.AtLatest(context.Background(), s.Journal(), *d); ok || err != nil {
		t.Fatalf("without a review: ok %v, %v; want nothing to compare with", ok, err)
	}
}
