// Package storage keeps accounts and plans in a local SQLite database and reads and writes
// the portable plan file.
package storage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sync"

	"kamplan/domain"
	"kamplan/domain/history"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// Store is the local database of accounts and plans. It is safe for concurrent use. It
// implements domain.Store and history.Store: the plans' journal and snapshots are reached
// as Journal() and Snapshots(), the copies of the database kept beside it as Backups().
type Store struct {
	db   *sql.DB
	path string

	mu     sync.Mutex // guards saved and author, and serialises writes
	saved  recentRows // what the plans used last look like in the database
	author string     // who uses the store (SetAuthor)

	origin origin // what was at path before this store opened it

	personal // a person's requests about their data, and the retention of history
}

var (
	_ domain.Store  = (*Store)(nil)
	_ history.Store = (*Store)(nil)
)

// DefaultPath is KAMPLAN_DB when set, else kamplan.db in the user's configuration directory.
func DefaultPath() (string, error) {
	if p := os.Getenv("KAMPLAN_DB"); p != "" {
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", domain.Errorf(domain.CodeInternal, "store.no_config_dir", "no configuration directory to keep the database in (%v): use --db FILE", err)
	}
	return filepath.Join(dir, "kamplan", "kamplan.db"), nil
}

// Open opens the database at path, creating it when it does not exist or is an empty file,
// and migrating it when it is older than this program. A database that was never used —
// new, or left empty by an import that failed — is given the sample plans; one whose
// accounts were deleted is not.
func Open(path string) (*Store, error) { return open(path, true) }

// OpenNoSeed opens like Open but leaves a new database empty.
func OpenNoSeed(path string) (*Store, error) { return open(path, false) }

// OpenExisting opens (and migrates) the database at path only when there is one: a missing
// or empty file is refused with "no database at …", and nothing is created.
func OpenExisting(path string) (*Store, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist) || (err == nil && info.Mode().IsRegular() && info.Size() == 0):
		return nil, domain.Errorf(domain.CodeNotFound, "store.no_db",
			"no database at %s (only the desktop app and the import verbs create one)", path)
	case err != nil:
		return nil, domain.Errorf(domain.CodeInvalid, "store.stat", "cannot open %s: %v", path, err)
	case info.IsDir():
		return nil, domain.Errorf(domain.CodeInvalid, "store.is_dir", "%s is a folder, not a database file", path)
	}
	version, err := checkExisting(path)
	if err != nil {
		return nil, err
	}
	return connectAndMigrate(path, version, false)
}

func open(path string, seed bool) (*Store, error) {
	o, err := prepareFile(path)
	if err != nil {
		return nil, err
	}
	version := 0
	if !o.isNew() {
		if version, err = checkExisting(path); err != nil {
			return nil, err
		}
	}
	s, err := connectAndMigrate(path, version, true)
	if err != nil {
		return nil, err
	}
	s.origin = o
	if seed {
		if err := s.seedIfNeverUsed(context.Background(), version); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

// connectAndMigrate opens the pool and brings the schema from version to the latest.
func connectAndMigrate(path string, version int, create bool) (*Store, error) {
	s, err := connect(path, create)
	if err != nil {
		return nil, err
	}
	if err := migrate(s.db, s.path, version); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// origin is what stood at a database's path before it was opened.
type origin struct {
	created bool // nothing: the file was created
	empty   bool // an empty file, made a database
	dirMade bool // not even the folder: it was created too
}

func (o origin) isNew() bool { return o.created || o.empty }

// prepareFile creates the directory and, for a new database, an empty file readable by
// its owner alone, so that SQLite's -wal and -shm files inherit that mode. An existing
// empty file is a new database too, and is made the owner's alone the same way.
func prepareFile(path string) (origin, error) {
	var o origin
	if _, err := os.Stat(filepath.Dir(path)); errors.Is(err, os.ErrNotExist) {
		o.dirMade = true
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return o, domain.Errorf(domain.CodeInvalid, "store.mkdir", "cannot create the folder of %s: %v", path, err)
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return o, domain.Errorf(domain.CodeInvalid, "store.is_dir", "%s is a folder, not a database file", path)
	case err == nil && info.Size() == 0:
		o.empty = true
		if err := os.Chmod(path, 0o600); err != nil {
			return o, domain.Errorf(domain.CodeInvalid, "store.create", "cannot create %s: %v", path, err)
		}
		return o, nil
	case err == nil:
		return o, nil
	case !errors.Is(err, os.ErrNotExist):
		return o, domain.Errorf(domain.CodeInvalid, "store.stat", "cannot open %s: %v", path, err)
	}
	return origin{created: true, dirMade: o.dirMade}, createOwnerOnly(path)
}

func createOwnerOnly(path string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return domain.Errorf(domain.CodeInvalid, "store.create", "cannot create %s: %v", path, err)
	}
	f.Close()
	if err := os.Chmod(path, 0o600); err != nil { // whatever the umask
		return domain.Errorf(domain.CodeInvalid, "store.create", "cannot create %s: %v", path, err)
	}
	return nil
}

var sqliteHeader = []byte("SQLite format 3\x00")

// checkExisting refuses, without writing a byte, a file that is not SQLite, a SQLite
// database of another program, or one written by a newer version of this program.
func checkExisting(path string) (int, error) {
	if err := checkHeader(path); err != nil {
		return 0, err
	}
	db, err := sql.Open("sqlite", readOnly(path)+"&_pragma=busy_timeout(5000)")
	if err != nil {
		return 0, notADatabase(path)
	}
	defer db.Close()
	var version, tables int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return 0, unreadable(path, err)
	}
	if err := db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'plans'").Scan(&tables); err != nil {
		return 0, unreadable(path, err)
	}
	switch {
	case version > latestVersion():
		return 0, domain.Errorf(domain.CodeInvalid, "store.newer",
			"%s was written by a newer version of KAM Planner (schema %d; this one knows %d): update the program; the file was not changed", path, version, latestVersion())
	case version == 0 || tables == 0:
		return 0, domain.Errorf(domain.CodeInvalid, "store.foreign",
			"%s is a SQLite database of another program, not a KAM Planner database; the file was not changed", path)
	}
	return version, nil
}

