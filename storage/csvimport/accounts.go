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
		a, sizeNotes := accountFrom(cols, row, name, line)
		if err := a.Validate(); err != nil || name == "" {
			out.Notes = append(out.Notes, invalidAccount(line, name, err))
			continue
		}
		out.Notes = append(out.Notes, sizeNotes...)
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

func accountFrom(cols columns, row []string, name string, line int) (domain.Account, []Note) {
	a := domain.Account{
		ID: domain.NewID(), Name: name, Tier: tierOf(cols.get(row, FieldTier)),
		Industry: cols.get(row, FieldIndustry), Country: cols.get(row, FieldCountry),
		Website: cols.get(row, FieldWebsite), Owner: cols.get(row, FieldOwner),
		Notes: accountNotes(cols, row), CRMID: cols.get(row, FieldCRMID),
	}
	return a, accountSize(&a, cols, row, line)
}

// accountSize reads the client's employees and annual revenue as numbers; a value that is
// not one ("51-200", "1,5 M€") is kept as written in the size, under the file's header,
// and noted.
func accountSize(a *domain.Account, cols columns, row []string, line int) []Note {
	var text []string
	var notes []Note
	asText := func(f Field) {
		text = appendLabelled(text, cols, row, f)
		notes = append(notes, note(line, "csv.size_text", "%s %q is not a number: kept as text in the size", cols.label(f), cols.get(row, f)))
	}
	if s := cols.get(row, FieldEmployees); s != "" {
		var ok bool
		if a.Employees, ok = parseCount(s); !ok {
			asText(FieldEmployees)
		}
	}
	if s := cols.get(row, FieldRevenue); s != "" {
		var ok bool
		if a.AnnualRevenue, a.RevenueCurrency, ok = parseMoney(s); !ok {
			asText(FieldRevenue)
		}
	}
	a.Size = strings.Join(text, "; ")
	return notes
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
