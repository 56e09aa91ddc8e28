package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/privacy"
)

var _ privacy.Store = (*Store)(nil)

// holdingsIn reads all an account keeps: the account, its plans, their snapshots and journals.
func holdingsIn(ctx context.Context, tx *sql.Tx, accountID string) (privacy.Holdings, error) {
	var h privacy.Holdings
	var err error
	if h.Account, err = accountIn(ctx, tx, accountID); err != nil {
		return h, err
	}
	plans, err := stringColumn(ctx, tx, "SELECT id FROM plans WHERE account_id = ? ORDER BY period", accountID)
	if err != nil {
		return h, internal(err)
	}
	for _, id := range plans {
		_, p, err := loadDoc(ctx, tx, id)
		if err != nil {
			return h, err
		}
		h.Plans = append(h.Plans, p)
	}
	snaps, err := stringColumn(ctx, tx, `SELECT s.id FROM snapshots s JOIN plans p ON p.id = s.plan_id
		WHERE p.account_id = ? ORDER BY s.at, s.id`, accountID)
	if err != nil {
		return h, internal(err)
	}
	for _, id := range snaps {
		snap, _, err := snapshotIn(ctx, tx, id)
		if err != nil {
			return h, err
		}
		h.Snapshots = append(h.Snapshots, snap)
	}
	h.Journal, err = accountJournal(ctx, tx, accountID)
	return h, err
}

func accountJournal(ctx context.Context, tx *sql.Tx, accountID string) ([]history.JournalEntry, error) {
	rows, err := tx.QueryContext(ctx, `SELECT plan_id, seq, at, author, kind, edit, inverse FROM journal
		WHERE plan_id IN (SELECT id FROM plans WHERE account_id = ?) ORDER BY plan_id, seq`, accountID)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var raws []journalRaw
	for rows.Next() {
		var r journalRaw
		var at string
		if err := rows.Scan(&r.entry.PlanID, &r.entry.Seq, &at, &r.entry.Author, &r.entry.Kind, &r.edit, &r.inverse); err != nil {
			return nil, internal(err)
		}
		r.entry.At, _ = time.Parse(time.RFC3339Nano, at)
		raws = append(raws, r)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(err)
	}
	return decodeJournal(raws)
}

// findPerson reads an account's holdings and finds the person in them.
func findPerson(ctx context.Context, tx *sql.Tx, accountID, nameOrEmail string) (privacy.Holdings, *privacy.Person, error) {
	h, err := holdingsIn(ctx, tx, accountID)
	if err != nil {
		return h, nil, err
	}
	who := privacy.Find(h, nameOrEmail)
	if who == nil {
		return h, nil, domain.Errorf(domain.CodeNotFound, "privacy.no_person",
			"no contact named %q or with that e-mail in the plans of %s, their snapshots or their history", nameOrEmail, h.Account.Name)
	}
	return h, who, nil
}

// PersonReport lists every place the account keeps a person (see privacy.Store).
func (s *Store) PersonReport(ctx context.Context, accountID, nameOrEmail string) (privacy.Report, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return privacy.Report{}, internal(err)
	}
	defer tx.Rollback()
	h, who, err := findPerson(ctx, tx, accountID, nameOrEmail)
	if err != nil {
		return privacy.Report{}, err
	}
	return who.Report(h, nameOrEmail), nil
}

// Erasures lists the erasures made, newest first.
func (s *Store) Erasures(ctx context.Context) ([]privacy.Erasure, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT at, author, account, records FROM erasures ORDER BY id DESC")
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []privacy.Erasure
	for rows.Next() {
		var e privacy.Erasure
		var at string
		if err := rows.Scan(&at, &e.Author, &e.Account, &e.Records); err != nil {
			return nil, internal(err)
		}
		e.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, e)
	}
	return out, internal(rows.Err())
}

func encodeAccount(a *domain.Account) (string, error) {
	b, err := json.Marshal(a)
	return string(b), internal(err)
}
