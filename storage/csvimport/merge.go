package csvimport

import (
	"strings"

	"kamplan/domain"
)

// MergeReport says what an import did to a plan.
type MergeReport struct {
	Added, Updated int
	OtherAccounts  int // rows of other organisations, left alone
	Problems       []RowProblem
}

// MergeContacts adds the rows of one account to a plan: a contact already in the plan (same
// email, else same name) is updated with the values the export has, keeping every assessment;
// others are added. Rows of other organisations are left out when the export names several.
// Reports-to links are resolved by name; one that would form a cycle is left out and reported.
func MergeContacts(p *domain.Plan, accountName string, rows []ContactRow) MergeReport {
	var rep MergeReport
	rows = rowsOfAccount(rows, accountName, &rep)
	for _, r := range rows {
		if c := findSame(p, r.Contact); c != nil {
			update(c, r.Contact)
			rep.Updated++
			continue
		}
		p.Contacts = append(p.Contacts, r.Contact)
		rep.Added++
	}
	for _, r := range rows {
		linkManager(p, r, &rep)
	}
	return rep
}

func rowsOfAccount(rows []ContactRow, accountName string, rep *MergeReport) []ContactRow {
	orgs := map[string]bool{}
	for _, r := range rows {
		if r.Account != "" {
			orgs[orgKey(r.Account)] = true
		}
	}
	if len(orgs) <= 1 {
		return rows
	}
	want := orgKey(accountName)
	var out []ContactRow
	for _, r := range rows {
		if r.Account == "" || orgKey(r.Account) == want {
			out = append(out, r)
		} else {
			rep.OtherAccounts++
		}
	}
	return out
}

// orgKey compares organisation names without case, accents, punctuation or legal form.
func orgKey(name string) string {
	words := strings.Fields(strings.ToLower(name))
	legal := map[string]bool{"sa": true, "sl": true, "slu": true, "sau": true, "inc": true, "ltd": true,
		"llc": true, "gmbh": true, "ag": true, "plc": true, "bv": true, "nv": true, "sas": true, "srl": true, "spa": true, "corp": true, "co": true}
	var kept []string
	for _, w := range words {
		if n := norm(w); n != "" && !legal[n] {
			kept = append(kept, n)
		}
	}
	return strings.Join(kept, " ")
}

func findSame(p *domain.Plan, c domain.Contact) *domain.Contact {
	for i := range p.Contacts {
		if c.Email != "" && strings.EqualFold(p.Contacts[i].Email, c.Email) {
			return &p.Contacts[i]
		}
	}
	key := norm(c.Name)
	for i := range p.Contacts {
		if norm(p.Contacts[i].Name) == key {
			return &p.Contacts[i]
		}
	}
	return nil
}

// update copies what the export knows; influence, attitude and relationship stay the KAM's.
func update(dst *domain.Contact, src domain.Contact) {
	set := func(d *string, s string) {
		if s != "" {
			*d = s
		}
	}
	set(&dst.Title, src.Title)
	set(&dst.Department, src.Department)
	set(&dst.Email, src.Email)
	set(&dst.Phone, src.Phone)
	set(&dst.Owner, src.Owner)
	if src.LastContact.After(dst.LastContact) {
		dst.LastContact = src.LastContact
	}
	for _, r := range src.BuyingRoles {
		if !dst.HasRole(r) {
			dst.BuyingRoles = append(dst.BuyingRoles, r)
		}
	}
	if dst.SellingRole == "" {
		dst.SellingRole = src.SellingRole
	}
}

func linkManager(p *domain.Plan, r ContactRow, rep *MergeReport) {
	if r.ReportsTo == "" {
		return
	}
	c := findSame(p, r.Contact)
	boss := findSame(p, domain.Contact{Name: r.ReportsTo})
	switch {
	case c == nil:
		return
	case boss == nil:
		rep.Problems = append(rep.Problems, problem(r.Line, "csv.unknown_manager", "%s reports to %q, who is not in the plan: link left out", c.Name, r.ReportsTo))
	case boss.ID == c.ID:
		rep.Problems = append(rep.Problems, problem(r.Line, "csv.self_manager", "%s cannot report to themselves: link left out", c.Name))
	default:
		old := c.ReportsTo
		c.ReportsTo = boss.ID
		if p.ReportsToCycle() != nil {
			c.ReportsTo = old
			rep.Problems = append(rep.Problems, problem(r.Line, "csv.manager_cycle", "%s reporting to %s would form a cycle: link left out", c.Name, boss.Name))
		}
	}
}
