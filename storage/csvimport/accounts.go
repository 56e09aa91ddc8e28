package csvimport

import (
	"context"
	"io"
	"strings"

	"kamplan/domain"
)

// AccountRow is one account read from an export.
type AccountRow struct {
	Line    int
	Account domain.Account
}

// Accounts is what an accounts export holds.
type Accounts struct {
	Rows     []AccountRow
	Problems []RowProblem
}

// ParseAccounts reads an accounts export (Account Name, Industry, Billing Country, Website,
// Account Owner, Employees, Type…). Rows without a name or repeating one are reported and skipped.
func ParseAccounts(r io.Reader) (Accounts, error) {
	t, err := Read(r)
	if err != nil {
		return Accounts{}, err
	}
	cols := mapColumns(t.Header)
	nameField := fAccount
	if !cols.has(fAccount) {
		nameField = fName
	}
	if !cols.has(nameField) {
		return Accounts{}, domain.Errorf(domain.CodeInvalid, "csv.no_accounts",
			"no column of account names: expected Account Name or Company (found: %s)", strings.Join(t.Header, ", "))
	}
	var out Accounts
	seen := map[string]bool{}
	for i, row := range t.Rows {
		line := t.Lines[i]
		name := cols.get(row, nameField)
		switch {
		case name == "":
			out.Problems = append(out.Problems, problem(line, "csv.row_no_account", "no account name: row skipped"))
		case seen[strings.ToLower(name)]:
			out.Problems = append(out.Problems, problem(line, "csv.row_duplicate", "%s appears twice: row skipped", name))
		default:
			seen[strings.ToLower(name)] = true
			a := accountFrom(cols, row, name)
			if err := a.Validate(); err != nil {
				out.Problems = append(out.Problems, problem(line, "csv.row_invalid", "%v: row skipped", err))
				continue
			}
			out.Rows = append(out.Rows, AccountRow{Line: line, Account: a})
		}
	}
	return out, nil
}

func accountFrom(cols columns, row []string, name string) domain.Account {
	return domain.Account{
		ID: domain.NewID(), Name: name, Tier: tierOf(cols.get(row, fTier)),
		Industry: cols.get(row, fIndustry), Country: cols.get(row, fCountry),
		Website: cols.get(row, fWebsite), Owner: cols.get(row, fOwner), Size: cols.get(row, fEmployees),
	}
}

func tierOf(cell string) domain.Tier {
	n := norm(cell)
	switch {
	case strings.Contains(n, "strateg") || strings.Contains(n, "estrateg"):
		return domain.TierStrategic
	case strings.Contains(n, "key") || strings.Contains(n, "clave"):
		return domain.TierKey
	}
	return domain.TierOther
}

// AccountsReport says what an accounts import did.
type AccountsReport struct {
	Created  []string
	Existing []string // names already in the portfolio, left unchanged
	Problems []RowProblem
}

// ImportAccounts creates every new account of the export, each with an empty plan for period.
// An account already in the portfolio, even written with another legal form or accents
// ("Papelera Atlántica" and "Papelera Atlantica, S.A."), is left unchanged.
func ImportAccounts(ctx context.Context, st domain.Store, rows []AccountRow, period string) (AccountsReport, error) {
	var rep AccountsReport
	existing, err := st.Portfolio(ctx)
	if err != nil {
		return rep, err
	}
	known := map[string]bool{}
	for _, e := range existing {
		known[orgKey(e.AccountName)] = true
	}
	for _, r := range rows {
		if known[orgKey(r.Account.Name)] {
			rep.Existing = append(rep.Existing, r.Account.Name)
			continue
		}
		known[orgKey(r.Account.Name)] = true
		a := r.Account
		if _, err := st.CreateAccount(ctx, &a, period); err != nil {
			if domain.CodeOf(err) == domain.CodeInternal {
				return rep, err
			}
			rep.Problems = append(rep.Problems, problem(r.Line, "csv.row_rejected", "%s: %v", a.Name, err))
			continue
		}
		rep.Created = append(rep.Created, a.Name)
	}
	return rep, nil
}
