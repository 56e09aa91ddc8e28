package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"kamplan/domain"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// migrations are the files migrations/NNN_name.sql in order; NNN is the schema version they make.
func migrations() []migration {
	entries, _ := migrationFiles.ReadDir("migrations")
	var ms []migration
	for _, e := range entries {
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			panic("postgres: migration without a version number: " + e.Name())
		}
		b, _ := migrationFiles.ReadFile("migrations/" + e.Name())
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms
}

func latestVersion() int {
	ms := migrations()
	return ms[len(ms)-1].version
}

// schemaVersionTable is where the schema's version is kept.
const schemaVersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)"

// migrationLock keeps two programs from upgrading one schema at once.
const migrationLock = 4_729_351_086

// Schema is the SQL script that makes the team store's schema, roles and row-level security
// in the current schema (search_path), in one transaction: what `kamplan admin init` runs
// and `kamplan admin schema` prints for a DBA.
func Schema() string {
	var b strings.Builder
	b.WriteString("-- KAM Planner team store, schema version " + strconv.Itoa(latestVersion()) + " (PostgreSQL 15 or newer).\n")
	b.WriteString("BEGIN;\n" + schemaVersionTable + ";\n")
	for _, m := range migrations() {
		fmt.Fprintf(&b, "\n-- %s\n%s\n", m.name, strings.TrimSpace(m.sql))
	}
	fmt.Fprintf(&b, "\nDELETE FROM schema_version;\nINSERT INTO schema_version(version) VALUES (%d);\nCOMMIT;\n", latestVersion())
	return b.String()
}

// migrate brings the schema up to date: every pending migration in ONE transaction, so a
// failure leaves the schema as it was. A schema already up to date is only read, so a
// KAM's role, which may not create tables, opens it.
func migrate(ctx context.Context, pool *pgxpool.Pool, where string) error {
	version, err := schemaVersion(ctx, pool)
	if err != nil {
		return domain.Errorf(domain.CodeInternal, "teamserver.migrate", "cannot upgrade the team server %s: %v", where, err)
	}
	switch {
	case version == latestVersion():
		return nil
	case version > latestVersion():
		return domain.Errorf(domain.CodeInvalid, "teamserver.newer",
			"the team server %s was set up by a newer version of KAM Planner (schema %d; this one knows %d): update the program", where, version, latestVersion())
	}
	tx, err := pool.Begin(ctx)
	if err == nil {
		defer tx.Rollback(ctx)
		err = applyMigrations(ctx, tx)
	}
	if err == nil {
		err = tx.Commit(ctx)
	}
	var pe *pgconn.PgError
	switch {
	case err == nil:
		return nil
	case version == 0 && errors.As(err, &pe) && pe.Code == "42501":
		return domain.Errorf(domain.CodeInvalid, "teamserver.not_set_up",
			"the team server %s is not set up for KAM Planner yet: its administrator runs kamplan admin init", where)
	}
	return domain.Errorf(domain.CodeInvalid, "teamserver.migrate", "cannot upgrade the team server %s: %v", where, err)
}

// schemaVersion is the schema's version, 0 when there is no schema yet.
func schemaVersion(ctx context.Context, q queryer) (int, error) {
	var exists bool
	if err := q.QueryRow(ctx, "SELECT to_regclass('schema_version') IS NOT NULL").Scan(&exists); err != nil || !exists {
		return 0, err
	}
	var v int
	err := q.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&v)
	return v, err
}

func applyMigrations(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrationLock)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, schemaVersionTable); err != nil {
		return err
	}
	version, err := schemaVersion(ctx, tx) // again, now that no one else upgrades
	if err != nil {
		return err
	}
	for _, m := range migrations() {
		if m.version <= version {
			continue
		}
		if _, err := tx.Exec(ctx, m.sql); err != nil {
			return fmt.Errorf("%s: %w", m.name, err)
		}
	}
	if _, err := tx.Exec(ctx, "DELETE FROM schema_version"); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, "INSERT INTO schema_version(version) VALUES ($1)", latestVersion())
	return err
}
