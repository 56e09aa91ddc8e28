package csvimport

import (
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
	Table   Table
	Mapping Mapping
	Rows    []AccountRow
	Notes   []Note
}

// ParseAccounts reads an accounts export with the columns recognised from its headers.
func ParseAccounts(r io.Reader) (Accounts, error) {
	t, err := Read(r)
	if err != nil {
		return Accounts{}, err
	}
	return AccountsFrom(t, DetectMapping(t.Header, KindAccounts))
}

// AccountsFrom reads the accounts of a table through a mapping (Account Name, Industry,
// Billing Country, Website, Account Owner, Employees, Annual Revenue, Type…). A row without
// a name, or naming the same company as an earlier row, is reported and skipped.
func AccountsFrom(t Table, m Mapping) (Accounts, error) {
	if err := checkNotPeople(t.Header, m); err != nil {
		return Accounts{}, err
	}
	cols := m.columns(t.Header)
	if !cols.has(FieldCompany) {
		return Accounts{}, domain.Errorf(domain.CodeInvalid, "csv.no_accounts",
			"no column of account names: expected Account Name or Company (found: %s)", strings.Join(t.Header, ", "))
	}
	out := Accounts{Table: t, Mapping: m, Notes: append([]Note(nil), t.Notes...)}
	seen := map[string]AccountRow{}
	for i, row := range t.Rows {
		line, name := t.Lines[i], cols.get(row, FieldCompany)
		key := CompanyKey(name)
		if first, dup := seen[key]; dup && name != "" {
			out.Notes = append(out.Notes, note(line, "csv.row_duplicate",
				"%s is the same company as %s on line %d (%s): row skipped", name, first.Account.Name, first.Line, ruleCompany()))
			continue
		}
		a := accountFrom(cols, row, name)
		if err := a.Validate(); err != nil || name == "" {
			out.Notes = append(out.Notes, invalidAccount(line, name, err))
			continue
		}
		r := AccountRow{Line: line, Account: a}
		seen[key] = r
		out.Rows = append(out.Rows, r)
	}
	return out, nil
}

func ruleCompany() Phrase {
	return phrase("csv.rule_company", "same name once case, accents, punctuation and a legal form at the end are set aside")
}

func invalidAccount(line int, name string, err error) Note {
	if name == "" {
		return note(line, "csv.row_no_account", "no account name: row skipped")
	}
	return note(line, "csv.row_invalid", "%s: %v: row skipped", name, err)
}

func accountFrom(cols columns, row []string, name string) domain.Account {
	return domain.Account{
		ID: domain.NewID(), Name: name, Tier: tierOf(cols.get(row, FieldTier)),
		Industry: cols.get(row, FieldIndustry), Country: cols.get(row, FieldCountry),
		Website: cols.get(row, FieldWebsite), Owner: cols.get(row, FieldOwner), Size: accountSize(cols, row),
		Notes: accountNotes(cols, row),
	}
}

// accountSize is the client's size as the CRM gives it: employees and annual revenue,
// each under the file's own header ("Employees: 950; Annual Revenue: 120000000").
func accountSize(cols columns, row []string) string {
	var parts []string
	parts = appendLabelled(parts, cols, row, FieldEmployees)
	parts = appendLabelled(parts, cols, row, FieldRevenue)
	return strings.Join(parts, "; ")
}

func accountNotes(cols columns, row []string) string {
	var lines []string
	for _, f := range []Field{FieldCity, FieldPhone, FieldNotes} {
		lines = appendLabelled(lines, cols, row, f)
	}
	return strings.Join(lines, "\n")
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
