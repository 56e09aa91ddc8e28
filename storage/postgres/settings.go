package postgres

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"kamplan/domain"
	"kamplan/storage"
)

// Settings returns the stored settings, with defaults for whatever was never set.
func (s *Store) Settings(ctx context.Context) (domain.Settings, error) {
	return settingsFrom(ctx, s.pool)
}

func settingsFrom(ctx context.Context, q queryer) (domain.Settings, error) {
	st := domain.DefaultSettings()
	var doc []byte
	var version int64
	err := q.QueryRow(ctx, "SELECT doc, version FROM settings WHERE id = 1").Scan(&doc, &version)
	if errors.Is(err, pgx.ErrNoRows) {
		return st, nil
	}
	if err != nil {
		return st, internal(err)
	}
	if err := json.Unmarshal(doc, &st); err != nil {
		return domain.DefaultSettings(), internal(err)
	}
	storage.FillSettingsDefaults(&st)
	st.Version = version
	return st, nil
}

// SaveSettings validates and stores the settings. Like SavePlan, it must start from the
// stored version (0 while nothing was ever saved), and sets st.Version. The plans need not
// be placed again: the portfolio places them with the settings as it reads them.
func (s *Store) SaveSettings(ctx context.Context, st *domain.Settings) error {
	v := *st
	storage.FillSettingsDefaults(&v)
	if err := storage.CheckSettings(v); err != nil {
		return err
	}
	doc, err := encode(v)
	if err != nil {
		return err
	}
	var rev int64
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		if rev, err = nextRevision(ctx, tx); err != nil {
			return err
		}
		var tag pgconn.CommandTag
		if st.Version == 0 {
			tag, err = tx.Exec(ctx, "INSERT INTO settings(id, doc, version) VALUES(1, $1, $2) ON CONFLICT (id) DO NOTHING", doc, rev)
		} else {
			tag, err = tx.Exec(ctx, "UPDATE settings SET doc = $1, version = $2 WHERE id = 1 AND version = $3", doc, rev, st.Version)
		}
		if err != nil {
			return internal(err)
		}
		if tag.RowsAffected() != 1 {
			return stale("settings")
		}
		return notify(ctx, tx, changeSettings, "settings", rev)
	})
	if err != nil {
		return err
	}
	st.Version = rev
	return nil
}
