package postgres

import (
	"context"
	"strings"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
)

// The administration of a team store, done by its administrator's role (one that may
// create roles): teams, and the people of each, every person a PostgreSQL role of their
// own whose password the administrator sets (ALTER ROLE … PASSWORD, or a certificate).

// AddTeam adds a team; adding one that exists changes nothing.
func (s *Store) AddTeam(ctx context.Context, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return domain.Errorf(domain.CodeInvalid, "teamserver.no_team", "a team needs a name")
	}
	_, err := s.pool.Exec(ctx, "INSERT INTO teams(name) VALUES($1) ON CONFLICT DO NOTHING", name)
	return internal(err)
}

// AddUser makes role a person of team: the role is created (able to log in, without a
// password) when it does not exist, made a KAM (kam_user) or a director (kam_director),
// and added to the team. Run again with another team, it adds the person to that team too.
func (s *Store) AddUser(ctx context.Context, role, team string, director bool) error {
	role, team = strings.TrimSpace(role), strings.TrimSpace(team)
	if role == "" || strings.HasPrefix(role, "pg_") {
		return domain.Errorf(domain.CodeInvalid, "teamserver.bad_role", "%q cannot be a person's role", role)
	}
	group := "kam_user"
	if director {
		group = "kam_director"
	}
	return s.inTx(ctx, func(tx pgx.Tx) error {
		if err := teamExists(ctx, tx, team); err != nil {
			return err
		}
		id := pgx.Identifier{role}.Sanitize()
		var exists bool
		if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)", role).Scan(&exists); err != nil {
			return internal(err)
		}
		if !exists {
			if _, err := tx.Exec(ctx, "CREATE ROLE "+id+" LOGIN"); err != nil {
				return internal(err)
			}
		}
		if _, err := tx.Exec(ctx, "GRANT "+group+" TO "+id); err != nil {
			return internal(err)
		}
		_, err := tx.Exec(ctx, "INSERT INTO team_members(team, member) VALUES($1, $2) ON CONFLICT DO NOTHING", team, role)
		return internal(err)
	})
}

// MoveAccount gives the account named name to team: its plans, journal and snapshots follow.
func (s *Store) MoveAccount(ctx context.Context, name, team string) error {
	team = strings.TrimSpace(team)
	if err := teamExists(ctx, s.pool, team); err != nil {
		return err
	}
	tag, err := s.pool.Exec(ctx, "UPDATE accounts SET team = $1 WHERE name_key = $2", team, nameKey(name))
	if err != nil {
		return internal(err)
	}
	if tag.RowsAffected() == 0 {
		return notFound("account", name)
	}
	return nil
}

func teamExists(ctx context.Context, q queryer, team string) error {
	var known bool
	if err := q.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM teams WHERE name = $1)", team).Scan(&known); err != nil {
		return internal(err)
	}
	if !known {
		return domain.Errorf(domain.CodeNotFound, "teamserver.no_such_team", "there is no team %q: add it first with kamplan admin add-team", team)
	}
	return nil
}
