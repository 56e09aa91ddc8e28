package forms

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// Member is the form of a new member of our account team: their name, their title as it is
// printed (the role's name, shown in the empty field, when left blank) and their role.
type Member struct {
	name, title *form.Entry
	role        *widget.Select
}

// NewMember adds the form of a new member, a key account executive at first, to a dialog.
func NewMember(env Env, fd *form.Dialog) *Member {
	f := &Member{name: form.NewEntry(env.Host, ""), title: form.NewEntry(env.Host, "")}
	f.role = form.SelectOf(Keyed(env.loc(), "role.", domain.TeamRoles, ""), slices.Index(domain.TeamRoles, domain.RoleExecutive))
	f.role.OnChanged = func(string) { f.title.SetPlaceHolder(env.loc().MemberTitle(domain.TeamMember{Role: f.Read().Role})) }
	f.role.OnChanged("")
	fd.Add("name", "field.name", f.name, env.required(f.name))
	fd.Add("title", "field.member_title", f.title, nil)
	fd.Add("role", "field.role", f.role, nil)
	return f
}

// Read is the member the form describes, with an id of their own.
func (f *Member) Read() domain.TeamMember {
	return domain.TeamMember{ID: domain.NewID(), Name: strings.TrimSpace(f.name.Text), Title: strings.TrimSpace(f.title.Text),
		Role: domain.TeamRoles[max(0, f.role.SelectedIndex())]}
}
