package storage

import (
	"context"
	"os"

	"kamplan/domain"
	"kamplan/storage/atomicfile"
)

// Backup writes a consistent copy of the database to path, even while it is being edited:
// VACUUM INTO reads one snapshot. The copy is written through the one file writer, so it
// appears only when complete and on disk; a new backup is its owner's alone.
func (s *Store) Backup(ctx context.Context, path string) error {
	if s.isDatabase(path) {
		return domain.Errorf(domain.CodeInvalid, "store.backup_self", "the backup cannot replace the database itself")
	}
	return atomicfile.Write(path, func(f *os.File) error {
		// SQLite writes into the empty file itself, by name.
		if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", f.Name()); err != nil {
			return internal(err)
		}
		return nil
	})
}

// isDatabase tells whether path is the database file, under any name or through a link.
func (s *Store) isDatabase(path string) bool {
	target, err := os.Stat(path)
	if err != nil {
		return false
	}
	db, err := os.Stat(s.path)
	return err == nil && os.SameFile(target, db)
}
