package postgres

import (
	"testing"

	"kamplan/storage/storetest"
)

// The team's store keeps the stores' contract, as the SQLite store does.
func TestStoreContract(t *testing.T) {
	skipWithoutServer(t)
	storetest.Run(t, func(t *testing.T) storetest.Store { return openFresh(t) })
}
