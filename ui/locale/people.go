package locale

import (
	"cmp"
	"strings"
	"unicode"

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

// MemberTitle is how a member of our team's title is printed: their own title when they
// have one ("Ejecutiva de cuenta"), else their role's name in the locale's words.
func (l Locale) MemberTitle(m domain.TeamMember) string {
	return cmp.Or(strings.TrimSpace(m.Title), l.T("role."+string(m.Role)))
}

// OurPerson is Person for one of our people (who prepared or approved the plan): a bare
// name takes the title of the member of a's team of that name (none for a role "other"
// without a title of their own); a member's role typed after their name is said with
// their own title when they have one.
func (l Locale) OurPerson(text string, a *domain.Account) string {
	memberOf := func(name string) (domain.TeamMember, bool) {
		id, found := a.MemberNamed(name)
		m, _ := a.Member(id)
		return m, found
	}
	if i := strings.LastIndex(text, ","); i >= 0 {
		m, found := memberOf(text[:i])
		if role, ok := teamRole(text[i+1:]); found && ok && role == m.Role && strings.TrimSpace(m.Title) != "" {
			return strings.TrimSpace(text[:i]) + ", " + l.MemberTitle(m)
		}
	}
	return l.Person(text, func(name string) string {
		if m, found := memberOf(name); found && (strings.TrimSpace(m.Title) != "" || m.Role != "" && m.Role != domain.RoleOther) {
			return l.MemberTitle(m)
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

// InApposition writes "Name, Title" as the language writes a title after a name: Spanish in
// lower case ("Ane Goikoetxea, directora de operaciones"), a word in capitals kept ("CEO");
// English as it is.
func (l Locale) InApposition(s string) string {
	i := strings.LastIndex(s, ", ")
	if l.lang != "es" || i < 0 {
		return s
	}
	title := []rune(s[i+2:])
	if len(title) < 2 || !unicode.IsUpper(title[0]) || !unicode.IsLower(title[1]) {
		return s
	}
	title[0] = unicode.ToLower(title[0])
	return s[:i+2] + string(title)
}
