package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/period"
	"kamplan/storage/csvimport"
	"kamplan/storage/postgres"
)

// importCSVFlags are the options of import-csv.
type importCSVFlags struct {
	account, period, mapping, duplicates, dates, prefer string
	accounts, dryRun                                    bool
	file, opportunities, decimals                       string
}

func parseImportCSV(args []string) (importCSVFlags, error) {
	var f importCSVFlags
	fs := flag.NewFlagSet("import-csv", flag.ContinueOnError)
	fs.StringVar(&f.account, "account", "", "account whose plan receives the contacts")
	fs.BoolVar(&f.accounts, "accounts", false, "the file lists accounts to create")
	fs.StringVar(&f.opportunities, "opportunities", "", "a CRM export of opportunities to merge into the plan")
	choiceVar(fs, &f.decimals, "decimals", "", "the decimal mark of amounts: point (1,250.50) or comma (1.250,50)")
	fs.StringVar(&f.period, "period", "", "plan period")
	fs.BoolVar(&f.dryRun, "dry-run", false, "print what the import would do and write nothing")
	fs.StringVar(&f.mapping, "mapping", "", "JSON file: {\"column header\": \"field\"}")
	choiceVar(fs, &f.duplicates, "duplicates", "keep", "possible duplicates: keep, merge or skip")
	choiceVar(fs, &f.dates, "dates", "", "numeric dates: dmy (day first) or mdy (month first)")
	choiceVar(fs, &f.prefer, "prefer", "stored", "where the file differs from what is stored: keep the stored value or the file's")
	pos, err := parse(fs, args)
	if err != nil {
		return f, err
	}
	if f.opportunities != "" {
		return f, checkOpportunityFlags(f, pos)
	}
	if len(pos) != 1 || (f.account == "") == !f.accounts {
		return f, usagef("import-csv needs FILE and either --account NAME or --accounts")
	}
	if f.dates != "" && f.dates != string(csvimport.DatesDMY) && f.dates != string(csvimport.DatesMDY) {
		return f, usagef("--dates must be dmy or mdy")
	}
	if f.prefer != "stored" && f.prefer != "file" {
		return f, usagef("--prefer must be stored or file")
	}
	f.file = pos[0]
	return f, nil
}

func runImportCSV(e *env, args []string) error {
	f, err := parseImportCSV(args)
	if err != nil {
		return err
	}
	if f.opportunities != "" {
		return importOpportunitiesCSV(e, f)
	}
	dups, err := duplicatesChoice(f.duplicates)
	if err != nil {
		return err
	}
	t, m, err := readTable(f)
	if err != nil {
		return err
	}
	if f.accounts {
		return importAccountsCSV(e, f, t, m)
	}
	return importContactsCSV(e, f, t, m, dups)
}

func (f importCSVFlags) preferred() csvimport.Prefer {
	if f.prefer == "file" {
		return csvimport.PreferFile
	}
	return csvimport.PreferStored
}

func duplicatesChoice(s string) (csvimport.Duplicates, error) {
	switch s {
	case "keep":
		return csvimport.KeepBoth, nil
	case "merge":
		return csvimport.MergeThem, nil
	case "skip":
		return csvimport.SkipThem, nil
	}
	return 0, usagef("--duplicates must be keep, merge or skip")
}

// readTable reads the file and its column mapping: detected, then overridden by --mapping.
func readTable(f importCSVFlags) (csvimport.Table, csvimport.Mapping, error) {
	in, err := os.Open(f.file)
	if err != nil {
		return csvimport.Table{}, nil, fmt.Errorf("cannot read %s: %w", f.file, err)
	}
	defer in.Close()
	t, err := csvimport.Read(in)
	if err != nil {
		return t, nil, err
	}
	kind := csvimport.KindContacts
	if f.accounts {
		kind = csvimport.KindAccounts
	}
	m := csvimport.DetectMapping(t.Header, kind)
	if f.mapping != "" {
		err = applyMappingFile(f.mapping, t.Header, m, kind)
	}
	return t, m, err
}

