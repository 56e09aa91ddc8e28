package csvimport

import (
	"reflect"
	"strings"

	"kamplan/domain"
)

// Duplicates says what to do with a possible duplicate: a row with the name of a contact
// already there, but with something that contradicts it (another e-mail, another title).
type Duplicates int

// What to do with possible duplicates.
const (
	KeepBoth Duplicates = iota // the default: two people, reported
	MergeThem
	SkipThem
)

// ContactOptions are the choices of the person importing.
type ContactOptions struct {
	Duplicates Duplicates
	// Companies lists, by CompanyKey, other organisations whose rows are brought in
	// anyway (in the app the person picks them); rows of any other are left out.
	Companies map[string]bool
	// Prefer says which value stays where the file differs from the plan.
	Prefer Prefer
	// Dates is how the file writes numeric dates, when its values leave it open (read by
	// ImportContacts; ContactsFrom takes it as an argument).
	Dates DateOrder
}

// merger merges rows into a plan, with indexes so that each row costs the same however
// many contacts the plan has.
type merger struct {
	p       *domain.Plan
	opts    ContactOptions
	account string // the plan's account, as named
	key     string // its CompanyKey
	byEmail map[string][]int
	byName  map[string][]int
	byID    map[string]int
	byCRM   map[string]int // by the CRM's id of the person
	origin  map[int]int    // contact index → line of the file it came from
	// rowContact is the contact each merged or added row became, by line.
	rowContact map[int]int
	changed    bool
	rep        *Report
}

// MergeContacts merges the rows of an export into a plan, one row after the other, by
// these rules: the same e-mail (whatever its case) is the same person; without e-mails on
// both sides, the same name is the same person when nothing contradicts it (another
// e-mail, another title) — else it is a possible duplicate, handled as opts says. A
// person found is completed with what the CRM knows; influence, attitude and relationship
// stay as the KAM judged them; the CRM's owner of a person covers them (see coverByOwners),
// joining the team of a, the plan's account, when it has nobody of that name. Rows naming
// another company are left out unless opts picks it. Every merge and skip is noted with
// its line, both names and the rule. It reports whether the plan changed.
func MergeContacts(p *domain.Plan, a *domain.Account, rows []ContactRow, opts ContactOptions, rep *Report) bool {
	m := &merger{p: p, opts: opts, account: a.Name, key: CompanyKey(a.Name),
		byEmail: map[string][]int{}, byName: map[string][]int{}, byID: map[string]int{}, byCRM: map[string]int{},
		origin: map[int]int{}, rowContact: map[int]int{}, rep: rep}
	for i := range p.Contacts {
		m.index(i)
	}
	for _, r := range rows {
		if m.otherCompany(r) {
			continue
		}
		m.merge(r)
	}
	for _, r := range rows {
		m.linkManager(r)
	}
	m.coverByOwners(a, rows)
	return m.changed
}

func (m *merger) index(i int) {
	c := m.p.Contacts[i]
	if c.Email != "" {
		e := strings.ToLower(c.Email)
		m.byEmail[e] = append(m.byEmail[e], i)
	}
	n := nameKey(c.Name)
	m.byName[n] = append(m.byName[n], i)
	m.byID[c.ID] = i
	if c.CRMID != "" {
		m.byCRM[c.CRMID] = i
	}
}

func (m *merger) otherCompany(r ContactRow) bool {
	k := CompanyKey(r.Account)
	if r.Account == "" || k == m.key || m.opts.Companies[k] {
		return false
	}
	m.rep.Skipped++
	m.rep.add(note(r.Line, "csv.other_company", "%s is at %s, not at %s: row left out", r.Contact.Name, r.Account, m.account))
	return true
}

