package postgres

import (
	"context"
	"strings"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/domain/history"
)

// SaveEdits saves the account (when a is not nil) and the plan (when p is not nil), each
// only from its stored version, and appends the journal entries of the edits, in one
// transaction: either all of it is written or nothing (see history.Store).
func (s *Store) SaveEdits(ctx context.Context, a *domain.Account, p *domain.Plan, entries []history.JournalEntry) error {
	w, err := prepareSave(a, p, entries)
	if err != nil {
		return err
	}
	var accountRev, planRev int64
	err = s.inTx(ctx, func(tx pgx.Tx) (err error) {
		if a != nil {
			if accountRev, err = writeAccount(ctx, tx, a, w.account); err != nil {
				return err
			}
		}
		if p != nil {
			if planRev, err = writePlan(ctx, tx, p, w.plan); err != nil {
				return err
			}
		}
		return appendJournal(ctx, tx, w.journal)
	})
	if err != nil {
		return err
	}
	if a != nil {
		a.Version = accountRev
	}
	if p != nil {
		p.Version = planRev
	}
	return nil
}

// pendingSave is a save validated and encoded, ready for its transaction.
type pendingSave struct {
	account []byte
	plan    planRow
	journal *journalBatch
}

func prepareSave(a *domain.Account, p *domain.Plan, entries []history.JournalEntry) (*pendingSave, error) {
	w := &pendingSave{}
	var err error
	if a != nil {
		a.Name = strings.TrimSpace(a.Name)
		if err := a.Validate(); err != nil {
			return nil, err
		}
		if w.account, err = encode(a); err != nil {
			return nil, err
		}
	}
	if p != nil {
		if !p.TakeValidated() { // Doc.Apply validated the editor's plan; anything else is validated here
			if err := p.Validate(); err != nil {
				return nil, err
			}
		}
		if w.plan, err = planRowOf(p); err != nil {
			return nil, err
		}
	}
	w.journal, err = encodeJournal(p, entries)
	return w, err
}
