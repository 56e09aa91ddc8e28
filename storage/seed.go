package storage

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"kamplan/assets"
	"kamplan/domain"
)

// revisionsSince is the schema version from which a database counts its writes (the
// revision counter of migration 002); firstRevision is where the counter starts.
const (
	revisionsSince = 2
	firstRevision  = 1
)

// seedIfNeverUsed fills a database that was never used with the sample accounts, so that
// a new user sees whole plans. Never used means nothing was ever written in it: no
// account, no plan, no settings, nothing written and deleted since — the revision counter
// every write moves is still where a new database starts. That is a new database, or one
// an import created and then failed to fill. fromVersion is the schema the database had
// when opened: an older one did not count its writes, so cannot be known never used.
func (s *Store) seedIfNeverUsed(ctx context.Context, fromVersion int) error {
	if fromVersion > 0 && fromVersion < revisionsSince {
		return nil
	}
	var revision, accounts int
	err := s.db.QueryRowContext(ctx, "SELECT (SELECT n FROM revision), (SELECT count(*) FROM accounts)").Scan(&revision, &accounts)
	if err != nil {
		return internal(err)
	}
	if revision != firstRevision || accounts != 0 {
		return nil
	}
	return s.seed(ctx)
}

// seed fills the database with the sample accounts.
func (s *Store) seed(ctx context.Context) error {
	files, err := assets.SampleFiles()
	if err != nil {
		return domain.Errorf(domain.CodeInternal, "store.seed", "the sample plans cannot be read: %v", err)
	}
	for _, b := range files {
		if _, err := s.ImportJSON(ctx, b, false); err != nil {
			return domain.Errorf(domain.CodeInternal, "store.seed", "a sample plan is invalid: %v", err)
		}
	}
	return nil
}

// CloseDiscardingNew closes the store and, when opening it made the database — a new file,
// or an empty file turned into one — takes that back: the file is removed (an empty file
// emptied again) with its -wal and -shm files, and a folder made for it. An import that
// failed calls it, so that it leaves no empty database behind.
func (s *Store) CloseDiscardingNew() error {
	err := s.Close()
	if !s.origin.isNew() {
		return err
	}
	for _, extra := range []string{s.path + "-wal", s.path + "-shm"} {
		if rerr := os.Remove(extra); rerr != nil && !errors.Is(rerr, os.ErrNotExist) && err == nil {
			err = rerr
		}
	}
	if s.origin.empty {
		return errors.Join(err, os.Truncate(s.path, 0))
	}
	err = errors.Join(err, os.Remove(s.path))
	if s.origin.dirMade {
		os.Remove(filepath.Dir(s.path)) // only when nothing else came into it
	}
	return err
}
