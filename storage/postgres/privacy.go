package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/privacy"
	"kamplan/storage"
)

var _ privacy.Store = (*Store)(nil)

// holdingsIn reads all the server keeps of an account that the person may read: the
// account, its plans of every period, their snapshots and journals.
func holdingsIn(ctx context.Context, tx pgx.Tx, accountID string) (privacy.Holdings, error) {
	var h privacy.Holdings
	var err error
	if h.Account, err = accountFrom(ctx, tx, "id = $1", accountID); err != nil {
		return h, err
	}
	if h.Plans, err = plansOf(ctx, tx, accountID); err != nil {
		return h, err
	}
	if h.Snapshots, err = snapshotsOf(ctx, tx, accountID); err != nil {
		return h, err
	}
	h.Journal, err = entriesWhere(ctx, tx, "plan_id IN (SELECT id FROM plans WHERE account_id = $1) ORDER BY plan_id, seq", accountID)
	return h, err
}

func plansOf(ctx context.Context, tx pgx.Tx, accountID string) ([]*domain.Plan, error) {
	rows, err := tx.Query(ctx, "SELECT id FROM plans WHERE account_id = $1 ORDER BY period", accountID)
	if err != nil {
		return nil, internal(err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, internal(err)
	}
	st, err := settingsFrom(ctx, tx)
	if err != nil {
		return nil, err
	}
	var out []*domain.Plan
	for _, id := range ids {
		p, err := planFrom(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		p.Portfolio.Attractiveness.Factors = append([]domain.Factor(nil), st.Factors...)
		out = append(out, p)
	}
	return out, nil
}

func snapshotsOf(ctx context.Context, tx pgx.Tx, accountID string) ([]*history.Snapshot, error) {
	rows, err := tx.Query(ctx, `SELECT s.id, s.plan_id, s.kind, s.label, s.at, s.author, s.body FROM snapshots s
		JOIN plans p ON p.id = s.plan_id WHERE p.account_id = $1 ORDER BY s.at, s.id`, accountID)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []*history.Snapshot
	for rows.Next() {
		var snap history.Snapshot
		var body string
		if err := rows.Scan(&snap.ID, &snap.PlanID, &snap.Kind, &snap.Label, &snap.At, &snap.Author, &body); err != nil {
			return nil, internal(err)
		}
		f, err := storage.DecodePlanFile([]byte(body))
		if err != nil || len(f.Plans) != 1 {
			return nil, domain.Errorf(domain.CodeInternal, "store.corrupt", "snapshot %s cannot be read: %v", snap.ID, err)
		}
		snap.Account, snap.Plan = f.Account, f.Plans[0]
		out = append(out, &snap)
	}
	return out, internal(rows.Err())
}

// findPerson reads an account's holdings and finds the person in them.
func findPerson(ctx context.Context, tx pgx.Tx, accountID, nameOrEmail string) (privacy.Holdings, *privacy.Person, error) {
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

// PersonReport lists every place the server keeps a person in an account the person asking
// may read (see privacy.Store); an account of another team is not found.
func (s *Store) PersonReport(ctx context.Context, accountID, nameOrEmail string) (privacy.Report, error) {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return privacy.Report{}, internal(err)
	}
	defer tx.Rollback(ctx)
	h, who, err := findPerson(ctx, tx, accountID, nameOrEmail)
	if err != nil {
		return privacy.Report{}, err
	}
	return who.Report(h, nameOrEmail), nil
}

// Erasures lists the erasures of the accounts the person may read, newest first.
func (s *Store) Erasures(ctx context.Context) ([]privacy.Erasure, error) {
	rows, err := s.pool.Query(ctx, "SELECT at, author, account, records FROM erasures ORDER BY id DESC")
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []privacy.Erasure
	for rows.Next() {
		var e privacy.Erasure
		if err := rows.Scan(&e.At, &e.Author, &e.Account, &e.Records); err != nil {
			return nil, internal(err)
		}
		out = append(out, e)
	}
	return out, internal(rows.Err())
}

// DropHistoryBefore drops the journal entries and snapshots made before cutoff of the plans
// the person may change (their teams'); undo then steps back only through the entries kept.
func (s *Store) DropHistoryBefore(ctx context.Context, cutoff time.Time) (privacy.Dropped, error) {
	var d privacy.Dropped
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		j, err := tx.Exec(ctx, "DELETE FROM journal WHERE at < $1", cutoff)
		if err != nil {
			return internal(err)
		}
		sn, err := tx.Exec(ctx, "DELETE FROM snapshots WHERE at < $1", cutoff)
		if err != nil {
			return internal(err)
		}
		d = privacy.Dropped{Entries: int(j.RowsAffected()), Snapshots: int(sn.RowsAffected())}
		for _, link := range []string{"below", "undo_top", "redo_top"} {
			if _, err := tx.Exec(ctx, "UPDATE journal SET "+link+` = 0 WHERE `+link+` > 0 AND NOT EXISTS
				(SELECT 1 FROM journal j WHERE j.plan_id = journal.plan_id AND j.seq = journal.`+link+")"); err != nil {
				return internal(err)
			}
		}
		return nil
	})
	return d, err
}

// lockAccount locks the account against other saves while its person is erased; an account
// the person may read but not change (a director's of another team) is refused.
func lockAccount(ctx context.Context, tx pgx.Tx, accountID string) (team string, err error) {
	err = tx.QueryRow(ctx, "SELECT team FROM accounts WHERE id = $1 FOR UPDATE", accountID).Scan(&team)
	if errors.Is(err, pgx.ErrNoRows) {
		if _, err := accountFrom(ctx, tx, "id = $1", accountID); err != nil {
			return "", err
		}
		return "", readOnly("account")
	}
	return team, internal(err)
}
