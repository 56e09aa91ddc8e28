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
	{version: 10, name: "010_pipeline", step: pipelineColumns},
	{version: 15, name: "015_health", step: healthColumns},
	{version: 16, name: "016_next_review", step: nextReviewColumn},
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

// migrate brings the schema of the database at path from version to the latest, one
// transaction per migration, after copying an existing database aside so that a failed
// migration loses nothing.
func migrate(db *sql.DB, path string, version int) error {
	return migrateWith(db, path, version, migrations())
}

func migrateWith(db *sql.DB, path string, version int, ms []migration) error {
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
		if err := backupBeforeMigration(db, path, version); err != nil {
			return err
		}
	}
	for _, m := range ms {
		if m.version <= version {
			continue
		}
		if err := applyMigration(db, m); err != nil {
			return domain.Errorf(domain.CodeInternal, "store.migrate", "cannot upgrade %s with %s: %v", path, m.name, err)
		}
	}
	return nil
}

func applyMigration(db *sql.DB, m migration) error {
	tx, err := db.Begin()
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
func backupBeforeMigration(db *sql.DB, path string, version int) error {
	dst := fmt.Sprintf("%s.bak-v%d-%s", path, version, time.Now().Format("20060102-150405.000000"))
	if err := copyDatabase(context.Background(), db, dst); err != nil {
		return domain.Errorf(domain.CodeInternal, "store.premigrate", "cannot copy %s aside before upgrading it: %v", path, err)
	}
	return nil
}
