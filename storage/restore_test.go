package storage

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// exported is the whole content of a store, as plan files.
func exported(t *testing.T, s *Store) string {
	t.Helper()
	rows, err := s.Portfolio(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		p, err := s.LoadPlan(ctx, r.PlanID)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s %s %d\n", r.AccountName, p.Period, p.Risks, p.Wallet.Potential)
	}
	return b.String()
}

// backupOf writes a backup of s and returns its path.
func backupOf(t *testing.T, s *Store, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := s.Backup(ctx, path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRestoreRefusesWhatIsNotABackupOfThisApp(t *testing.T) {
	s := seededStore(t)
	dir := t.TempDir()
	good := backupOf(t, s, "good.db")
	data, _ := os.ReadFile(good)
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	newer := backupOf(t, s, "newer.db")
	foreign := filepath.Join(dir, "foreign.db")
	damaged := append([]byte(nil), data...)
	for i := len(damaged) / 2; i < len(damaged)/2+4096; i++ {
		damaged[i] = 0xA5
	}
	for _, q := range []struct{ path, sql string }{{newer, fmt.Sprintf("PRAGMA user_version = %d", latestVersion()+1)},
		{foreign, "CREATE TABLE notes(text TEXT)"}} {
		db, err := sqlOpen(q.path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(q.sql); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	tests := []struct{ name, path, key string }{
		{"garbage", write("notes.db", []byte("notes of the meeting, not a database")), "store.restore_not_db"},
		{"empty", write("empty.db", nil), "store.restore_not_db"},
		{"a newer version's database", newer, "store.restore_newer"},
		{"cut short", write("cut.db", data[:len(data)/2]), "store.restore_cut"},
		{"damaged", write("damaged.db", damaged), "store.restore_damaged"},
		{"another program's database", foreign, "store.restore_foreign"},
		{"missing", filepath.Join(dir, "nope.db"), "store.restore_read"},
		{"a folder", dir, "store.restore_folder"},
		{"the database itself", s.Path(), "store.restore_self"},
	}
	before := exported(t, s)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			saved, err := s.Backups().Restore(ctx, tt.path)
			var de *domain.Error
			if !asDomainError(err, &de) || de.Key != tt.key || saved != "" || !strings.Contains(de.Msg, "the current data is unchanged") {
				t.Fatalf("%v (%s)", err, saved)
			}
			if exported(t, s) != before {
				t.Fatal("a refused restore changed the data")
			}
		})
	}
	if matches, _ := filepath.Glob(filepath.Join(filepath.Dir(s.Path()), "*before-restore*")); len(matches) != 0 {
		t.Fatalf("a refused restore copied the database aside: %v", matches)
	}
}

// Checking and restoring a backup adds no file beside it: neither a backup of this app
// nor a copy of a database in WAL mode taken without its -wal file. A copy taken with its
// -wal file is read with it, as that file holds part of its content (SQLite keeps its
// index of the -wal file beside it).
func TestRestoreLeavesTheBackupsFolderAsItWas(t *testing.T) {
	s := seededStore(t)
	want := exported(t, s)
	other, err := Open(filepath.Join(t.TempDir(), "live.db")) // the sample plans, in its -wal file
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	withWAL := copyFiles(t, other.Path(), "with-wal.db", "", "-wal")
	if _, err := other.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	withoutWAL := copyFiles(t, other.Path(), "without-wal.db", "")
	for _, tt := range []struct {
		path  string
		files []string
	}{
		{backupOf(t, s, "bk.db"), []string{"bk.db"}},
		{withoutWAL, []string{"without-wal.db"}},
		{withWAL, []string{"with-wal.db", "with-wal.db-shm", "with-wal.db-wal"}},
	} {
		changeRisks(t, s, "changed before the restore")
		if err := CheckRestorable(tt.path); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Backups().Restore(ctx, tt.path); err != nil {
			t.Fatal(err)
		}
		if got := exported(t, s); got != want {
			t.Fatalf("%s restored\n%s\nwant\n%s", filepath.Base(tt.path), got, want)
		}
		entries, _ := os.ReadDir(filepath.Dir(tt.path))
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if fmt.Sprint(names) != fmt.Sprint(tt.files) {
			t.Fatalf("the backup's folder holds %v, want %v", names, tt.files)
		}
	}
}

// copyFiles copies the database at path and the files beside it with the suffixes, as a
// person copies files, into a new folder under name; it returns the copy's path.
func copyFiles(t *testing.T, path, name string, suffixes ...string) string {
	t.Helper()
	to := filepath.Join(t.TempDir(), name)
	for _, suffix := range suffixes {
		data, err := os.ReadFile(path + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to+suffix, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return to
}

// A backup is restored whole, journal and snapshots included, after the database as it
// was is copied beside it.
func TestRestoreBringsBackTheBackup(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.Portfolio(3)[1])
	d := docOf(t, s, p.ID)
	if err := edit(t, s, d, history.JournalDo, "Laura", domain.SetField{Field: "risks", Value: "antes"}); err != nil {
		t.Fatal(err)
	}
	then := exported(t, s)
	backup := backupOf(t, s, "then.db")
	if err := edit(t, s, d, history.JournalDo, "Laura", domain.SetField{Field: "risks", Value: "después"}); err != nil {
		t.Fatal(err)
	}
	now := exported(t, s)
	saved, err := s.Backups().Restore(ctx, backup)
	if err != nil {
		t.Fatal(err)
	}
	if exported(t, s) != then {
		t.Fatal("the restored data is not the backup's")
	}
	if page, _ := s.Journal().Page(ctx, p.ID, history.JournalQuery{}); len(page.Entries) != 1 {
		t.Fatalf("the restored journal has %d entries", len(page.Entries))
	}
	if err := edit(t, s, docOf(t, s, p.ID), history.JournalDo, "Laura", domain.SetField{Field: "risks", Value: "otra vez"}); err != nil {
		t.Fatalf("saving after a restore: %v", err)
	}
	copyOfBefore, err := OpenExisting(saved)
	if err != nil {
		t.Fatal(err)
	}
	defer copyOfBefore.Close()
	if exported(t, copyOfBefore) != now {
		t.Fatal("the copy kept before the restore is not the data as it was")
	}
}

// A backup from before the journal existed is restored and brought up to date.
func TestRestoreUpgradesAnOlderBackup(t *testing.T) {
	s := seededStore(t)
	old := backupOf(t, s, "old.db")
	db, err := sqlOpen(old)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"DROP TABLE journal", "DROP TABLE snapshots", "PRAGMA user_version = 6"} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	target := filepath.Join(t.TempDir(), "new.db")
	if _, err := RestoreInto(ctx, target, old); err != nil {
		t.Fatal(err)
	}
	r, err := OpenExisting(target)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if exported(t, r) != exported(t, s) {
		t.Fatal("the restored data differs")
	}
	rows, _ := r.Portfolio(ctx)
	if _, err := r.Snapshots().Create(ctx, rows[0].PlanID, history.SnapshotManual, "", ""); err != nil {
		t.Fatalf("the restored database was not upgraded: %v", err)
	}
}

func TestDailyBackupsKeepTheLastFourteen(t *testing.T) {
	s := tempStore(t)
	importFile(t, s, gen.Portfolio(2)[0])
	dir := filepath.Dir(s.Path())
	other := filepath.Join(dir, "kamplan-backup-notes.txt")
	os.WriteFile(other, []byte("mine"), 0o600)
	day := time.Date(2027, 3, 1, 9, 0, 0, 0, time.Local)
	for i := range 20 {
		path, made, err := s.Backups().Daily(ctx, day.AddDate(0, 0, i))
		if err != nil || !made || filepath.Base(path) != "kamplan-backup-"+day.AddDate(0, 0, i).Format("2006-01-02")+".db" {
			t.Fatalf("day %d: %s %v %v", i, path, made, err)
		}
		if _, made, _ := s.Backups().Daily(ctx, day.AddDate(0, 0, i).Add(8*time.Hour)); made {
			t.Fatalf("day %d: a second copy the same day", i)
		}
	}
	files, _ := s.Backups().DailyFiles()
	if len(files) != DailyBackups || !strings.HasSuffix(files[0], "2027-03-20.db") || !strings.HasSuffix(files[13], "2027-03-07.db") {
		t.Fatalf("kept %v", files)
	}
	if _, err := os.Stat(other); err != nil {
		t.Fatal("a file that is not a daily copy was deleted")
	}
	if err := CheckRestorable(files[0]); err != nil {
		t.Fatalf("a daily copy is not restorable: %v", err)
	}
}

// sqlOpen opens a database file directly, to make it older, newer or another program's.
func sqlOpen(path string) (*sql.DB, error) { return sql.Open("sqlite", path) }

// changeRisks saves text as the risks of the first plan.
func changeRisks(t *testing.T, s *Store, text string) {
	t.Helper()
	rows, _ := s.Portfolio(ctx)
	p, err := s.LoadPlan(ctx, rows[0].PlanID)
	if err != nil {
		t.Fatal(err)
	}
	p.Risks = text
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
}
