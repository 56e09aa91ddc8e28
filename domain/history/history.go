// Package history is a plan's history: the journal of its saved edits (who changed what and
// when, read page by page, filtered by section and person, and stepped through by undo and
// redo after the app is closed), the snapshots kept of it, the sections a person looks for
// changes in, what differs between two states of a plan (Compare) and the three-way merge
// of two states that come from one ancestor (Merge). The store keeps the journal and the
// snapshots (Store); EncodeEdit and DecodeEdit are the journal's form of an edit.
package history

import (
	"context"
	"fmt"

	"kamplan/domain"
)

// Store is what a store of plans keeps of their history: the local database (package
// storage) implements it, and so must a team's server. Errors are as domain.Store's.
type Store interface {
	// SaveEdits saves the account (when a is not nil) and the plan (when p is not nil) as
	// domain.Store's SaveAccount and SavePlan do, and appends to the plan's journal the
	// entries of the edits made since the last save, oldest first: all in one transaction,
	// so an edit is never saved without its entry nor journaled without being saved. The
	// store numbers the entries and keeps where undo and redo stand; a stale save writes
	// nothing. The entries being every change made to the plan since its last save, the
	// store may write of the plan only what their edits reach (domain.ReachOf).
	SaveEdits(ctx context.Context, a *domain.Account, p *domain.Plan, entries []JournalEntry) error
	// Journal reads the journals SaveEdits writes.
	Journal() Journal
	// Snapshots keeps states of the plans.
	Snapshots() Snapshots
	// Author is the name of the person using the store, whom the edits and snapshots made
	// through it are signed by: the name set in the app's Settings, else the system user's.
	Author() string
}

// Journal reads the plans' journals.
type Journal interface {
	// Page reads a page of a plan's journal, newest first.
	Page(ctx context.Context, planID string, q JournalQuery) (JournalPage, error)
	// UndoTail returns what undo and redo step through when a plan is opened again, each
	// stack from its bottom to its top (the entry to undo or redo next is the last), at most
	// limit entries each (0: back to the plan's creation). Undoing an entry applies its
	// Inverse and is saved as a JournalUndo entry; redoing one applies its Inverse too and is
	// saved as a JournalRedo entry.
	UndoTail(ctx context.Context, planID string, limit int) (undo, redo []JournalEntry, err error)
}

// Snapshots keeps states of the plans, each with its account.
type Snapshots interface {
	// Create keeps the plan's stored state (with its account) as a snapshot.
	Create(ctx context.Context, planID string, kind SnapshotKind, label, author string) (SnapshotInfo, error)
	// List lists a plan's snapshots, newest first.
	List(ctx context.Context, planID string) ([]SnapshotInfo, error)
	// Read reads one snapshot with its content.
	Read(ctx context.Context, id string) (*Snapshot, error)
	// Delete removes a snapshot.
	Delete(ctx context.Context, id string) error
}

// internalError reports a programming error: never the person's doing.
func internalError(format string, args ...any) *domain.Error {
	return domain.Errorf(domain.CodeInternal, "err.internal", "internal error: %s", fmt.Sprintf(format, args...))
}

// notFound is the error of an edit whose part of the plan is gone.
func notFound() *domain.Error {
	return domain.Errorf(domain.CodeNotFound, "edit.not_found", "that part of the plan no longer exists")
}
