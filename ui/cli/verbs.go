package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/storage"
	"kamplan/storage/atomicfile"
)

func runList(e *env, args []string) error {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usagef("list takes no argument")
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	rows, err := s.Portfolio(e.ctx)
	if err != nil {
		return err
	}
	for _, r := range rows {
		quadrant := "incomplete"
		if r.Position.Placed {
			quadrant = string(r.Position.Quadrant)
		}
		share := "-"
		if v, ok := r.ShareOfWallet(); ok {
			share = fmt.Sprintf("%.1f%%", v)
		}
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\n", r.AccountName, r.Tier, r.Period, quadrant, share)
	}
	return nil
}

func runExportJSON(e *env, args []string) error {
	fs := flag.NewFlagSet("export-json", flag.ContinueOnError)
	account := fs.String("account", "", "account name")
	period := fs.String("period", "", "plan period (default: every plan)")
	snapshot := fs.String("snapshot", "", "a snapshot's id, instead of --account")
	out := fs.String("out", "", "output file, - for standard output")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || (*account == "") == (*snapshot == "") || *out == "" {
		return usagef("export-json needs --account NAME or --snapshot ID, and --out FILE")
	}
	if *snapshot != "" {
		return writeSnapshotFile(e, *snapshot, *out)
	}
	s, err := e.openFile("export-json")
	if err != nil {
		return err
	}
	defer s.Close()
	data, err := s.ExportJSON(e.ctx, *account, *period)
	if err != nil {
		return withListHint(err)
	}
	return e.writeOut(*out, data)
}

// writeOut writes a file's bytes to out, or to standard output when out is -.
func (e *env) writeOut(out string, data []byte) error {
	if out == "-" {
		_, err := e.stdout.Write(data)
		return err
	}
	return atomicfile.WriteBytes(out, data)
}

// withListHint tells how to find the right name when an account is unknown.
func withListHint(err error) error {
	if domain.CodeOf(err) == domain.CodeNotFound {
		return fmt.Errorf("%v (see the names with: kamplan list)", err)
	}
	return err
}

func runImportJSON(e *env, args []string) error {
	fs := flag.NewFlagSet("import-json", flag.ContinueOnError)
	replace := fs.Bool("replace", false, "replace an account of the same name")
	merge := fs.Bool("merge", false, "merge the file into the stored plan")
	prefer := choice(fs, "prefer", "", "with --merge: stored or file, the side kept in a conflict")
	author := fs.String("author", storage.DefaultAuthor(), "with --merge: who merges, for the plan's history")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) != 1:
		return usagef("import-json needs one FILE")
	case *merge && *replace:
		return usagef("import-json takes --merge or --replace, not both")
	case *prefer != "" && !*merge:
		return usagef("--prefer goes with --merge")
	}
	data, err := readInput(pos[0])
	if err != nil {
		return err
	}
	if *merge {
		return mergeFile(e, pos[0], data, *prefer, *author)
	}
	if _, err := storage.DecodePlanFile(data); err != nil {
		return err // refused before any database is created
	}
	s, err := e.create("import-json")
	if err != nil {
		return err
	}
	defer e.closeImport(s)
	f, err := s.ImportJSON(e.ctx, data, *replace)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, assets.TCount("en", "app.status.imported", len(f.Plans), f.Account.Name, len(f.Plans)))
	return nil
}

func readInput(path string) ([]byte, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("cannot read %s: there is no such file; nothing was written", path)
	case err != nil:
		return nil, fmt.Errorf("cannot read %s: %w; nothing was written", path, err)
	case info.IsDir():
		return nil, fmt.Errorf("cannot read %s: it is a folder, not a plan file; nothing was written", path)
	}
	if info.Size() > storage.MaxPlanFile {
		return nil, fmt.Errorf("%s is larger than %d MB: not a plan file; nothing was written", path, storage.MaxPlanFile>>20)
	}
	return os.ReadFile(path)
}

func runBackup(e *env, args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	out := fs.String("out", "", "backup file")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || *out == "" {
		return usagef("backup needs --out FILE")
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Backup(e.ctx, *out); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "backed up %s to %s\n", e.dbPath, *out)
	return nil
}

// openPlan opens the database and finds the account and its plan for period, or its
// newest plan (see findPlan); the caller closes the store.
func (e *env) openPlan(account, period string) (Store, *domain.Account, *domain.Plan, error) {
	s, err := e.open()
	if err != nil {
		return nil, nil, nil, err
	}
	a, p, err := findPlan(e, s, account, period)
	if err != nil {
		s.Close()
		return nil, nil, nil, err
	}
	return s, a, p, nil
}

// findPlan returns the account and its plan for period, or its newest plan.
func findPlan(e *env, s Store, account, period string) (*domain.Account, *domain.Plan, error) {
	a, err := s.AccountByName(e.ctx, account)
	if err != nil {
		return nil, nil, withListHint(err)
	}
	rows, err := s.Portfolio(e.ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range rows { // newest period first
		if r.AccountID == a.ID && (period == "" || strings.EqualFold(r.Period, period)) {
			p, err := s.LoadPlan(e.ctx, r.PlanID)
			return a, p, err
		}
	}
	return nil, nil, domain.Errorf(domain.CodeNotFound, "err.no_period", "%s has no plan for %s", a.Name, period)
}
