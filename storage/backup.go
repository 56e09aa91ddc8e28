package storage

import (
	"context"
	"os"
	"path/filepath"

	"kamplan/domain"
)

// Backup writes a consistent copy of the database to path, even while it is being edited:
// VACUUM INTO reads one snapshot. The copy appears only when complete.
func (s *Store) Backup(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return domain.Errorf(domain.CodeInvalid, "store.backup_path", "cannot write a backup to %s: %v", path, err)
	}
	if self, _ := filepath.Abs(s.path); self == abs {
		return domain.Errorf(domain.CodeInvalid, "store.backup_self", "the backup cannot replace the database itself")
	}
	tmp, err := os.CreateTemp(filepath.Dir(abs), ".kamplan-backup-*")
	if err != nil {
		return domain.Errorf(domain.CodeInvalid, "store.backup_path", "cannot write a backup to %s: %v", path, err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	os.Remove(tmpName) // VACUUM INTO wants to create the file itself
	defer os.Remove(tmpName)
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", tmpName); err != nil {
		return internal(err)
	}
	if err := os.Chmod(tmpName, 0o600); err != nil {
		return internal(err)
	}
	if err := os.Rename(tmpName, abs); err != nil {
		return domain.Errorf(domain.CodeInvalid, "store.backup_path", "cannot write a backup to %s: %v", path, err)
	}
	return nil
}
