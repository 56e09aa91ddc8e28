package storage

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"kamplan/assets"
)

// The app seeds the sample plans into a database that was never used — created, but
// nothing ever written in it (no account, no plan, no settings, not even one later
// deleted) — as an import that failed used to leave behind. A database whose accounts
// the person deleted, or whose settings they saved, is theirs: it stays as they left it.
func TestAppSeedsOnlyANeverUsedDatabase(t *testing.T) {
	samples, _ := assets.SampleFiles()
	tests := []struct {
		name  string
		use   func(t *testing.T, s *Store)
		plans int
	}{
		{"created and left empty", func(*testing.T, *Store) {}, len(samples)},
		{"every account deleted", func(t *testing.T, s *Store) {
			if _, err := s.ImportJSON(ctx, samples[1], false); err != nil {
				t.Fatal(err)
			}
			rows, _ := s.Portfolio(ctx)
			if err := s.DeleteAccount(ctx, rows[0].AccountID); err != nil {
				t.Fatal(err)
			}
		}, 0},
		{"settings saved", func(t *testing.T, s *Store) {
			st, _ := s.Settings(ctx)
			st.Paper = "letter"
			if err := s.SaveSettings(ctx, &st); err != nil {
				t.Fatal(err)
			}
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "k.db")
			s, err := OpenNoSeed(path)
			if err != nil {
				t.Fatal(err)
			}
			tt.use(t, s)
			s.Close()
			for range 2 { // and only once
				s, err = Open(path)
				if err != nil {
					t.Fatal(err)
				}
				rows, _ := s.Portfolio(ctx)
				s.Close()
				if len(rows) != tt.plans {
					t.Fatalf("%d plans after the app opened it, want %d", len(rows), tt.plans)
				}
			}
		})
	}
}

// An import that fails takes back the database it made, and only that: a new file goes
// with its folder, an empty file is emptied again, an existing database stays.
func TestCloseDiscardingNew(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(t *testing.T, dir string) string
		want    []string // what the folder holds afterwards
		empty   bool     // the database file, when it remains, is empty
	}{
		{"a new file in a new folder", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "new", "k.db")
		}, nil, true},
		{"a new file", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "k.db")
		}, nil, true},
		{"an empty file", func(t *testing.T, dir string) string {
			os.WriteFile(filepath.Join(dir, "k.db"), nil, 0o600)
			return filepath.Join(dir, "k.db")
		}, []string{"k.db"}, true},
		{"a database", func(t *testing.T, dir string) string {
			s, err := OpenNoSeed(filepath.Join(dir, "k.db"))
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			return filepath.Join(dir, "k.db")
		}, []string{"k.db"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := OpenNoSeed(tt.prepare(t, dir))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.CloseDiscardingNew(); err != nil {
				t.Fatal(err)
			}
			entries, _ := os.ReadDir(dir)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if !slices.Equal(names, tt.want) {
				t.Fatalf("the folder holds %v, want %v", names, tt.want)
			}
			if info, err := os.Stat(filepath.Join(dir, "k.db")); err == nil && tt.empty != (info.Size() == 0) {
				t.Fatalf("the database file has %d bytes", info.Size())
			}
		})
	}
}
