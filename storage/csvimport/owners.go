package csvimport

import "kamplan/domain"

// coverByOwners makes the CRM's owner of each merged person cover them: a coverage pair of
// the team member of that name (case aside) and the person, starting from the person's
// relationship levels and frequency, unless that member covers them already. An owner the
// team does not have joins it with the role "other", and the report says so once.
func (m *merger) coverByOwners(a *domain.Account, rows []ContactRow) {
	for _, r := range rows {
		i, ok := m.rowContact[r.Line]
		if !ok || r.Owner == "" {
			continue
		}
		if _, known := a.MemberNamed(r.Owner); !known {
			m.rep.add(note(r.Line, "csv.new_member", "%s, the owner of %s in the CRM, joins the account team", r.Owner, r.Contact.Name))
		}
		if domain.CoverByName(a, m.p, m.p.Contacts[i].ID, r.Owner) {
			m.changed = true
		}
	}
}
