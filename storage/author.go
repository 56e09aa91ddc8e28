package storage

import (
	"os"
	"os/user"
	"strings"
)

// DefaultAuthor is the name of the person using the computer, for the journal and the
// snapshots when no name is set in Settings: the account's full name, else its login.
func DefaultAuthor() string {
	if u, err := user.Current(); err == nil {
		if name := strings.TrimSpace(strings.SplitN(u.Name, ",", 2)[0]); name != "" {
			return name
		}
		if u.Username != "" {
			return u.Username
		}
	}
	for _, v := range []string{"USER", "USERNAME"} {
		if name := os.Getenv(v); name != "" {
			return name
		}
	}
	return ""
}

// SetAuthor names the person using this store, for what the store keeps by itself (the
// merge bases of the plan files it writes and reads) and for the screens that sign edits
// and snapshots with it (Author). By default, and when name is empty, DefaultAuthor.
func (s *Store) SetAuthor(name string) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = DefaultAuthor()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.author = name
}

// Author is the name of the person using this store (see SetAuthor).
func (s *Store) Author() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.author
}