func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return domain.Errorf(domain.CodeInvalid, "store.read", "cannot read %s: %v", path, err)
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteHeader) {
		return notADatabase(path)
	}
	return nil
}

func notADatabase(path string) error {
	return domain.Errorf(domain.CodeInvalid, "store.not_db", "%s is not a KAM Planner database (not a SQLite file); the file was not changed", path)
}

// unreadable says why SQLite could not read a file that starts as a SQLite database: it
// is damaged, or it could not be read at all (locked by another program, say).
func unreadable(path string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_CORRUPT || se.Code()&0xff == sqlite3.SQLITE_NOTADB) {
		return domain.Errorf(domain.CodeInvalid, "store.damaged", "%s is damaged and cannot be read as a database (%v); the file was not changed", path, err)
	}
	return domain.Errorf(domain.CodeInvalid, "store.read", "cannot read %s: %v", path, err)
}

// connect opens the pool; the pragmas ride on the DSN so every pooled connection has them.
// synchronous(FULL): in WAL mode a commit is on disk before SavePlan returns, so a power
// cut loses at most the edit in flight.
// Unless create is set, SQLite itself is told not to create the file (mode=rw).
func connect(path string, create bool) (*Store, error) {
	dsn := "file:" + url.PathEscape(path) + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)" +
		"&_pragma=busy_timeout(10000)&_pragma=synchronous(FULL)&_txlock=immediate"
	if !create {
		dsn += "&mode=rw"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "store.open", "cannot open %s: %v", path, err)
	}
	db.SetMaxOpenConns(4)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, domain.Errorf(domain.CodeInvalid, "store.open", "cannot open %s: %v", path, err)
	}
	s := &Store{db: db, path: path, author: DefaultAuthor()}
	s.personal = personal{s}
	return s, nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close releases the database.
func (s *Store) Close() error { return s.db.Close() }

// CloseDiscardingUnused closes the store and, when opening it made the database — a new
// file, or an empty file turned into one — and nothing was written in it since, takes that
// back: the file is removed (an empty file emptied again) with its -wal and -shm files, and
// a folder made for it. The imports close with it, so that one that failed or found
// nothing to import leaves no empty database behind.
func (s *Store) CloseDiscardingUnused() error {
	unused := false
	if s.origin.isNew() {
		var err error
		if unused, err = neverUsed(context.Background(), s.db); err != nil {
			s.Close()
			return err
		}
	}
	err := s.Close()
	if !unused {
		return err
	}
	err = errors.Join(err, removeIfThere(s.path+"-wal"), removeIfThere(s.path+"-shm"))
	if s.origin.empty {
		return errors.Join(err, os.Truncate(s.path, 0))
	}
	err = errors.Join(err, os.Remove(s.path))
	if s.origin.dirMade {
		os.Remove(filepath.Dir(s.path)) // only when nothing else came into it
	}
	return err
}

func removeIfThere(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

func internal(err error) error {
	if err == nil {
		return nil
	}
	var de *domain.Error
	var ps domain.Problems
	if errors.As(err, &de) || errors.As(err, &ps) {
		return err
	}
	return domain.Errorf(domain.CodeInternal, "store.internal", "database error: %v", err)
}

func notFound(what, id string) error {
	return domain.Errorf(domain.CodeNotFound, "store.not_found", "no %s %s", what, fmt.Sprintf("%q", id))
}
