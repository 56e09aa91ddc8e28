package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"kamplan/domain"
	"kamplan/domain/privacy"
	"kamplan/storage/historyrows"
)

var _ privacy.Store = (*Store)(nil)

// personal answers a person's requests about their data and keeps history only as long as
// the settings say (privacy.Store). It is part of the Store, which has its methods.
type personal struct{ s *Store }

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
	h.Journal, err = historyrows.AccountJournal(ctx, tx, accountID)
	return h, err
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
func (ps personal) PersonReport(ctx context.Context, accountID, nameOrEmail string) (privacy.Report, error) {
	tx, err := ps.s.db.BeginTx(ctx, nil)
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
func (ps personal) Erasures(ctx context.Context) ([]privacy.Erasure, error) {
	return historyrows.Erasures(ctx, ps.s.db)
}

// DropHistoryBefore drops the journal entries and the snapshots of every plan made before
// cutoff (the retention set in Settings); undo then steps back only through the entries kept.
func (ps personal) DropHistoryBefore(ctx context.Context, cutoff time.Time) (privacy.Dropped, error) {
	var d privacy.Dropped
	ps.s.mu.Lock()
	defer ps.s.mu.Unlock()
	err := ps.s.inTx(ctx, func(tx *sql.Tx) (err error) {
		d, err = historyrows.DropBefore(ctx, tx, timeText(cutoff))
		return err
	})
	return d, err
}

func encodeAccount(a *domain.Account) (string, error) {
	b, err := json.Marshal(a)
	return string(b), internal(err)
}
