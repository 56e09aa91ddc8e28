package csvimport

import (
	"strings"

	"kamplan/domain"
)

// update completes a contact with what the export knows: blank title, department and phone
// are filled, and where the CRM's differs from ours d settles it (kept, or replaced when the
// file is preferred); the CRM's owner covers the person (see coverByOwners); an e-mail is
// never replaced (it is who the person is), and one that differs goes into the notes;
// influence, attitude and relationship stay the KAM's.
func update(dst *domain.Contact, r ContactRow, d *differ) {
	src := r.Contact
	d.text(FieldTitle, &dst.Title, src.Title)
	d.text(FieldDepartment, &dst.Department, src.Department)
	d.text(FieldPhone, &dst.Phone, src.Phone)
	completeRest(dst, r)
}

func completeRest(dst *domain.Contact, r ContactRow) {
	src := r.Contact
	switch {
	case dst.Email == "":
		dst.Email = src.Email
	case src.Email != "" && !strings.EqualFold(dst.Email, src.Email):
		dst.Notes = addNoteLines(dst.Notes, r.emailLabel+": "+src.Email)
	}
	if src.LastContact.After(dst.LastContact) {
		dst.LastContact = src.LastContact
	}
	for _, role := range src.BuyingRoles {
		if !dst.HasRole(role) {
			dst.BuyingRoles = append(dst.BuyingRoles, role)
		}
	}
	if dst.SellingRole == "" {
		dst.SellingRole = src.SellingRole
	}
	if dst.CRMID == "" {
		dst.CRMID = src.CRMID
	}
	dst.Notes = addNoteLines(dst.Notes, src.Notes)
}

// addNoteLines appends to notes the lines of more it does not hold yet.
func addNoteLines(notes, more string) string {
	if more == "" || strings.Contains(notes, more) {
		return notes
	}
	var add []string
	for _, l := range strings.Split(more, "\n") {
		if l != "" && !strings.Contains(notes, l) {
			add = append(add, l)
		}
	}
	if len(add) == 0 {
		return notes
	}
	if notes != "" {
		notes += "\n"
	}
	return notes + strings.Join(add, "\n")
}

// linkManager resolves a row's reports-to by name, when exactly one contact has it;
// a link that would form a cycle is left out and reported.
func (m *merger) linkManager(r ContactRow) {
	ci, ok := m.rowContact[r.Line]
	if r.ReportsTo == "" || !ok {
		return
	}
	c := &m.p.Contacts[ci]
	bosses := m.byName[nameKey(r.ReportsTo)]
	switch {
	case len(bosses) == 0:
		m.rep.add(note(r.Line, "csv.unknown_manager", "%s reports to %q, who is not in the plan: link left out", c.Name, r.ReportsTo))
	case len(bosses) > 1:
		m.rep.add(note(r.Line, "csv.ambiguous_manager", "%s reports to %q, and %d contacts have that name: link left out", c.Name, r.ReportsTo, len(bosses)))
	case bosses[0] == ci:
		m.rep.add(note(r.Line, "csv.self_manager", "%s cannot report to themselves: link left out", c.Name))
	case m.leadsTo(m.p.Contacts[bosses[0]].ID, c.ID):
		m.rep.add(note(r.Line, "csv.manager_cycle", "%s reporting to %s would form a cycle: link left out", c.Name, m.p.Contacts[bosses[0]].Name))
	case c.ReportsTo != m.p.Contacts[bosses[0]].ID:
		c.ReportsTo = m.p.Contacts[bosses[0]].ID
		m.changed = true
	}
}

// leadsTo reports whether following reports-to links from id reaches target.
func (m *merger) leadsTo(id, target string) bool {
	for steps := 0; id != "" && steps <= len(m.p.Contacts); steps++ {
		if id == target {
			return true
		}
		i, ok := m.byID[id]
		if !ok {
			return false
		}
		id = m.p.Contacts[i].ReportsTo
	}
	return false
}
