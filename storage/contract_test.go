package storage_test

import (
	"path/filepath"
	"testing"

	"kamplan/storage"
	"kamplan/storage/storetest"
)

// The SQLite store keeps the stores' contract (the team's PostgreSQL store keeps it too).
func TestStoreContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store {
		s, err := storage.OpenNoSeed(filepath.Join(t.TempDir(), "kamplan.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
