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
	Update []*domain.Account // accounts already there that the file completes
	Report Report
}

// PrepareAccounts matches a file's accounts with the portfolio, writing nothing. A company
// already there (see CompanyKey) is never created twice: its blank profile fields are
// filled, the file's notes added, and each value that differs from the stored one is
// reported and kept, or replaced when prefer says the file's.
func PrepareAccounts(ctx context.Context, st AccountStore, as Accounts, prefer Prefer) (*AccountsImport, error) {
	existing, err := st.Accounts(ctx)
	if err != nil {
		return nil, err
	}
	known, byCRM := map[string]*domain.Account{}, map[string]*domain.Account{}
	for i := range existing {
		if k := CompanyKey(existing[i].Name); known[k] == nil {
			known[k] = &existing[i]
		}
		if id := existing[i].CRMID; id != "" {
			byCRM[id] = &existing[i]
		}
	}
	ai := &AccountsImport{Report: newReport(KindAccounts, as.Table, as.Mapping)}
	ai.Report.add(as.Notes...)
	ai.Report.Skipped = len(as.Table.Rows) - len(as.Rows) + rejected(as.Table)
	for _, r := range as.Rows {
		a := byCRM[r.Account.CRMID] // the CRM's id first, then the name
		if a == nil || r.Account.CRMID == "" {
			a = known[CompanyKey(r.Account.Name)]
		}
		if a == nil {
			acc := r.Account
			ai.Create = append(ai.Create, &acc)
			ai.Report.Created++
			continue
		}
		ai.matched(r, a, prefer)
	}
	ai.Report.sortNotes()
	return ai, nil
}

func (ai *AccountsImport) matched(r AccountRow, a *domain.Account, prefer Prefer) {
	d := &differ{line: r.Line, name: a.Name, prefer: prefer, who: phrase("csv.who_portfolio", "%s, already in the portfolio", a.Name)}
	mergeAccount(a, r.Account, d)
	same := func(key, format string, args ...any) Note {
		return note(r.Line, key, "%s is %s, already in the portfolio (%s): "+format, append([]any{r.Account.Name, a.Name, ruleCompany()}, args...)...)
	}
	switch {
	case len(d.filled) > 0:
		ai.Report.add(same("csv.account_filled", "%s filled in", d.filled))
	case d.changed:
		ai.Report.add(same("csv.account_replaced", "the file's values replace the stored ones"))
	default:
		ai.Report.add(same("csv.account_same", "nothing new"))
	}
	ai.Report.add(d.notes()...)
	ai.Report.Differences = append(ai.Report.Differences, d.found...)
	if !d.changed {
		ai.Report.Unchanged++
		return
	}
	ai.Update = append(ai.Update, a) // once: the file has each company once (see AccountsFrom)
	ai.Report.Updated++
}

// mergeAccount completes a stored profile with the file's (see PrepareAccounts); the tier
// is the key account manager's judgement and stays.
func mergeAccount(a *domain.Account, src domain.Account, d *differ) {
	d.text(FieldIndustry, &a.Industry, src.Industry)
	d.text(FieldCountry, &a.Country, src.Country)
	d.text(FieldWebsite, &a.Website, src.Website)
	d.text(FieldOwner, &a.Owner, src.Owner)
	d.value(FieldEmployees, countText(a.Employees), countText(src.Employees), equal, func() { a.Employees = src.Employees })
	sameRevenue := a.AnnualRevenue == src.AnnualRevenue &&
		(a.RevenueCurrency == src.RevenueCurrency || a.RevenueCurrency == "" || src.RevenueCurrency == "")
	d.value(FieldRevenue, moneyText(a.AnnualRevenue, a.RevenueCurrency), moneyText(src.AnnualRevenue, src.RevenueCurrency),
		func(string, string) bool { return sameRevenue },
		func() { a.AnnualRevenue, a.RevenueCurrency = src.AnnualRevenue, src.RevenueCurrency })
	d.text(FieldSize, &a.Size, src.Size)
	if a.CRMID == "" && src.CRMID != "" {
		a.CRMID = src.CRMID
		d.filled, d.changed = append(d.filled, FieldPhrase(FieldCRMID)), true
	}
	if notes := addNoteLines(a.Notes, src.Notes); notes != a.Notes {
		a.Notes = notes
		d.filled, d.changed = append(d.filled, FieldPhrase(FieldNotes)), true
	}
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
	FieldCountry: "country", FieldWebsite: "website", FieldEmployees: "employees", FieldSize: "size",
	FieldRevenue: "annual revenue", FieldTier: "tier", FieldNotes: "notes",
	FieldOpportunity: "opportunity", FieldAccountID: "account id", FieldStage: "stage", FieldStatus: "status",
	FieldAmount: "amount", FieldCloseDate: "close date", FieldProbability: "probability", FieldCRMID: "CRM id", FieldReason: "reason",
}
