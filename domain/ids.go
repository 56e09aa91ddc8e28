package domain

import (
	"crypto/rand"
	"encoding/hex"
)

// NewID returns a random identifier (16 hex digits) for any entity of a plan.
// IDs are kept by export and import, so a plan file round-trips unchanged.
func NewID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
