package storage

import (
	"context"
	"database/sql"
)

// SyncBase is what this database and a team store last agreed on for one account or plan
// (see package storage/replica): the versions and journal positions of both copies then,
// and the content they both had, as JSON.
type SyncBase struct {
	Kind                        string // SyncAccount, SyncPlan or SyncSettings
	LocalID, RemoteID           string // "" while the copy on that side is being created
	AccountID, Period           string
	LocalVersion, RemoteVersion int64
	LocalSeq, RemoteSeq         int64
	Body                        []byte
}

// The kinds of SyncBase.
const (
	SyncAccount  = "account"
	SyncPlan     = "plan"
	SyncSettings = "settings" // the portfolio's settings, one for the team
)

// SyncBases keeps the bases of the sync with a team store in this database.
type SyncBases struct{ s *Store }

// SyncBasesOf are the bases of the sync with a team store that s keeps.
func SyncBasesOf(s *Store) SyncBases { return SyncBases{s} }

// List lists every base kept.
func (sb SyncBases) List(ctx context.Context) ([]SyncBase, error) {
	rows, err := sb.s.db.QueryContext(ctx, `SELECT kind, local_id, remote_id, account_id, period,
		local_version, remote_version, local_seq, remote_seq, body FROM sync_bases ORDER BY kind, local_id, remote_id`)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []SyncBase
	for rows.Next() {
		var b SyncBase
		var body string
		if err := rows.Scan(&b.Kind, &b.LocalID, &b.RemoteID, &b.AccountID, &b.Period,
			&b.LocalVersion, &b.RemoteVersion, &b.LocalSeq, &b.RemoteSeq, &body); err != nil {
			return nil, internal(err)
		}
		b.Body = []byte(body)
		out = append(out, b)
	}
	return out, internal(rows.Err())
}

// Put keeps b, in place of the bases of the same kind with its local or its remote id (the
// mark of a copy being created among them), in one transaction.
func (sb SyncBases) Put(ctx context.Context, b SyncBase) error {
	s := sb.s
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if err := deleteSyncBases(ctx, tx, b.Kind, b.LocalID, b.RemoteID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO sync_bases(kind, local_id, remote_id, account_id, period,
			local_version, remote_version, local_seq, remote_seq, body) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			b.Kind, b.LocalID, b.RemoteID, b.AccountID, b.Period, b.LocalVersion, b.RemoteVersion, b.LocalSeq, b.RemoteSeq, string(b.Body))
		return internal(err)
	})
}

// Delete forgets the bases of a kind with the local id or the remote id given ("" matches
// only the marks of copies being created).
func (sb SyncBases) Delete(ctx context.Context, kind, localID, remoteID string) error {
	s := sb.s
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inTx(ctx, func(tx *sql.Tx) error { return deleteSyncBases(ctx, tx, kind, localID, remoteID) })
}

func deleteSyncBases(ctx context.Context, tx *sql.Tx, kind, localID, remoteID string) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM sync_bases WHERE kind = ? AND
		((local_id = ? AND (? <> '' OR remote_id = '')) OR (remote_id = ? AND (? <> '' OR local_id = '')))`,
		kind, localID, localID, remoteID, remoteID)
	return internal(err)
}
