package review

import (
	"context"
	"time"

	"kamplan/domain"
	"kamplan/domain/history"
)

// journalPage is how many journal entries AtLatest reads at a time.
const journalPage = 200

// Since is the plan as its journal says it stood at its latest review.
type Since struct {
	Was    domain.Doc  // the plan then
	Review domain.Date // the latest review's day
	// Reaches is true when the journal reaches back to the end of the review's day; else the
	// plan came into the store after it, without its history (imported from a file or a
	// CRM), or its older history was dropped: Was is then the plan before the journal's
	// oldest entry, saved at Begins (zero: the journal holds none), and what changed
	// between the review and then is not known.
	Reaches bool
	Begins  time.Time
}

// AtLatest is the plan as it stood at the end of the day of its latest review, from its
// journal: the stored state with every entry saved after that day undone, newest first.
// ok is false when the plan has no review.
func AtLatest(ctx context.Context, j history.Journal, stored domain.Doc) (since Since, ok bool, err error) {
	last := Latest(stored.Plan)
	if last == nil {
		return Since{}, false, nil
	}
	later, reaches, err := savedAfter(ctx, j, stored.Plan.ID, last.Date)
	if err != nil {
		return Since{}, false, err
	}
	since = Since{Was: stored.Copy(), Review: last.Date, Reaches: reaches}
	for _, en := range later { // newest first
		if _, err := since.Was.ApplyUnvalidated(en.Inverse); err != nil {
			return Since{}, false, err
		}
	}
	if !reaches && len(later) > 0 {
		since.Begins = later[len(later)-1].At
	}
	return since, true, nil
}

// savedAfter reads the journal's entries saved after the day held, newest first; reaches
// says whether the journal holds an entry saved on or before that day.
func savedAfter(ctx context.Context, j history.Journal, planID string, held domain.Date) (out []history.JournalEntry, reaches bool, err error) {
	q := history.JournalQuery{Limit: journalPage}
	for {
		page, err := j.Page(ctx, planID, q)
		if err != nil {
			return nil, false, err
		}
		for _, en := range page.Entries {
			if !domain.DateOf(en.At.Local()).After(held) {
				return out, true, nil
			}
			out = append(out, en)
		}
		if !page.More || len(page.Entries) == 0 {
			return out, false, nil
		}
		q.Before = page.Entries[len(page.Entries)-1].Seq
	}
}

// SinceLatest is the plan at its latest review (AtLatest) as the document's "What changed"
// compares with it: a snapshot that was never kept (it has no id) of the review's day, or,
// when the journal does not reach back to the review, of when the journal begins (At zero:
// it holds no entry, and what changed since the review is not known); nil without a review.
func SinceLatest(ctx context.Context, j history.Journal, stored domain.Doc) (*history.Snapshot, error) {
	since, ok, err := AtLatest(ctx, j, stored)
	if !ok || err != nil {
		return nil, err
	}
	at, held := since.Begins, since.Review
	if since.Reaches {
		at = time.Date(held.Year(), held.Month(), held.Day(), 12, 0, 0, 0, time.Local)
	}
	info := history.SnapshotInfo{PlanID: stored.Plan.ID, Kind: history.SnapshotSignOff, At: at}
	return &history.Snapshot{SnapshotInfo: info, Account: *since.Was.Account, Plan: *since.Was.Plan}, nil
}
