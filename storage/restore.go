package storage

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"modernc.org/sqlite"

	"kamplan/domain"
)

// tablesSince are the tables a database of this program has from a schema version on.
var tablesSince = []struct {
	version int
	table   string
}{{1, "settings"}, {1, "accounts"}, {1, "plans"}, {1, "plan_items"}, {2, "revision"}, {7, "journal"}, {8, "snapshots"}}

// CheckRestorable reads the file at path, without changing it, and says why it cannot
// replace the database: it is missing, not SQLite, cut short, damaged, another program's
// database, or one written by a newer version of this program.
func CheckRestorable(path string) error {
	if err := checkWhole(path); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+url.PathEscape(path)+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return restoreRefused("store.restore_not_db", "%s is not a KAM Planner database", path)
	}
	defer db.Close()
	var version int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return restoreRefused("store.restore_damaged", "%s is damaged (%v)", path, err)
	}
	if version > latestVersion() {
		return restoreRefused("store.restore_newer", "%s was written by a newer version of KAM Planner (schema %d; this one knows %d)",
			path, version, latestVersion())
	}
	for _, t := range tablesSince {
		var n int
		err := db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", t.table).Scan(&n)
		if err != nil || version == 0 || (version >= t.version && n == 0) {
			return restoreRefused("store.restore_foreign", "%s is not a KAM Planner database: it has no table %s", path, t.table)
		}
	}
	var verdict string
	if err := db.QueryRow("PRAGMA integrity_check(1)").Scan(&verdict); err != nil || verdict != "ok" {
		if err != nil {
			verdict = err.Error()
		}
		return restoreRefused("store.restore_damaged", "%s is damaged (%v)", path, verdict)
	}
	return nil
}

// checkWhole reads the SQLite header: a file that does not start as a database, or that
// is shorter than the size its header gives, is refused before SQLite opens it.
func checkWhole(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return restoreRefused("store.restore_read", "cannot read %s (%v)", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return restoreRefused("store.restore_read", "cannot read %s (%v)", path, err)
	}
	if info.IsDir() {
		return restoreRefused("store.restore_folder", "%s is a folder, not a backup", path)
	}
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil || string(head[:16]) != string(sqliteHeader) {
		return restoreRefused("store.restore_not_db", "%s is not a KAM Planner database", path)
	}
	pageSize := int64(binary.BigEndian.Uint16(head[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(head[28:32]))
	sizeValid := binary.BigEndian.Uint32(head[24:28]) == binary.BigEndian.Uint32(head[92:96])
	if want := pageSize * pages; sizeValid && want > info.Size() {
		return restoreRefused("store.restore_cut", "%s is cut short (%d of %d bytes)", path, info.Size(), want)
	}
	return nil
}

func restoreRefused(key, format string, args ...any) error {
	return domain.Errorf(domain.CodeInvalid, key, format+": nothing was restored, the current data is unchanged", args...)
}

// Restore replaces the database's content with the backup at path once CheckRestorable
// accepts it, after copying the database as it is beside itself (savedAs). An older backup
// is brought up to this version's schema, as when it is opened.
func (b Backups) Restore(ctx context.Context, path string) (savedAs string, err error) {
	return b.restore(ctx, path, true)
}

func (b Backups) restore(ctx context.Context, path string, keepCopy bool) (string, error) {
	s := b.s
	if err := CheckRestorable(path); err != nil {
		return "", err
	}
	if a, b := absPath(path), absPath(s.path); a == b {
		return "", restoreRefused("store.restore_self", "%s is the database itself", path)
	}
	savedAs := ""
	if keepCopy {
		savedAs = besideName(s.path, "before-restore-"+time.Now().Format("20060102-150405"))
		if err := s.Backup(ctx, savedAs); err != nil {
			return "", err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := copyIn(ctx, s.db, path); err != nil {
		return savedAs, domain.Errorf(domain.CodeInternal, "store.restore_failed", "cannot restore %s: %v", path, err)
	}
	s.saved.forgetAll()
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return savedAs, internal(err)
	}
	return savedAs, migrate(s.db, s.path, version)
}

// copyIn copies every page of the backup into the database, in one step of SQLite's
// backup interface: other connections see the old content or the new one, never a mix.
func copyIn(ctx context.Context, db *sql.DB, path string) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		r, ok := dc.(interface {
			NewRestore(string) (*sqlite.Backup, error)
		})
		if !ok {
			return errors.New("the SQLite driver cannot restore")
		}
		b, err := r.NewRestore("file:" + url.PathEscape(path) + "?mode=ro")
		if err != nil {
			return err
		}
		if _, err := b.Step(-1); err != nil {
			b.Finish()
			return err
		}
		return b.Finish()
	})
}

func absPath(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

// besideName is a file beside the database: kamplan.db → kamplan-<tag>.db.
func besideName(dbPath, tag string) string {
	ext := filepath.Ext(dbPath)
	return dbPath[:len(dbPath)-len(ext)] + "-" + tag + ext
}

// RestoreInto restores the backup at path into the database at dbPath (see Restore); when
// there is no database there yet, one is made from the backup.
func RestoreInto(ctx context.Context, dbPath, path string) (savedAs string, err error) {
	if err := CheckRestorable(path); err != nil {
		return "", err
	}
	s, err := OpenExisting(dbPath)
	keep := true
	if domain.CodeOf(err) == domain.CodeNotFound {
		keep = false
		s, err = OpenNoSeed(dbPath)
	}
	if err != nil {
		return "", err
	}
	savedAs, err = s.Backups().restore(ctx, path, keep)
	if err != nil && !keep { // the database made for the backup holds nothing: take it back
		return "", errors.Join(err, s.CloseDiscardingUnused())
	}
	return savedAs, errors.Join(err, s.Close())
}
