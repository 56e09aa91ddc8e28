package storage

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"kamplan/domain"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

type migration struct {
	version int
	name    string
	sql     string
	step    func(tx *sql.Tx) error // a migration SQL cannot express, run after sql
}

// goSteps are the migrations written in Go, by the schema version they make: those that need
// the domain's own rules (matching names as the app does, say).
var goSteps = []migration{
	{version: 4, name: "004_team_member_ids", step: teamMemberIDs},
}

// migrations are the files migrations/NNN_name.sql and the goSteps, in order; NNN is the
// schema version they make.
func migrations() []migration {
	entries, _ := migrationFiles.ReadDir("migrations")
	var ms []migration
	for _, e := range entries {
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			panic("storage: migration without a version number: " + e.Name())
		}
		b, _ := migrationFiles.ReadFile("migrations/" + e.Name())
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	ms = append(ms, goSteps...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms
}

func latestVersion() int {
	ms := migrations()
	return ms[len(ms)-1].version
}

// migrate brings the schema from version to the latest, one transaction per migration,
// after copying an existing database aside so that a failed migration loses nothing.
func (s *Store) migrate(version int) error { return s.migrateWith(version, migrations()) }

func (s *Store) migrateWith(version int, ms []migration) error {
	pending := 0
	for _, m := range ms {
		if m.version > version {
			pending++
		}
	}
	if pending == 0 {
		return nil
	}
	if version > 0 {
		if err := s.backupBeforeMigration(version); err != nil {
			return err
		}
	}
	for _, m := range ms {
		if m.version <= version {
			continue
		}
		if err := s.apply(m); err != nil {
			return domain.Errorf(domain.CodeInternal, "store.migrate", "cannot upgrade %s with %s: %v", s.path, m.name, err)
		}
	}
	return nil
}

func (s *Store) apply(m migration) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if m.sql != "" {
		if _, err := tx.Exec(m.sql); err != nil {
			return err
		}
	}
	if m.step != nil {
		if err := m.step(tx); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}

// backupBeforeMigration copies the database to <db>.bak-v<version>-<timestamp>.
func (s *Store) backupBeforeMigration(version int) error {
	dst := fmt.Sprintf("%s.bak-v%d-%s", s.path, version, time.Now().Format("20060102-150405.000000"))
	if err := s.Backup(context.Background(), dst); err != nil {
		return domain.Errorf(domain.CodeInternal, "store.premigrate", "cannot copy %s aside before upgrading it: %v", s.path, err)
	}
	return nil
}
