package storage

import "testing"

// The store signs with the name set, trimmed; an empty name is the system user's.
func TestAuthorOfTheStore(t *testing.T) {
	s := tempStore(t)
	if s.Author() != DefaultAuthor() {
		t.Fatalf("a new store signs as %q, not the system user %q", s.Author(), DefaultAuthor())
	}
	for _, tt := range []struct{ set, want string }{
		{"  Ane Goikoetxea ", "Ane Goikoetxea"},
		{"", DefaultAuthor()},
		{" \t", DefaultAuthor()},
	} {
		s.SetAuthor(tt.set)
		if got := s.Author(); got != tt.want {
			t.Errorf("SetAuthor(%q): %q, want %q", tt.set, got, tt.want)
		}
	}
}
