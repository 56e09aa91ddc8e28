package storage

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

var ctx = context.Background()

func tempStore(t testing.TB) *Store {
	t.Helper()
	s, err := OpenNoSeed(filepath.Join(t.TempDir(), "kamplan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func seededStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "sub", "kamplan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func hashFile(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestNewDatabaseIsSeededWithTheSample(t *testing.T) {
	s := seededStore(t)
	rows, err := s.Portfolio(ctx)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := assets.SampleFiles()
	if len(rows) != len(files) {
		t.Fatalf("%d plans after seeding, want %d", len(rows), len(files))
	}
	a, err := s.AccountByName(ctx, "aceros del norte, s.a.")
	if err != nil {
		t.Fatal(err)
	}
	var main domain.PlanSummary
	for _, r := range rows {
		if r.AccountID == a.ID {
			main = r
		}
	}
	if !main.Position.Placed || main.Potential != 480000000 {
		t.Fatalf("sample summary %+v", main)
	}
	p, err := s.LoadPlan(ctx, main.PlanID)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Contacts) < 10 || len(p.Actions) < 25 || len(p.Portfolio.Attractiveness.Factors) != 6 {
		t.Fatalf("sample plan loaded incompletely: %d contacts, %d actions", len(p.Contacts), len(p.Actions))
	}
	info, err := os.Stat(s.Path())
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("database mode %v, %v", info.Mode(), err)
	}
}

func TestReopenDoesNotSeedAgain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := s.AccountByName(ctx, "Conservas Cantábricas")
	if err := s.DeleteAccount(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AccountByName(ctx, "Conservas Cantábricas"); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("a deleted sample account came back: %v", err)
	}
}

func TestRefusesWhatIsNotItsDatabase(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	text := write("notes.txt", []byte("this is a text file, not a database\n"))
	short := write("short.db", []byte("SQLite"))

	newer := filepath.Join(dir, "newer.db")
	s, err := OpenNoSeed(newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	foreign := filepath.Join(dir, "other.db")
	o, _ := connect(foreign, true)
	o.db.Exec("CREATE TABLE songs(title TEXT)")
	o.Close()

	damaged := filepath.Join(dir, "damaged.db")
	d, _ := OpenNoSeed(damaged)
	d.Close()
	data, _ := os.ReadFile(damaged)
	for i := 100; i < 4096; i++ { // page 1 past the header: the schema
		data[i] = 0xA5
	}
	write("damaged.db", data)
	os.Remove(damaged + "-wal")
	os.Remove(damaged + "-shm")

	tests := []struct {
		path, key string
	}{
		{text, "store.not_db"},
		{short, "store.not_db"},
		{newer, "store.newer"},
		{foreign, "store.foreign"},
		{damaged, "store.damaged"},
		{dir, "store.is_dir"},
	}
	for _, tt := range tests {
		var before [32]byte
		if tt.path != dir {
			before = hashFile(t, tt.path)
		}
		_, err := Open(tt.path)
		de, ok := err.(*domain.Error)
		if !ok || de.Key != tt.key || !strings.Contains(err.Error(), tt.path) {
			t.Errorf("%s: error %v, want %s naming the file", filepath.Base(tt.path), err, tt.key)
		}
		if tt.path != dir && hashFile(t, tt.path) != before {
			t.Errorf("%s was changed", tt.path)
		}
		if _, err := os.Stat(tt.path + "-wal"); err == nil {
			t.Errorf("%s was given a -wal file", tt.path)
		}
	}
}

func TestMigrationsCopyFirstAndRollBackOnFailure(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if matches, _ := filepath.Glob(path + ".bak-*"); len(matches) != 0 {
		t.Fatalf("a copy was taken without a migration: %v", matches)
	}
	before, _ := s.Portfolio(ctx)
	latest := latestVersion()
	next := latest + 1
	broken := append(migrations(), migration{version: next, name: "999_broken.sql",
		sql: "ALTER TABLE accounts ADD COLUMN region TEXT; INSERT INTO nowhere VALUES (1);"})
	if err := migrateWith(s.db, s.path, latest, broken); err == nil {
		t.Fatal("a failing migration reported success")
	}
	var v int
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	if after, _ := s.Portfolio(ctx); v != latest || len(after) != len(before) {
		t.Fatalf("failed migration left version %d and %d plans", v, len(after))
	}
	good := append(migrations(), migration{version: next, name: "999_region.sql", sql: "ALTER TABLE accounts ADD COLUMN region TEXT"})
	if err := migrateWith(s.db, s.path, latest, good); err != nil {
		t.Fatal(err)
	}
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != next {
		t.Fatalf("user_version %d after migrating", v)
	}
	matches, _ := filepath.Glob(fmt.Sprintf("%s.bak-v%d-*", path, latest))
	if len(matches) != 2 {
		t.Fatalf("want a copy before each attempt, got %v", matches)
	}
	s.Close()
	copyOf, err := OpenNoSeed(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	defer copyOf.Close()
	if rows, _ := copyOf.Portfolio(ctx); len(rows) != len(before) {
		t.Fatalf("the copy holds %d plans, want %d", len(rows), len(before))
	}
}
