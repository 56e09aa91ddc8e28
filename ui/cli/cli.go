// Package cli runs the command-line verbs of kamplan: listing, plan files, CRM imports,
// PDF export and backups, for automation and headless machines.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/release"
	"kamplan/storage"
	"kamplan/storage/postgres"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitError = 1
	ExitUsage = 2
)

const usage = `usage: kamplan [--db FILE] [VERB [OPTIONS]]

With no verb, kamplan opens the desktop app.

Verbs:
  list                                 one line per account and plan: name, tier, period, quadrant, share of wallet
  export-json --account NAME [--period P] --out FILE    write a portable plan file ("-" for standard output)
  export-json --snapshot ID --out FILE
                                       write a snapshot of a plan as a plan file
  import-json [--replace] FILE         read a portable plan file (all or nothing)
  import-json --merge [--prefer stored|file] [--author NAME] FILE
                                       merge a plan file that came back edited into the stored plan:
                                       both sides' changes are kept; a conflict (or a file whose
                                       common ancestor this database does not keep) needs --prefer
  import-csv --account NAME [--period P] FILE           merge the contacts of a CRM export into a plan
  import-csv --accounts FILE [--period P]               create the accounts of a CRM export
  import-csv --account NAME --opportunities FILE [--period P] [--dry-run] [--dates dmy|mdy] [--decimals point|comma]
                                       merge a Salesforce, HubSpot, Dynamics or Pipedrive opportunities
                                       export into the plan: matched by CRM id, then by name
             [--dry-run] [--mapping FILE] [--duplicates keep|merge|skip] [--dates dmy|mdy] [--prefer stored|file]
                                       --dry-run prints what would change and writes nothing;
                                       --mapping is JSON {"column header": "field" or "none"};
                                       --dates says how 03/04/2026 reads when the file does not;
                                       --prefer: where the file differs from what is stored, whose value stays
  export-pdf --account NAME [--period P] [--lang en|es] [--paper a4|letter] --out FILE|FOLDER|-
                                       write the plan as a PDF document: into FILE, into FOLDER under
                                       the account's name, or to standard output (-)
             [--edition internal|client|onepage|onepage-client|review|review-client]
                                       onepage is the plan on one page (internal rules), onepage-client
                                       its client copy; review is the review pack of the last account
                                       review (with what changed since then), review-client its client copy
             [--since SNAPSHOT]        the internal edition says what changed since the snapshot (id or
                                       label; by default the plan's last sign-off snapshot, when it has one)
             [--theme modern|classic|sober]
                                       the document's look (default: the settings'): modern, classic
                                       (serif headings, a white cover) or sober (black and white)
  snapshot --account NAME [--period P] [--kind manual|sign-off] [--label L] [--author NAME]
                                       keep the plan as it is now
  snapshots --account NAME [--period P]  list the plan's snapshots, newest first
  forget-contact --account NAME --contact NAME|EMAIL [--yes]
                                       erase a person from every plan, snapshot and history entry of the
                                       account, after listing them all and asking (--yes: do not ask)
  export-person --account NAME --contact NAME|EMAIL [--format json|pdf] [--lang en|es] --out FILE
                                       write everything held on a person, for their access request
  backup --out FILE                    write a consistent copy of the database
  restore FILE                         replace the database with a backup, after checking the file and
                                       copying the current database beside it
  admin VERB --db postgres://…         set up a team server: schema, teams, people (kamplan help admin)
  version                              print the version (also --version)
  help [VERB]                          print this help, or a verb's part of it (also -h, --help; after a verb too)

The database is --db FILE, else $KAMPLAN_DB, else kamplan.db in the user's configuration folder.
--db postgres://USER@HOST/DATABASE?sslmode=verify-full works on a team server instead (the
password from ~/.pgpass or PGPASSWORD); export-json, import-json and restore need a file.
Without a verb, the desktop app works on a local copy of the team server's plans and syncs it
(--db file:PATH uses a SQLite file as the team's store).
`

// env carries what every verb needs.
type env struct {
	ctx    context.Context
	dbPath string
	stdout io.Writer
	stderr io.Writer
}

type verb func(e *env, args []string) error

var verbs = map[string]verb{
	"list":        runList,
	"export-json": runExportJSON,
	"import-json": runImportJSON,
	"import-csv":  runImportCSV,
	"export-pdf":  runExportPDF,
	"snapshot":    runSnapshot,
	"snapshots":   runSnapshots,
	"backup":      runBackup,
	"restore":     runRestore,
	"admin":       runAdmin,

	"forget-contact": runForgetContact,
	"export-person":  runExportPerson,
}

// errUsage marks a mistake in the command line itself, in the verb's options when verb is set.
type errUsage struct{ msg, verb string }

func (e errUsage) Error() string { return e.msg }

func usagef(format string, args ...any) error { return errUsage{msg: fmt.Sprintf(format, args...)} }

// collectLessOften lets a command's heap grow to four times what it keeps before it is
// collected (Go's default: twice): a command runs once and exits, and the large plan's PDF
// is written about a tenth faster for about 10 MB more resident memory. GOGC, set, decides.
func collectLessOften() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(300)
	}
}

