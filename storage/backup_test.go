package storage

import (
	"os"
	"path/filepath"
	"testing"

	"kamplan/domain"
)

// A backup never replaces the database it copies, whatever name leads to it: the path
// itself, another spelling of it, or a link to it.
func TestBackupNeverReplacesTheDatabase(t *testing.T) {
	s := seededStore(t)
	before := hashFile(t, s.Path())
	dir := filepath.Dir(s.Path())
	link := filepath.Join(t.TempDir(), "looks-like-a-backup.db")
	if err := os.Symlink(s.Path(), link); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{s.Path(), filepath.Join(dir, "..", filepath.Base(dir), "kamplan.db"), link} {
		if err := s.Backup(ctx, path); domain.CodeOf(err) != domain.CodeInvalid {
			t.Fatalf("backup to %s: %v", path, err)
		}
	}
	if hashFile(t, s.Path()) != before {
		t.Fatal("a backup changed the database")
	}
	if names, _ := os.ReadDir(dir); len(names) != 3 { // the database, its -wal and -shm
		t.Fatalf("the folder holds %v", names)
	}
}

// A backup replacing an older one keeps the mode its owner gave it, and a backup through a
// link replaces the file the link leads to.
func TestBackupKeepsModeAndLinks(t *testing.T) {
	s := seededStore(t)
	dir := t.TempDir()
	old, link := filepath.Join(dir, "monday.db"), filepath.Join(dir, "latest.db")
	if err := os.WriteFile(old, []byte("last week"), 0o640); err != nil {
		t.Fatal(err)
	}
	os.Chmod(old, 0o640)
	os.Symlink("monday.db", link)
	if err := s.Backup(ctx, link); err != nil {
		t.Fatal(err)
	}
	info, err := os.Lstat(link)
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v", err)
	}
	copied, err := OpenExisting(old)
	if err != nil {
		t.Fatal(err)
	}
	defer copied.Close()
	rows, _ := copied.Portfolio(ctx)
	if info, _ := os.Stat(old); info.Mode().Perm() != 0o640 || len(rows) == 0 {
		t.Fatalf("the backup has mode %v and %d plans", info.Mode().Perm(), len(rows))
	}
}
