package csvimport

import (
	"context"
	"strings"

	"kamplan/domain"
)

// AccountStore is what an accounts import needs of the store: every account's profile, and
// one transaction that creates and updates accounts together.
type AccountStore interface {
	Accounts(ctx context.Context) ([]domain.Account, error)
	ImportAccounts(ctx context.Context, create, update []*domain.Account, period string) error
}

// AccountsImport is an accounts import worked out and not yet written.
type AccountsImport struct {
	Create []*domain.Account // new accounts, each to get an empty plan
	Update []*domain.Account // accounts already there whose blank profile fields the file fills
	Report Report
}

// PrepareAccounts matches a file's accounts with the portfolio, writing nothing. A company
// already there (see CompanyKey) is never created twice: its blank profile fields (industry,
// country, website, owner, size) are filled and the file's notes added; the rest stays.
func PrepareAccounts(ctx context.Context, st AccountStore, as Accounts) (*AccountsImport, error) {
	existing, err := st.Accounts(ctx)
	if err != nil {
		return nil, err
	}
	known := map[string]*domain.Account{}
	for i := range existing {
		if k := CompanyKey(existing[i].Name); known[k] == nil {
			known[k] = &existing[i]
		}
	}
	ai := &AccountsImport{Report: newReport(KindAccounts, as.Table, as.Mapping)}
	ai.Report.add(as.Notes...)
	ai.Report.Skipped = len(as.Table.Rows) - len(as.Rows) + rejected(as.Table)
	for _, r := range as.Rows {
		a := known[CompanyKey(r.Account.Name)]
		if a == nil {
			acc := r.Account
			ai.Create = append(ai.Create, &acc)
			ai.Report.Created++
			continue
		}
		ai.matched(r, a)
	}
	ai.Report.sortNotes()
	return ai, nil
}

func (ai *AccountsImport) matched(r AccountRow, a *domain.Account) {
	filled := fillAccount(a, r.Account)
	if len(filled) == 0 {
		ai.Report.Unchanged++
		ai.Report.add(note(r.Line, "csv.account_same", "%s is %s, already in the portfolio (%s): nothing new", r.Account.Name, a.Name, ruleCompany()))
		return
	}
	ai.Update = append(ai.Update, a)
	ai.Report.Updated++
	ai.Report.add(note(r.Line, "csv.account_filled", "%s is %s, already in the portfolio (%s): %s filled in", r.Account.Name, a.Name, ruleCompany(), filled))
}

// fillAccount fills the blank profile fields of a with the file's, and names them.
func fillAccount(a *domain.Account, src domain.Account) Phrases {
	var filled Phrases
	set := func(dst *string, v string, f Field) {
		if *dst == "" && v != "" {
			*dst = v
			filled = append(filled, FieldPhrase(f))
		}
	}
	set(&a.Industry, src.Industry, FieldIndustry)
	set(&a.Country, src.Country, FieldCountry)
	set(&a.Website, src.Website, FieldWebsite)
	set(&a.Owner, src.Owner, FieldOwner)
	set(&a.Size, src.Size, FieldEmployees)
	if notes := addNoteLines(a.Notes, src.Notes); notes != a.Notes {
		a.Notes = notes
		filled = append(filled, FieldPhrase(FieldNotes))
	}
	return filled
}

// Save writes the accounts in one transaction: all of them, or none when anything fails.
func (ai *AccountsImport) Save(ctx context.Context, st AccountStore, period string) error {
	if len(ai.Create)+len(ai.Update) == 0 {
		return nil
	}
	return st.ImportAccounts(ctx, ai.Create, ai.Update, period)
}

// Phrases is a list of phrases, joined with commas.
type Phrases []Phrase

func (ps Phrases) String() string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Msg)
	}
	return strings.Join(s, ", ")
}

// FieldPhrase names a field as a person reads it ("csv.field.industry").
func FieldPhrase(f Field) Phrase {
	if f == FieldNone {
		return Phrase{Key: "csv.field.none", Msg: fieldNames[f]}
	}
	return Phrase{Key: "csv.field." + string(f), Msg: fieldNames[f]}
}

var fieldNames = map[Field]string{
	FieldNone: "not used", FieldName: "name", FieldFirstName: "first name", FieldLastName: "last name",
	FieldTitle: "title", FieldDepartment: "department", FieldEmail: "e-mail", FieldPhone: "phone",
	FieldMobile: "mobile", FieldCompany: "company", FieldReportsTo: "reports to", FieldOwner: "owner",
	FieldLastContact: "last contact", FieldRole: "role", FieldIndustry: "industry", FieldCity: "city",
	FieldCountry: "country", FieldWebsite: "website", FieldEmployees: "size (employees)",
	FieldRevenue: "annual revenue", FieldTier: "tier", FieldNotes: "notes",
}
