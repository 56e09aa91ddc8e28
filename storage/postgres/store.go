// Package postgres keeps a team's accounts and plans on a PostgreSQL server (15 or newer)
// through pgx: the same store as package storage's SQLite database (domain.Store,
// history.Store and csvimport.AccountStore, with the same optimistic version check on every
// save), for several people at once. Who sees what is PostgreSQL's row-level security (see
// Schema); every save is announced with NOTIFY (see Changes).
package postgres

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/storage/csvimport"
)

// Store is a team's store on a PostgreSQL server. It is safe for concurrent use.
type Store struct {
	pool  *pgxpool.Pool
	where string // the server and database, for messages (never the password)

	mu     sync.Mutex // guards author
	author string
}

var (
	_ domain.Store           = (*Store)(nil)
	_ history.Store          = (*Store)(nil)
	_ csvimport.AccountStore = (*Store)(nil)
)

// IsURL tells whether a --db value names a PostgreSQL server rather than a database file.
func IsURL(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// Open connects to the server that url names (postgres://user@host/db?sslmode=verify-full;
// the password from the URL, PGPASSWORD or ~/.pgpass) and brings the schema up to date when
// the role may (see Migrate); a KAM's role meets a schema already made by `kamplan admin init`.
func Open(ctx context.Context, dbURL string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dbURL)
	if err != nil {
		return nil, domain.Errorf(domain.CodeInvalid, "teamserver.url", "%s is not a PostgreSQL address (postgres://user@host/database): %v", redact(dbURL), err)
	}
	cfg.MaxConns = 8
	s := &Store{where: serverName(cfg.ConnConfig), author: storage.DefaultAuthor()}
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err == nil {
		err = s.pool.Ping(ctx)
	}
	if err != nil {
		s.Close()
		return nil, domain.Errorf(domain.CodeInvalid, "teamserver.connect", "cannot reach the team server %s: %v", s.where, err)
	}
	if err := migrate(ctx, s.pool, s.where); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Location is the server and database, for the person to read.
func (s *Store) Location() string { return s.where }

// Close releases the connections.
func (s *Store) Close() error {
	if s.pool != nil {
		s.pool.Close()
	}
	return nil
}

// SetAuthor names the person using this store, whom edits and snapshots are signed by; by
// default, and when name is empty, storage.DefaultAuthor.
func (s *Store) SetAuthor(name string) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = storage.DefaultAuthor()
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

// Backup is the server's administrator's job, done with pg_dump: a team's database is not
// copied into a file on a laptop.
func (s *Store) Backup(ctx context.Context, path string) error {
	return domain.Errorf(domain.CodeInvalid, "teamserver.backup",
		"the plans are on the team server %s, which its administrator backs up with pg_dump; nothing was written to %s", s.where, path)
}

func serverName(c *pgx.ConnConfig) string {
	return c.User + "@" + c.Host + "/" + c.Database
}

// redact drops the password from a URL shown in a message.
func redact(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil {
		return "(an address that cannot be read)"
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// inTx runs write in one transaction and commits it when write returns nil.
func (s *Store) inTx(ctx context.Context, write func(tx pgx.Tx) error) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return internal(err)
	}
	defer tx.Rollback(ctx)
	if err := write(tx); err != nil {
		return err
	}
	return internal(tx.Commit(ctx))
}

// queryer is the pool or a transaction.
type queryer interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

func internal(err error) error {
	if err == nil {
		return nil
	}
	var de *domain.Error
	var ps domain.Problems
	if errors.As(err, &de) || errors.As(err, &ps) {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "42501" { // insufficient_privilege, row-level security included
		return domain.Errorf(domain.CodeInvalid, "teamserver.denied",
			"the team server refused: your role may not change this (%s); ask your administrator to add you to the account's team", pe.Message)
	}
	return domain.Errorf(domain.CodeInternal, "store.internal", "database error: %v", err)
}

// uniqueViolation tells whether err broke the unique constraint named constraint.
func uniqueViolation(err error, constraint string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505" && pe.ConstraintName == constraint
}

func notFound(what, id string) error {
	return domain.Errorf(domain.CodeNotFound, "store.not_found", "no %s %s", what, fmt.Sprintf("%q", id))
}

// stale is the error of a save that did not start from the stored version.
func stale(what string) *domain.Error {
	switch what {
	case "account":
		return domain.Errorf(domain.CodeConflict, domain.KeyStaleAccount,
			"the account was saved elsewhere after you opened it; your change was not saved: open it again to see the other version")
	case "settings":
		return domain.Errorf(domain.CodeConflict, domain.KeyStaleSettings,
			"the settings were saved elsewhere after you opened them; your change was not saved: open them again to see the other version")
	}
	return domain.Errorf(domain.CodeConflict, domain.KeyStalePlan,
		"the plan was saved elsewhere after you opened it; your change was not saved: open it again to see the other version")
}
