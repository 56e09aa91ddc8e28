package storage

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// An existing empty file becomes a database readable by its owner alone, as the app's
// first start would make it, with the sample plans.
func TestEmptyFileBecomesAnOwnerOnlyDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", info.Mode().Perm())
	}
	if rows, _ := s.Portfolio(ctx); len(rows) == 0 {
		t.Fatal("the empty file was not seeded")
	}
}

// OpenExisting creates nothing: not the file, not its folder, not an empty file's tables.
func TestOpenExistingCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	for _, path := range []string{filepath.Join(dir, "missing.db"), filepath.Join(dir, "sub", "k.db"), empty} {
		if _, err := OpenExisting(path); domain.CodeOf(err) != domain.CodeNotFound {
			t.Errorf("%s: %v, want not found", path, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	info, _ := os.Stat(empty)
	if len(entries) != 1 || info.Size() != 0 || info.Mode().Perm() != 0o644 {
		t.Fatalf("OpenExisting changed the folder: %d entries, empty file %d bytes %v", len(entries), info.Size(), info.Mode())
	}
	seeded := filepath.Join(dir, "k.db")
	s, _ := Open(seeded)
	s.Close()
	s, err := OpenExisting(seeded)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if rows, _ := s.Portfolio(ctx); len(rows) == 0 {
		t.Fatal("an existing database opened empty")
	}
}

// An import that fails or finds nothing takes back the database it made, and only that: a
// new file goes with its folder, an empty file is emptied again; an existing database, or
// a new one that received an account, stays.
func TestCloseDiscardingUnused(t *testing.T) {
	newFile := func(t *testing.T, dir string) string { return filepath.Join(dir, "k.db") }
	tests := []struct {
		name     string
		prepare  func(t *testing.T, dir string) string
		imported bool     // an account was imported before closing
		want     []string // what the folder holds afterwards
		empty    bool     // the database file, when it remains, is empty
	}{
		{"a new file in a new folder", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "new", "k.db")
		}, false, nil, true},
		{"a new file", newFile, false, nil, true},
		{"an empty file", func(t *testing.T, dir string) string {
			os.WriteFile(filepath.Join(dir, "k.db"), nil, 0o600)
			return filepath.Join(dir, "k.db")
		}, false, []string{"k.db"}, true},
		{"a new file that received an account", newFile, true, []string{"k.db"}, false},
		{"a database", func(t *testing.T, dir string) string {
			s, err := OpenNoSeed(filepath.Join(dir, "k.db"))
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			return filepath.Join(dir, "k.db")
		}, false, []string{"k.db"}, false},
	}
	samples, _ := assets.SampleFiles()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := OpenNoSeed(tt.prepare(t, dir))
			if err != nil {
				t.Fatal(err)
			}
			if tt.imported {
				if _, err := s.ImportJSON(ctx, samples[1], false); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.CloseDiscardingUnused(); err != nil {
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
