package storage

import (
	"context"

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
	if unused, err := neverUsed(ctx, s.db); err != nil || !unused {
		return err
	}
	return s.seed(ctx)
}

// neverUsed tells whether nothing was ever written in the database (see seedIfNeverUsed).
func neverUsed(ctx context.Context, q queryer) (bool, error) {
	var revision, accounts int
	err := q.QueryRowContext(ctx, "SELECT (SELECT n FROM revision), (SELECT count(*) FROM accounts)").Scan(&revision, &accounts)
	if err != nil {
		return false, internal(err)
	}
	return revision == firstRevision && accounts == 0, nil
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
