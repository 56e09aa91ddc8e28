package cli

import (
	"fmt"
	"os"

	"kamplan/storage/csvimport"
)

// checkOpportunityFlags checks import-csv --account NAME --opportunities FILE: no other file
// and no option of the contacts or accounts imports.
func checkOpportunityFlags(f importCSVFlags, pos []string) error {
	switch {
	case f.account == "" || f.accounts || len(pos) != 0:
		return usagef("import-csv --opportunities FILE needs --account NAME and no other file")
	case f.mapping != "":
		return usagef("--mapping is for contacts and accounts; an opportunities export is read by its headers")
	case f.dates != "" && f.dates != string(csvimport.DatesDMY) && f.dates != string(csvimport.DatesMDY):
		return usagef("--dates must be dmy or mdy")
	case f.decimals != "" && f.decimals != string(csvimport.DecimalPoint) && f.decimals != string(csvimport.DecimalComma):
		return usagef("--decimals must be point or comma")
	}
	return nil
}

// importOpportunitiesCSV merges a CRM's opportunities export into the account's plan, in one
// transaction; a dry run prints the same report and writes nothing.
func importOpportunitiesCSV(e *env, f importCSVFlags) error {
	in, err := os.Open(f.opportunities)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", f.opportunities, err)
	}
	defer in.Close()
	o, err := csvimport.ParseOpportunities(in, csvimport.OppOptions{Dates: csvimport.DateOrder(f.dates), Decimals: csvimport.Decimals(f.decimals)})
	if err != nil {
		return err
	}
	s, _, p, err := e.openPlan(f.account, f.period)
	if err != nil {
		return err
	}
	defer s.Close()
	oi, err := csvimport.PrepareOpportunities(e.ctx, s, p.ID, o)
	if err != nil {
		return err
	}
	if !f.dryRun {
		if err := oi.Save(e.ctx, s); err != nil {
			return err
		}
	}
	printReport(e, fmt.Sprintf("%s %s, %s opportunities", f.account, p.Period, o.CRM), oi.Report, f.dryRun)
	return nil
}