func (m *merger) merge(r ContactRow) {
	if i, ok := m.byCRM[r.Contact.CRMID]; ok && r.Contact.CRMID != "" {
		m.update(r, i, phrase("csv.rule_crm_id", "same CRM id"))
		return
	}
	if r.Contact.Email != "" {
		if ids := m.byEmail[strings.ToLower(r.Contact.Email)]; len(ids) > 0 {
			m.update(r, ids[0], phrase("csv.rule_email", "same e-mail address"))
			return
		}
	}
	var fits, clash []int
	for _, i := range m.byName[nameKey(r.Contact.Name)] {
		if why := contradiction(m.p.Contacts[i], r.Contact); why != nil {
			clash = append(clash, i)
		} else {
			fits = append(fits, i)
		}
	}
	switch {
	case len(fits) == 1:
		m.update(r, fits[0], phrase("csv.rule_name", "same name and company, no e-mail on both sides, nothing contradicting"))
	case len(fits) > 1:
		// The oldest: importing the file again finds the same person.
		m.update(r, fits[0], phrase("csv.rule_name_first", "same name and company, nothing contradicting; the first of %d contacts with that name", len(fits)))
	case len(clash) > 0:
		m.possibleDuplicate(r, clash[0])
	default:
		m.add(r)
	}
}

// contradiction says why a contact with the same name cannot be taken for the row's person.
func contradiction(have, row domain.Contact) *Phrase {
	if have.Email != "" && row.Email != "" && !strings.EqualFold(have.Email, row.Email) {
		p := phrase("csv.why_email", "different e-mail: %s and %s", have.Email, row.Email)
		return &p
	}
	if have.Title != "" && row.Title != "" && norm(have.Title) != norm(row.Title) {
		p := phrase("csv.why_title", "different title: %s and %s", have.Title, row.Title)
		return &p
	}
	return nil
}

func (m *merger) possibleDuplicate(r ContactRow, i int) {
	why := *contradiction(m.p.Contacts[i], r.Contact)
	switch m.opts.Duplicates {
	case MergeThem:
		m.update(r, i, phrase("csv.rule_chosen", "same name (%s), merged as you chose", why))
	case SkipThem:
		m.rep.Skipped++
		m.rep.add(note(r.Line, "csv.dup_skipped", "%s may be %s (%s): possible duplicate, row skipped as you chose", r.Contact.Name, m.who(i), why))
	default:
		m.rep.KeptBoth++
		m.rep.add(note(r.Line, "csv.dup_kept", "%s may be %s (%s): possible duplicate, kept both", r.Contact.Name, m.who(i), why))
		m.add(r)
	}
}

// who names a contact and where it comes from: "Ana García (ana@x.es), already in the plan".
func (m *merger) who(i int) Phrase {
	c := m.p.Contacts[i]
	name := c.Name
	if c.Email != "" {
		name += " <" + c.Email + ">"
	}
	if line, ok := m.origin[i]; ok {
		return phrase("csv.who_line", "%s from line %d", name, line)
	}
	return phrase("csv.who_plan", "%s, already in the plan", name)
}

func (m *merger) add(r ContactRow) {
	m.p.Contacts = append(m.p.Contacts, r.Contact)
	i := len(m.p.Contacts) - 1
	m.origin[i], m.rowContact[r.Line] = r.Line, i
	m.index(i)
	m.rep.Created++
	m.changed = true
}

func (m *merger) update(r ContactRow, i int, rule Phrase) {
	c := &m.p.Contacts[i]
	before := *c
	before.BuyingRoles = append([]domain.BuyingRole(nil), c.BuyingRoles...)
	d := &differ{line: r.Line, name: c.Name, who: m.who(i), prefer: m.opts.Prefer}
	update(c, r, d)
	if c.Email != before.Email && c.Email != "" {
		e := strings.ToLower(c.Email)
		m.byEmail[e] = append(m.byEmail[e], i)
	}
	m.rowContact[r.Line] = i
	if c.CRMID != "" {
		m.byCRM[c.CRMID] = i
	}
	if reflect.DeepEqual(before, *c) {
		m.rep.Unchanged++
		m.rep.add(note(r.Line, "csv.merged_same", "%s is %s: %s; nothing new", r.Contact.Name, d.who, rule))
	} else {
		m.rep.Updated++
		m.changed = true
		m.rep.add(note(r.Line, "csv.merged", "%s merged into %s: %s", r.Contact.Name, d.who, rule))
	}
	m.rep.add(d.notes()...)
	m.rep.Differences = append(m.rep.Differences, d.found...)
}
