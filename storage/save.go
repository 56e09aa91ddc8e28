package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"kamplan/domain"
	"kamplan/domain/history"
)

// SaveEdits saves the account (when a is not nil) and the plan (when p is not nil), each
// only from its stored version, and appends the journal entries of the edits, in one
// transaction: either all of it is written or nothing. See history.Store. With entries,
// the plan's rows the entries' edits reach are encoded again, and no other (reachedRows);
// without, the whole plan is, and compared with what is stored.
func (s *Store) SaveEdits(ctx context.Context, a *domain.Account, p *domain.Plan, entries []history.JournalEntry) error {
	w, err := prepareSave(a, p, entries)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.inTx(ctx, func(tx *sql.Tx) error { return s.writeSave(ctx, tx, w) }); err != nil {
		return err
	}
	s.afterSave(w)
	return nil
}

// pendingSave is a save validated and encoded, ready for its transaction.
type pendingSave struct {
	account     *domain.Account
	accountBody string
	accountRev  int64
	plan        *domain.Plan
	planRev     int64        // the plan's new version (set in the transaction)
	rows        *planRows    // the whole plan's rows, when the edits' reach is not known
	reach       domain.Reach // else what the edits may have changed
	stored      *planRows    // the rows the plan was saved from (set in the transaction)
	changes     rowChanges   // what the save writes of them (idem)
	journal     *journalBatch
}

func prepareSave(a *domain.Account, p *domain.Plan, entries []history.JournalEntry) (*pendingSave, error) {
	w := &pendingSave{account: a, plan: p}
	if a != nil {
		a.Name = strings.TrimSpace(a.Name)
		if err := a.Validate(); err != nil {
			return nil, err
		}
		b, err := json.Marshal(a)
		if err != nil {
			return nil, internal(err)
		}
		w.accountBody = string(b)
	}
	if p != nil {
		if err := validateUnlessEdited(p); err != nil {
			return nil, err
		}
		if err := w.encodePlan(p, entries); err != nil {
			return nil, internal(err)
		}
	}
	j, err := encodeJournal(p, entries)
	w.journal = j
	return w, err
}

// encodePlan encodes the whole plan, unless the journal entries say what their edits may
// have changed: then only that is encoded, in the transaction, where the stored rows are
// at hand.
func (w *pendingSave) encodePlan(p *domain.Plan, entries []history.JournalEntry) error {
	var ok bool
	if w.reach, ok = reachOf(entries); ok {
		return nil
	}
	var err error
	w.rows, err = toRows(p)
	return err
}

// validateUnlessEdited validates a plan, unless the edit that made it what it is was
// validated by Doc.Apply (the editor's plan): a commit is validated once. A plan from
// anywhere else — an importer, the command line, a file — is validated here.
func validateUnlessEdited(p *domain.Plan) error {
	if p.TakeValidated() {
		return nil
	}
	return p.Validate()
}

func (s *Store) writeSave(ctx context.Context, tx *sql.Tx, w *pendingSave) error {
	var err error
	if w.account != nil {
		if w.accountRev, err = writeAccount(ctx, tx, w.account, w.accountBody); err != nil {
			return err
		}
	}
	if w.plan != nil {
		if err := s.writePlan(ctx, tx, w); err != nil {
			return err
		}
	}
	return appendJournal(ctx, tx, w.journal)
}

// afterSave records what a committed save wrote.
func (s *Store) afterSave(w *pendingSave) {
	if w.account != nil {
		w.account.Version = w.accountRev
	}
	if w.plan != nil {
		w.changes.applyTo(w.stored, w.planRev)
		s.saved.remember(w.plan.ID, w.stored)
		w.plan.Version = w.planRev
	}
}
