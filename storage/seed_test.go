package storage

import (
	"path/filepath"
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
