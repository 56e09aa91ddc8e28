package locale

import (
	"strings"

	"kamplan/domain"
)

// Person is how the plan names a person ("Laura Gómez, Gerente de cuenta clave") in the
// locale's words: a team role the app knows, typed after the last comma in any of the
// languages, in this one; a bare name with the title titleOf knows for it, if any (a team
// member's role, a contact's title). Anything else is kept as it was typed.
func (l Locale) Person(text string, titleOf func(name string) string) string {
	text = strings.TrimSpace(text)
	if i := strings.LastIndex(text, ","); i >= 0 {
		if role, ok := teamRole(text[i+1:]); ok {
			return strings.TrimSpace(text[:i]) + ", " + l.T("role."+string(role))
		}
		return text
	}
	if title := titleOf(text); text != "" && title != "" {
		return text + ", " + title
	}
	return text
}

// OurPerson is Person for one of our people (who prepared or approved the plan): a bare
// name takes the role of the member of a's team of that name.
func (l Locale) OurPerson(text string, a *domain.Account) string {
	return l.Person(text, func(name string) string {
		id, found := a.MemberNamed(name)
		if m, _ := a.Member(id); found && m.Role != "" && m.Role != domain.RoleOther {
			return l.T("role." + string(m.Role))
		}
		return ""
	})
}

// ClientPerson is Person for one of the client's people: a bare name takes the title of
// p's contact of that name.
func (l Locale) ClientPerson(text string, p *domain.Plan) string {
	return l.Person(text, func(name string) string {
		for _, c := range p.Contacts {
			if strings.EqualFold(strings.TrimSpace(c.Name), name) {
				return c.Title
			}
		}
		return ""
	})
}

// teamRole is the team role a label names in any of the languages.
func teamRole(label string) (domain.TeamRole, bool) {
	label = strings.Join(strings.Fields(label), " ")
	for _, role := range domain.TeamRoles {
		for _, lang := range Languages {
			if strings.EqualFold(label, New(lang).T("role."+string(role))) {
				return role, true
			}
		}
	}
	return "", false
}
