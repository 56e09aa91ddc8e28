package cli

import (
	"flag"
	"fmt"
	"path/filepath"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/storage/postgres"
	"kamplan/ui/locale"
)

func runRestore(e *env, args []string) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("restore needs one backup FILE")
	}
	if postgres.IsURL(e.dbPath) {
		return fileOnly("restore")
	}
	savedAs, err := storage.RestoreInto(e.ctx, e.dbPath, pos[0])
	if err != nil {
		return err
	}
	if savedAs == "" {
		fmt.Fprintf(e.stdout, "restored %s into %s (there was no database before)\n", pos[0], e.dbPath)
		return nil
	}
	fmt.Fprintf(e.stdout, "restored %s into %s; the database as it was is kept in %s\n", pos[0], e.dbPath, savedAs)
	return nil
}

var snapshotKinds = map[string]history.SnapshotKind{"manual": history.SnapshotManual, "sign-off": history.SnapshotSignOff}

func runSnapshot(e *env, args []string) error {
	fs := flag.NewFlagSet("snapshot", flag.ContinueOnError)
	account := fs.String("account", "", "account name")
	period := fs.String("period", "", "plan period (default: the newest)")
	kind := choice(fs, "kind", "manual", "manual or sign-off")
	label := fs.String("label", "", "what the snapshot is")
	author := fs.String("author", storage.DefaultAuthor(), "who keeps it")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || *account == "" || snapshotKinds[*kind] == "" {
		return usagef("snapshot needs --account NAME, and --kind manual or sign-off")
	}
	s, a, p, err := e.openPlan(*account, *period)
	if err != nil {
		return err
	}
	defer s.Close()
	info, err := s.Snapshots().Create(e.ctx, p.ID, snapshotKinds[*kind], *label, *author)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "kept %s %s as snapshot %s\n", a.Name, p.Period, info.ID)
	return nil
}

func runSnapshots(e *env, args []string) error {
	fs := flag.NewFlagSet("snapshots", flag.ContinueOnError)
	account := fs.String("account", "", "account name")
	period := fs.String("period", "", "plan period (default: the newest)")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || *account == "" {
		return usagef("snapshots needs --account NAME")
	}
	s, _, p, err := e.openPlan(*account, *period)
	if err != nil {
		return err
	}
	defer s.Close()
	list, err := s.Snapshots().List(e.ctx, p.ID)
	for _, x := range list {
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\n", x.ID, x.Kind, x.At.Local().Format("2006-01-02 15:04"), x.Author, x.Label)
	}
	return err
}

// sinceSnapshot is the snapshot export-pdf compares with: the one named by id or label,
// else the plan's newest sign-off snapshot (nil when it has none).
func sinceSnapshot(e *env, s Store, a *domain.Account, p *domain.Plan, name string) (*history.Snapshot, error) {
	list, err := s.Snapshots().List(e.ctx, p.ID)
	if err != nil {
		return nil, err
	}
	for _, x := range list { // newest first
		if (name == "" && x.Kind == history.SnapshotSignOff) || (name != "" && (x.ID == name || x.Label == name)) {
			return s.Snapshots().Read(e.ctx, x.ID)
		}
	}
	if name == "" {
		return nil, nil
	}
	return nil, fmt.Errorf("%s %s has no snapshot %q (see them with: kamplan snapshots --account %q)", a.Name, p.Period, name, a.Name)
}

// mergeFile merges a plan file into the stored plans and says what it did, or why not.
func mergeFile(e *env, path string, data []byte, prefer, author string) error {
	sides := map[string]history.Side{"": "", "stored": history.Mine, "file": history.Theirs}
	side, ok := sides[prefer]
	if !ok {
		return usagef("--prefer must be stored or file")
	}
	s, err := e.openFile("import-json --merge")
	if err != nil {
		return err
	}
	defer s.Close()
	report, err := s.MergeJSON(e.ctx, data, storage.MergeOptions{Prefer: side, Author: author, Source: filepath.Base(path)})
	for _, p := range report.Plans {
		printMerge(e, report, p, side)
	}
	if err != nil && domain.CodeOf(err) == domain.CodeConflict && side == "" {
		return fmt.Errorf("%v; choose with --prefer stored or --prefer file", err)
	}
	return err
}

func printMerge(e *env, r storage.MergeReport, p storage.PlanMerge, prefer history.Side) {
	switch {
	case p.Added:
		fmt.Fprintf(e.stdout, "added %s of %s: the database had no such plan\n", p.Period, r.Account)
		return
	case p.Ancestor == nil:
		fmt.Fprintf(e.stdout, "%s of %s: this database does not keep the state the file was made from\n", p.Period, r.Account)
	default:
		fmt.Fprintf(e.stdout, "%s of %s: merged from the state of %s (%s)\n", p.Period, r.Account,
			p.Ancestor.At.Local().Format("2006-01-02 15:04"), p.Ancestor.Kind)
	}
	w := locale.NewChangeWords("en", p.Theirs, p.Mine)
	for _, c := range p.Conflicts {
		fmt.Fprintf(e.stdout, "  %s\n", conflictLine(w, c, prefer))
	}
	if r.Written {
		fmt.Fprintf(e.stdout, "  %s\n", assets.TCount("en", "cli.merge_changes", len(p.Changes), len(p.Changes)))
	}
}

// conflictLine says a conflict with both sides, and the side kept when one was chosen.
func conflictLine(w locale.ChangeWords, c history.Conflict, prefer history.Side) string {
	line := fmt.Sprintf("conflict: %s: stored %s | file %s", w.ConflictTitle(c), w.ConflictSide(c.Mine, "; "), w.ConflictSide(c.Theirs, "; "))
	switch {
	case prefer == history.Mine:
		line += " → kept the stored one"
	case prefer == history.Theirs:
		line += " → kept the file's"
	}
	return line
}

// writeSnapshotFile exports a snapshot as a plan file.
func writeSnapshotFile(e *env, id, out string) error {
	s, err := e.openFile("export-json --snapshot")
	if err != nil {
		return err
	}
	defer s.Close()
	data, err := s.ExportSnapshot(e.ctx, id)
	if err != nil {
		return err
	}
	return e.writeOut(out, data)
}