// Run executes the command line and returns the process exit code; with no verb it opens the GUI.
func Run(args []string, stdout, stderr io.Writer, gui func(dbPath string) error) int {
	err := runLine(args, stdout, stderr, gui)
	var h helpRequest
	if errors.As(err, &h) {
		fmt.Fprint(stdout, usageOf(h.verb))
		return ExitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return ExitOK
	}
	return finish(stderr, err)
}

func runLine(args []string, stdout, stderr io.Writer, gui func(dbPath string) error) error {
	dbPath, rest, err := globalFlags(args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return runGUI(dbPath, gui)
	}
	name, verbArgs := rest[0], rest[1:]
	switch name {
	case "help", "-h", "--help":
		if len(verbArgs) > 0 && verbArgs[0] == "admin" {
			fmt.Fprint(stdout, adminUsage)
			return nil
		}
		if len(verbArgs) == 1 && verbs[verbArgs[0]] != nil {
			return helpRequest{verbArgs[0]}
		}
		return flag.ErrHelp
	case "version", "--version":
		fmt.Fprintln(stdout, "kamplan", release.Version)
		return nil
	}
	v, ok := verbs[name]
	if !ok {
		return usagef("unknown verb %q", name)
	}
	collectLessOften()
	dbPath, verbArgs, err = dbFlagAnywhere(dbPath, verbArgs)
	if err != nil {
		return err
	}
	if dbPath == "" {
		if dbPath, err = storage.DefaultPath(); err != nil {
			return err
		}
	}
	return ofVerb(name, v(&env{ctx: context.Background(), dbPath: dbPath, stdout: stdout, stderr: stderr}, verbArgs))
}

// ofVerb names the verb whose options a usage error is about.
func ofVerb(name string, err error) error {
	var u errUsage
	if errors.Is(err, flag.ErrHelp) {
		return helpRequest{name}
	}
	if errors.As(err, &u) && u.verb == "" {
		u.verb = name
		return u
	}
	return err
}

func runGUI(dbPath string, gui func(string) error) error {
	if dbPath == "" {
		p, err := storage.DefaultPath()
		if err != nil {
			return err
		}
		dbPath = p
	}
	return gui(dbPath)
}

// globalFlags reads --db (and --version) before the verb.
func globalFlags(args []string) (string, []string, error) {
	fs := flag.NewFlagSet("kamplan", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	db := fs.String("db", "", "database file")
	version := fs.Bool("version", false, "print the version")
	if err := fs.Parse(args); err != nil {
		return "", nil, helpOrUsage(err, "")
	}
	if *version {
		return *db, []string{"version"}, nil
	}
	return *db, fs.Args(), nil
}

// dbFlagAnywhere also accepts --db FILE (or --db=FILE) after the verb.
func dbFlagAnywhere(db string, args []string) (string, []string, error) {
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--db" || a == "-db":
			if i+1 == len(args) {
				return "", nil, usagef("--db needs a file")
			}
			db, i = args[i+1], i+1
		case strings.HasPrefix(a, "--db=") || strings.HasPrefix(a, "-db="):
			db = a[strings.Index(a, "=")+1:]
		default:
			rest = append(rest, a)
		}
	}
	return db, rest, nil
}

// helpOrUsage passes on a request for help (-h, --help) and makes any other flag error a usage error.
func helpOrUsage(err error, prefix string) error {
	if errors.Is(err, flag.ErrHelp) {
		return flag.ErrHelp
	}
	return usagef("%s%v", prefix, err)
}

func finish(stderr io.Writer, err error) int {
	if err == nil {
		return ExitOK
	}
	return fail(stderr, err)
}

// fail prints a one-line message (then, for invalid files, one problem per line).
func fail(stderr io.Writer, err error) int {
	var u errUsage
	if errors.As(err, &u) {
		fmt.Fprintf(stderr, "kamplan: %s\n%s\n", oneLine(u.msg), strings.TrimSpace("see kamplan help "+u.verb))
		return ExitUsage
	}
	var ps domain.Problems
	if errors.As(err, &ps) {
		fmt.Fprintf(stderr, "kamplan: %s\n", assets.TCount("en", "cli.file_problems", len(ps), len(ps)))
		for _, p := range ps {
			fmt.Fprintf(stderr, "  %s\n", p)
		}
		return ExitError
	}
	fmt.Fprintf(stderr, "kamplan: %s\n", oneLine(err.Error()))
	return ExitError
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// create opens the database file for an import, creating an empty one when there is none;
// the import closes it with closeImport. A team server is refused: see openFile.
func (e *env) create(verb string) (*storage.Store, error) {
	if postgres.IsURL(e.dbPath) {
		return nil, fileOnly(verb)
	}
	return storage.OpenNoSeed(e.dbPath)
}

// closeImport closes the database of an import, removing it again when the import created
// it and wrote nothing: an import that failed or found nothing leaves no empty database.
func (e *env) closeImport(s *storage.Store) {
	if err := s.CloseDiscardingUnused(); err != nil {
		fmt.Fprintf(e.stderr, "kamplan: warning: the empty database %s could not be removed: %v\n", s.Path(), err)
	}
}

// parse reads a verb's flags, allowing them before or after its one positional argument.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, helpOrUsage(err, fs.Name()+": ")
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