// applyMappingFile sets the field of each column the file names ("" or "none": not used).
func applyMappingFile(path string, header []string, m csvimport.Mapping, kind csvimport.Kind) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	var byHeader map[string]string
	if err := json.Unmarshal(data, &byHeader); err != nil {
		return fmt.Errorf("%s: not a mapping (a JSON object of column header → field): %v", path, err)
	}
	valid := map[string]bool{"": true, "none": true}
	var names []string
	for _, fl := range csvimport.Fields(kind) {
		valid[string(fl)] = true
		names = append(names, string(fl))
	}
	for h, fl := range byHeader {
		i := indexOf(header, h)
		switch {
		case i < 0:
			return fmt.Errorf("%s: the file has no column %q", path, h)
		case !valid[fl]:
			return fmt.Errorf("%s: %q is not a field; use one of: %s, none", path, fl, strings.Join(names, ", "))
		case fl == "none":
			fl = ""
		}
		m[i] = csvimport.Field(fl)
	}
	return nil
}

func indexOf(header []string, h string) int {
	for i, x := range header {
		if strings.EqualFold(strings.TrimSpace(x), strings.TrimSpace(h)) {
			return i
		}
	}
	return -1
}

func importContactsCSV(e *env, f importCSVFlags, t csvimport.Table, m csvimport.Mapping, dups csvimport.Duplicates) error {
	cs, err := csvimport.ContactsFrom(t, m, csvimport.DateOrder(f.dates))
	if err != nil {
		return err
	}
	s, _, p, err := e.openPlan(f.account, f.period) // contacts go into a plan that must exist
	if err != nil {
		return err
	}
	defer s.Close()
	ci, err := csvimport.PrepareContacts(e.ctx, s, p.ID, cs, csvimport.ContactOptions{Duplicates: dups, Prefer: f.preferred()})
	if err != nil {
		return err
	}
	if !f.dryRun {
		if err := ci.Save(e.ctx, s); err != nil {
			return err
		}
	}
	printReport(e, fmt.Sprintf("%s %s", f.account, p.Period), ci.Report, f.dryRun)
	return nil
}

func importAccountsCSV(e *env, f importCSVFlags, t csvimport.Table, m csvimport.Mapping) error {
	as, err := csvimport.AccountsFrom(t, m)
	if err != nil {
		return err
	}
	st, closeStore, err := accountStore(e, f.dryRun)
	if err != nil {
		return err
	}
	defer closeStore()
	ai, err := csvimport.PrepareAccounts(e.ctx, st, as, f.preferred())
	if err != nil {
		return err
	}
	name := f.period
	if name == "" {
		name = period.Next("FY" + fmt.Sprint(domain.Today().Year()))
	}
	if !f.dryRun {
		if err := ai.Save(e.ctx, st, name); err != nil {
			return err
		}
	}
	printReport(e, "portfolio, new plans for "+name, ai.Report, f.dryRun)
	return nil
}

// accountStore opens the database for an accounts import; a dry run against a database
// that does not exist yet compares with an empty portfolio and creates nothing, and a
// database the import created is removed again when it wrote nothing in it.
func accountStore(e *env, dryRun bool) (csvimport.AccountStore, func(), error) {
	if postgres.IsURL(e.dbPath) {
		s, err := e.open()
		if err != nil {
			return nil, nil, err
		}
		return s, func() { s.Close() }, nil
	}
	if dryRun {
		if info, err := os.Stat(e.dbPath); err != nil || info.Size() == 0 {
			return emptyPortfolio{}, func() {}, nil
		}
		s, err := e.open()
		if err != nil {
			return nil, nil, err
		}
		return s, func() { s.Close() }, nil
	}
	s, err := e.create("import-csv --accounts")
	if err != nil {
		return nil, nil, err
	}
	return s, func() { e.closeImport(s) }, nil
}

// emptyPortfolio stands for a database not created yet, in a dry run.
type emptyPortfolio struct{}

func (emptyPortfolio) Accounts(context.Context) ([]domain.Account, error) { return nil, nil }
func (emptyPortfolio) ImportAccounts(context.Context, []*domain.Account, []*domain.Account, string) error {
	return nil
}

// printReport prints the summary on standard output (the file as read, each column's
// fate, the counts) and, on standard error, every merge, skip and value left out with its line.
func printReport(e *env, where string, rep csvimport.Report, dryRun bool) {
	if dryRun {
		fmt.Fprintf(e.stdout, "dry run (%s): nothing was written\n", where)
	} else {
		fmt.Fprintf(e.stdout, "%s:\n", where)
	}
	fmt.Fprint(e.stdout, rep.Summary())
	if len(rep.Notes) == 0 {
		return
	}
	fmt.Fprintf(e.stderr, "kamplan: %s\n", assets.TCount("en", "cli.csv_notes", len(rep.Notes), len(rep.Notes)))
	for _, n := range rep.Notes {
		fmt.Fprintf(e.stderr, "  %s\n", oneLine(n.String()))
	}
}
