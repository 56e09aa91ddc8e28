package review

import (
	"context"
	"time"

	"kamplan/domain"
	"kamplan/domain/history"
)

// journalPage is how many journal entries AtLatest reads at a time.
const journalPage = 200

// AtLatest is the plan as it stood at the end of the day of its latest review, from its
// journal: the stored state with every entry saved after that day undone, newest first.
// ok is false when the plan has no review. What the journal does not hold (a plan imported
// after the review) counts as already there at the review.
func AtLatest(ctx context.Context, j history.Journal, stored domain.Doc) (was domain.Doc, held domain.Date, ok bool, err error) {
	last := Latest(stored.Plan)
	if last == nil {
		return domain.Doc{}, domain.Date{}, false, nil
	}
	later, err := savedAfter(ctx, j, stored.Plan.ID, last.Date)
	if err != nil {
		return domain.Doc{}, domain.Date{}, false, err
	}
	was = stored.Copy()
	for _, en := range later { // newest first
		if _, err := was.ApplyUnvalidated(en.Inverse); err != nil {
			return domain.Doc{}, domain.Date{}, false, err
		}
	}
	return was, last.Date, true, nil
}

// savedAfter reads the journal's entries saved after the day held, newest first.
func savedAfter(ctx context.Context, j history.Journal, planID string, held domain.Date) ([]history.JournalEntry, error) {
	var out []history.JournalEntry
	q := history.JournalQuery{Limit: journalPage}
	for {
		page, err := j.Page(ctx, planID, q)
		if err != nil {
			return nil, err
		}
		for _, en := range page.Entries {
			if !domain.DateOf(en.At.Local()).After(held) {
				return out, nil
			}
			out = append(out, en)
		}
		if !page.More || len(page.Entries) == 0 {
			return out, nil
		}
		q.Before = page.Entries[len(page.Entries)-1].Seq
	}
}

// SinceLatest is the plan at its latest review (AtLatest) as the document's "What changed"
// compares with it: a snapshot that was never kept (it has no id) of the review's day; nil
// without a review.
func SinceLatest(ctx context.Context, j history.Journal, stored domain.Doc) (*history.Snapshot, error) {
	was, held, ok, err := AtLatest(ctx, j, stored)
	if !ok || err != nil {
		return nil, err
	}
	info := history.SnapshotInfo{PlanID: stored.Plan.ID, Kind: history.SnapshotSignOff,
		At: time.Date(held.Year(), held.Month(), held.Day(), 12, 0, 0, 0, time.Local)}
	return &history.Snapshot{SnapshotInfo: info, Account: *was.Account, Plan: *was.Plan}, nil
}
