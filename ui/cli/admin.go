package cli

import (
	"flag"
	"fmt"

	"kamplan/storage/postgres"
)

const adminUsage = `usage: kamplan admin VERB [OPTIONS] --db postgres://ADMIN@HOST/DATABASE?sslmode=verify-full

Sets up a team server (PostgreSQL 15 or newer), connected as a role that may create tables
and roles (the database's owner, with CREATEROLE):

  schema                               print the SQL script of the schema, the roles and the row-level
                                       security, for a DBA who runs it with psql (no --db needed)
  init                                 create the schema in the database (or bring it up to date)
  add-team NAME                        add a team; accounts belong to a team
  add-user ROLE --team NAME [--director]
                                       make ROLE (created when missing, able to log in) a KAM of the
                                       team, or a director (who reads every account); the DBA sets its
                                       password: ALTER ROLE "ROLE" PASSWORD '…', or a certificate
  move-account NAME --team TEAM        give an account, with its plans and history, to a team

A KAM reads and writes the accounts of their teams; a director reads all of them and writes
those of their teams. PostgreSQL enforces it, whatever program connects.
`

var adminVerbs = map[string]verb{
	"init":         runAdminInit,
	"add-team":     runAdminAddTeam,
	"add-user":     runAdminAddUser,
	"move-account": runAdminMoveAccount,
}

// runAdmin runs `kamplan admin VERB`.
func runAdmin(e *env, args []string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(e.stdout, adminUsage)
		return nil
	}
	if args[0] == "schema" {
		fmt.Fprint(e.stdout, postgres.Schema())
		return nil
	}
	v, ok := adminVerbs[args[0]]
	if !ok {
		return adminUsagef("unknown admin verb %q", args[0])
	}
	if !postgres.IsURL(e.dbPath) {
		return adminUsagef("admin %s needs --db postgres://…", args[0])
	}
	return v(e, args[1:])
}

func adminUsagef(format string, args ...any) error {
	return usagef(format+"\n\n%s", append(args, adminUsage)...)
}

// adminStore connects to the team server as its administrator.
func adminStore(e *env) (*postgres.Store, error) { return postgres.Open(e.ctx, e.dbPath) }

func runAdminInit(e *env, args []string) error {
	if len(args) > 0 {
		return adminUsagef("admin init takes no argument but --db")
	}
	s, err := adminStore(e)
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Fprintf(e.stdout, "the team store at %s is ready\n", s.Location())
	return nil
}

func runAdminAddTeam(e *env, args []string) error {
	if len(args) != 1 {
		return adminUsagef("admin add-team needs the team's NAME")
	}
	s, err := adminStore(e)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.AddTeam(e.ctx, args[0]); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "team %s added\n", args[0])
	return nil
}

func runAdminAddUser(e *env, args []string) error {
	fs := flag.NewFlagSet("admin add-user", flag.ContinueOnError)
	team := fs.String("team", "", "the person's team")
	director := fs.Bool("director", false, "a director, who reads every account")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	} else if len(pos) != 1 || *team == "" {
		return adminUsagef("admin add-user needs ROLE and --team NAME")
	}
	s, err := adminStore(e)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.AddUser(e.ctx, pos[0], *team, *director); err != nil {
		return err
	}
	what := "a KAM"
	if *director {
		what = "a director"
	}
	fmt.Fprintf(e.stdout, "%s is %s of team %s; set the role's password on the server\n", pos[0], what, *team)
	return nil
}

func runAdminMoveAccount(e *env, args []string) error {
	fs := flag.NewFlagSet("admin move-account", flag.ContinueOnError)
	team := fs.String("team", "", "the account's new team")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	} else if len(pos) != 1 || *team == "" {
		return adminUsagef("admin move-account needs the account's NAME and --team TEAM")
	}
	s, err := adminStore(e)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.MoveAccount(e.ctx, pos[0], *team); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s belongs to team %s\n", pos[0], *team)
	return nil
}
