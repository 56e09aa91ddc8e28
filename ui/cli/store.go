package cli

import (
	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/storage/csvimport"
	"kamplan/storage/postgres"
)

// Store is what most verbs need of a store, the desktop's (ui/shell.Store): the database
// file's (package storage) or a team server's (storage/postgres).
type Store interface {
	domain.Store
	history.Store
	csvimport.AccountStore
}

// open opens the store for a verb that reads or changes what is there: the team server when
// --db is a postgres:// URL, else the database file, a missing or empty one being refused
// (nothing is created).
func (e *env) open() (Store, error) {
	if postgres.IsURL(e.dbPath) {
		s, err := postgres.Open(e.ctx, e.dbPath)
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	s, err := storage.OpenExisting(e.dbPath)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// openFile opens the database file for a verb of the file alone (plan files with their
// merge bases, restore); a team server is refused.
func (e *env) openFile(verb string) (*storage.Store, error) {
	if postgres.IsURL(e.dbPath) {
		return nil, fileOnly(verb)
	}
	return storage.OpenExisting(e.dbPath)
}

func fileOnly(verb string) error {
	return domain.Errorf(domain.CodeInvalid, "cli.file_only",
		"%s works on a database file, not on a team server: export the plans you need with a file database, or ask the server's administrator", verb)
}
