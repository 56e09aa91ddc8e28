package storage

import (
	"context"
	"database/sql"
	"os"

	"kamplan/domain"
	"kamplan/storage/atomicfile"
)

// Backup writes a consistent copy of the database to path, even while it is being edited:
// VACUUM INTO reads one snapshot. The copy is written through the one file writer, so it
// appears only when complete and on disk; a new backup is its owner's alone.
func (s *Store) Backup(ctx context.Context, path string) error {
	if sameFile(path, s.path) {
		return domain.Errorf(domain.CodeInvalid, "store.backup_self", "the backup cannot replace the database itself")
	}
	return copyDatabase(ctx, s.db, path)
}

// Backups are the copies of the database kept beside it: one a day (Daily), one before each
// restore (Restore).
type Backups struct{ s *Store }

// Backups are the copies of the database kept beside it; Backup writes a copy anywhere.
func (s *Store) Backups() Backups { return Backups{s} }

// copyDatabase writes a consistent copy of the database to path (see Backup).
func copyDatabase(ctx context.Context, db *sql.DB, path string) error {
	return atomicfile.Write(path, func(f *os.File) error {
		// SQLite writes into the empty file itself, by name.
		if _, err := db.ExecContext(ctx, "VACUUM INTO ?", f.Name()); err != nil {
			return internal(err)
		}
		return nil
	})
}

// sameFile tells whether path is the file at other, under any name or through a link.
func sameFile(path, other string) bool {
	target, err := os.Stat(path)
	if err != nil {
		return false
	}
	o, err := os.Stat(other)
	return err == nil && os.SameFile(target, o)
}
