package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"kamplan/domain"
)

// SaveEdits saves the account (when a is not nil) and the plan (when p is not nil), each
// only from its stored version, and appends the journal entries of the edits, in one
// transaction: either all of it is written or nothing. See domain.Store.
func (s *Store) SaveEdits(ctx context.Context, a *domain.Account, p *domain.Plan, entries []domain.JournalEntry) error {
	w, err := prepareSave(a, p, entries)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return internal(err)
	}
	defer tx.Rollback()
	if err := s.writeSave(ctx, tx, w); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return internal(err)
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
	rows        *planRows
	journal     *journalBatch
}

func prepareSave(a *domain.Account, p *domain.Plan, entries []domain.JournalEntry) (*pendingSave, error) {
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
		if err := p.Validate(); err != nil {
			return nil, err
		}
		rows, err := toRows(p)
		if err != nil {
			return nil, internal(err)
		}
		w.rows = rows
	}
	j, err := encodeJournal(p, entries)
	w.journal = j
	return w, err
}

func (s *Store) writeSave(ctx context.Context, tx *sql.Tx, w *pendingSave) error {
	var err error
	if w.account != nil {
		if w.accountRev, err = writeAccount(ctx, tx, w.account, w.accountBody); err != nil {
			return err
		}
	}
	if w.plan != nil {
		if err := s.writePlan(ctx, tx, w.plan, w.rows); err != nil {
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
		s.saved[w.plan.ID] = w.rows
		w.plan.Version = w.rows.version
	}
}
