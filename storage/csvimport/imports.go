package csvimport

import (
	"context"
	"io"
	"reflect"
	"sort"
	"strings"

	"kamplan/domain"
)

// Company is an organisation a contacts file names, with how many rows it has.
type Company struct {
	Name  string
	Key   string // CompanyKey
	Rows  int
	Plans bool // the plan's own account
}

// Companies lists the organisations of a contacts file, the plan's account first.
func Companies(cs Contacts, accountName string) []Company {
	own := CompanyKey(accountName)
	byKey := map[string]*Company{}
	var out []*Company
	for _, r := range cs.Rows {
		if r.Account == "" {
			continue
		}
		k := CompanyKey(r.Account)
		if byKey[k] == nil {
			byKey[k] = &Company{Name: r.Account, Key: k, Plans: k == own}
			out = append(out, byKey[k])
		}
		byKey[k].Rows++
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Plans && !out[j].Plans })
	list := make([]Company, len(out))
	for i, c := range out {
		list[i] = *c
	}
	return list
}

// ContactsImport is a contacts import worked out and not yet written: the plan (and the
// account, whose team the CRM's owners may join) as they will be saved, and the report.
type ContactsImport struct {
	Plan        *domain.Plan
	Account     *domain.Account
	Report      Report
	changed     bool
	teamChanged bool
}

// PrepareContacts merges a file's contacts into a copy of the plan, writing nothing. With
// no company picked (opts.Companies nil, as on the command line), a file whose company
// column names only other organisations than the plan's account is refused.
func PrepareContacts(ctx context.Context, st domain.Store, planID string, cs Contacts, opts ContactOptions) (*ContactsImport, error) {
	p, err := st.LoadPlan(ctx, planID)
	if err != nil {
		return nil, err
	}
	a, err := st.Account(ctx, p.AccountID)
	if err != nil {
		return nil, err
	}
	if err := checkCompanies(cs, a.Name, opts); err != nil {
		return nil, err
	}
	ci := &ContactsImport{Plan: p, Report: newReport(KindContacts, cs.Table, cs.Mapping)}
	ci.Report.add(cs.Notes...)
	ci.Report.Skipped += len(cs.Table.Rows) - len(cs.Rows) + rejected(cs.Table)
	ci.Account = a
	before, pairs, team := append([]domain.Contact(nil), p.Contacts...), len(p.Coverage), len(a.Team)
	today := domain.Today()
	if err := futureLastContact(cs.Rows, today); err != nil {
		return nil, err
	}
	impossible := p.Impossible(today)
	MergeContacts(p, a, cs.Rows, opts, &ci.Report)
	if err := domain.NewlyImpossible(impossible, p.Impossible(today)); err != nil {
		return nil, err // a last activity after today: the editor would refuse it too
	}
	// What counts is the end: rows that undo each other (the same e-mail twice with two
	// titles) leave nothing to write. Owners only ever add pairs and members.
	ci.changed = !reflect.DeepEqual(before, p.Contacts) || len(p.Coverage) != pairs
	ci.teamChanged = len(a.Team) != team
	ci.Report.sortNotes()
	return ci, nil
}

// futureLastContact refuses the file at the first row whose last contact is after today,
// naming its line: the editor would refuse the date too.
func futureLastContact(rows []ContactRow, today domain.Date) error {
	for _, r := range rows {
		if r.Contact.LastContact.After(today) {
			return domain.Errorf(domain.CodeInvalid, "csv.last_contact_future",
				"line %d: the last contact with %s is after today: nothing was imported", r.Line, r.Contact.Name)
		}
	}
	return nil
}

func checkCompanies(cs Contacts, account string, opts ContactOptions) error {
	list := Companies(cs, account)
	if opts.Companies != nil || len(list) == 0 || list[0].Plans {
		return nil
	}
	var names []string
	for i, c := range list {
		if i == 3 {
			names = append(names, "…")
			break
		}
		names = append(names, c.Name)
	}
	return domain.Errorf(domain.CodeInvalid, "csv.wrong_account",
		"the file's contacts are at %s, not at %s: nothing was imported (import it into that account's plan)",
		strings.Join(names, ", "), account)
}

// rejected counts the rows the reader refused (they are not in the table's rows).
func rejected(t Table) int {
	n := 0
	for _, nt := range t.Notes {
		if strings.HasSuffix(nt.Msg, "row skipped") {
			n++
		}
	}
	return n
}

func newReport(k Kind, t Table, m Mapping) Report {
	r := Report{Kind: k, Encoding: t.Encoding, Delimiter: delimName(t.Delimiter), Rows: len(t.Rows) + rejected(t)}
	r.columns(t.Header, m)
	return r
}

// Save writes the merged plan in one transaction (nothing when nothing changed), after the
// account when owners joined its team: a member alone is harmless should the plan's save
// fail. When either was saved elsewhere since it was read, the plan is not written and
// domain.IsStale holds.
func (ci *ContactsImport) Save(ctx context.Context, st domain.Store) error {
	if ci.teamChanged {
		if err := st.SaveAccount(ctx, ci.Account); err != nil {
			return err
		}
	}
	if !ci.changed {
		return nil
	}
	return st.SavePlan(ctx, ci.Plan)
}

// ImportContacts reads a contacts export and merges it into the plan, saved in one
// transaction: either every good row lands or nothing does.
func ImportContacts(ctx context.Context, st domain.Store, planID string, r io.Reader, opts ContactOptions) (Report, error) {
	cs, err := ParseContacts(r, opts.Dates)
	if err != nil {
		return Report{}, err
	}
	ci, err := PrepareContacts(ctx, st, planID, cs, opts)
	if err != nil {
		return Report{}, err
	}
	return ci.Report, ci.Save(ctx, st)
}
