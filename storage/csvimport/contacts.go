package csvimport

import (
	"io"
	"net/mail"
	"strings"

	"kamplan/domain"
)

// ContactRow is one contact read from an export, before it is merged into a plan.
type ContactRow struct {
	Line      int
	Contact   domain.Contact
	Account   string // the organisation the row belongs to, when the export says
	ReportsTo string // the manager's name, resolved when merging
	Owner     string // the CRM's owner of the person: who covers them on our team, by name
	// extraEmail is an e-mail the row has but cannot go into the contact's field
	// (the contact already has another one): kept in the notes as "label: value".
	emailLabel string
}

// Contacts is what a contacts export holds.
type Contacts struct {
	Table   Table
	Mapping Mapping
	Rows    []ContactRow
	Notes   []Note
}

// ParseContacts reads a contacts export with the columns recognised from its headers,
// numeric dates in the order given (see ContactsFrom).
func ParseContacts(r io.Reader, dates DateOrder) (Contacts, error) {
	t, err := Read(r)
	if err != nil {
		return Contacts{}, err
	}
	return ContactsFrom(t, DetectMapping(t.Header, KindContacts), dates)
}

// ContactsFrom reads the contacts of a table through a mapping. It fails when no column
// holds names, or when a date column's order is not known (see columnOrder); a bad row
// is reported and skipped, a bad value reported and left out.
func ContactsFrom(t Table, m Mapping, dates DateOrder) (Contacts, error) {
	cols := m.columns(t.Header)
	if !cols.has(FieldName) && !cols.has(FieldFirstName) && !cols.has(FieldLastName) {
		return Contacts{}, domain.Errorf(domain.CodeInvalid, "csv.no_names",
			"no column of contact names: expected Name, or First Name and Last Name (found: %s)", strings.Join(t.Header, ", "))
	}
	order, err := DateOrderOf(t, m, dates)
	if err != nil {
		return Contacts{}, err
	}
	out := Contacts{Table: t, Mapping: m, Notes: append([]Note(nil), t.Notes...)}
	for i, row := range t.Rows {
		cr, probs := contactFrom(cols, row, t.Lines[i], order)
		out.Notes = append(out.Notes, probs...)
		if cr != nil {
			out.Rows = append(out.Rows, *cr)
		}
	}
	return out, nil
}

func contactFrom(cols columns, row []string, line int, dates DateOrder) (*ContactRow, []Note) {
	name := fullName(cols, row)
	if name == "" {
		return nil, []Note{note(line, "csv.row_no_name", "no name: row skipped")}
	}
	var probs []Note
	c := domain.Contact{
		ID: domain.NewID(), Name: name,
		Title: cols.get(row, FieldTitle), Department: cols.get(row, FieldDepartment), CRMID: cols.get(row, FieldCRMID),
		Phone: firstNonEmpty(cols.get(row, FieldPhone), cols.get(row, FieldMobile)),
		// Assessments cannot come from a CRM: start neutral, to be judged by the KAM.
		Influence: 3, Attitude: domain.AttitudeNeutral, RelNow: domain.RelWeak, RelTarget: domain.RelWorking,
	}
	if e := cols.get(row, FieldEmail); e != "" {
		if addr, err := mail.ParseAddress(e); err == nil {
			c.Email = addr.Address
		} else {
			probs = append(probs, note(line, "csv.bad_email", "%q is not an email address: left out", e))
		}
	}
	if s := cols.get(row, FieldLastContact); s != "" {
		if d, ok := parseDate(s, dates); ok {
			c.LastContact = d
		} else {
			probs = append(probs, note(line, "csv.bad_date", "%q is not a date: last contact left out", s))
		}
	}
	applyRole(&c, cols.get(row, FieldRole))
	c.Notes = contactNotes(cols, row)
	r := &ContactRow{Line: line, Contact: c, Account: cols.get(row, FieldCompany), ReportsTo: cols.get(row, FieldReportsTo),
		Owner: cols.get(row, FieldOwner)}
	if cols.has(FieldEmail) {
		r.emailLabel = cols.label(FieldEmail)
	}
	return r, probs
}

// contactNotes keeps what has no field of its own — the mobile beside a phone, city,
// country, the description — as "header: value" lines, in the file's own words.
func contactNotes(cols columns, row []string) string {
	var lines []string
	if cols.get(row, FieldPhone) != "" {
		lines = appendLabelled(lines, cols, row, FieldMobile)
	}
	for _, f := range []Field{FieldCity, FieldCountry, FieldNotes} {
		lines = appendLabelled(lines, cols, row, f)
	}
	return strings.Join(lines, "\n")
}

func appendLabelled(lines []string, cols columns, row []string, f Field) []string {
	if v := cols.get(row, f); v != "" {
		return append(lines, cols.label(f)+": "+v)
	}
	return lines
}

func fullName(cols columns, row []string) string {
	if n := cols.get(row, FieldName); n != "" {
		return n
	}
	return strings.TrimSpace(cols.get(row, FieldFirstName) + " " + cols.get(row, FieldLastName))
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// roleHints maps contact-role words of CRMs (Salesforce opportunity contact roles and the like).
var roleHints = []struct {
	word    string
	buying  domain.BuyingRole
	selling domain.SellingRole
}{
	{"economic", domain.BuyingDecider, domain.SellingEconomic},
	{"economico", domain.BuyingDecider, domain.SellingEconomic},
	{"decision", domain.BuyingDecider, ""},
	{"decisor", domain.BuyingDecider, ""},
	{"technical", domain.BuyingInfluencer, domain.SellingTechnical},
	{"tecnico", domain.BuyingInfluencer, domain.SellingTechnical},
	{"evaluator", domain.BuyingInfluencer, ""},
	{"influenc", domain.BuyingInfluencer, ""},
	{"sponsor", domain.BuyingApprover, ""},
	{"approv", domain.BuyingApprover, ""},
	{"aprob", domain.BuyingApprover, ""},
	{"champion", domain.BuyingInfluencer, domain.SellingCoach},
	{"coach", domain.BuyingInfluencer, domain.SellingCoach},
	{"aliado", domain.BuyingInfluencer, domain.SellingCoach},
	{"user", domain.BuyingUser, ""},
	{"usuario", domain.BuyingUser, ""},
	{"purchas", domain.BuyingBuyer, ""},
	{"procure", domain.BuyingBuyer, ""},
	{"buyer", domain.BuyingBuyer, ""},
	{"compra", domain.BuyingBuyer, ""},
	{"gatekeeper", domain.BuyingGatekeeper, ""},
	{"filtro", domain.BuyingGatekeeper, ""},
	{"initiat", domain.BuyingInitiator, ""},
	{"inicia", domain.BuyingInitiator, ""},
}

// applyRole reads a role cell such as "Economic Buyer; Decision Maker".
func applyRole(c *domain.Contact, cell string) {
	for _, part := range strings.FieldsFunc(cell, func(r rune) bool { return r == ';' || r == ',' || r == '/' }) {
		p := norm(part)
		for _, h := range roleHints {
			if !strings.Contains(p, h.word) {
				continue
			}
			if !c.HasRole(h.buying) {
				c.BuyingRoles = append(c.BuyingRoles, h.buying)
			}
			if h.selling != "" && c.SellingRole == "" {
				c.SellingRole = h.selling
			}
			break
		}
	}
}
