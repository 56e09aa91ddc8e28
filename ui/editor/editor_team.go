package editor

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// teamEditor lists our account team with their roles. Each change is an edit of one member
// by id — add, rename, change the role, move, remove — so undo takes back one change, and a
// renamed member keeps every person they cover.
func (e *Editor) teamEditor() fyne.CanvasObject {
	ids := func() []string {
		out := make([]string, len(e.account.Team))
		for i, m := range e.account.Team {
			out[i] = m.ID
		}
		return out
	}
	add := func(redraw func()) fyne.CanvasObject {
		e.memberDialog(func(m domain.TeamMember) error {
			return e.applyThen(domain.AddItem{Coll: domain.CollTeam, At: -1, Value: m}, redraw)
		})
		return nil
	}
	head := container.NewVBox(e.heading("field.team"), container.NewBorder(nil, nil, nil,
		container.New(&form.FixedWidth{Width: 240 + 3*teamDeleteWidth}, e.columnHead("field.role")), e.columnHead("field.name")))
	return e.rows(head, "editor.add_member", ids, e.memberRow, add)
}

// memberRow edits one member of the team: name, role, place in the team, removal.
func (e *Editor) memberRow(id string, redraw func()) fyne.CanvasObject {
	member := func() domain.TeamMember { m, _ := e.account.Member(id); return m }
	change := func(set func(*domain.TeamMember)) domain.Edit {
		m := member()
		set(&m)
		return domain.ReplaceItem{Coll: domain.CollTeam, Value: m}
	}
	name := e.newField(spec{label: e.tr("field.team"), parse: e.requiredText,
		show: func() string { return member().Name }, value: func() any { return member().Name },
		edit: func(v any) domain.Edit { return change(func(m *domain.TeamMember) { m.Name = v.(string) }) }})
	role := e.choice(e.roleLabels(), func() int { return slices.Index(domain.TeamRoles, member().Role) },
		func(k int) domain.Edit { return change(func(m *domain.TeamMember) { m.Role = domain.TeamRoles[k] }) })
	e.name(role, e.tr("field.role"))
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.moveMember(id, -1, redraw) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.moveMember(id, 1, redraw) }),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.removeMember(id, redraw) }))
	return container.NewBorder(nil, nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(240, role.MinSize().Height), role), buttons), name.box())
}

func (e *Editor) roleLabels() []string {
	var out []string
	for _, r := range domain.TeamRoles {
		out = append(out, e.tr("role."+string(r)))
	}
	return out
}

// moveMember moves a member one place up (delta −1) or down: the matrix's columns follow.
func (e *Editor) moveMember(id string, delta int, redraw func()) {
	i := slices.IndexFunc(e.account.Team, func(m domain.TeamMember) bool { return m.ID == id })
	if i < 0 || i+delta < 0 || i+delta >= len(e.account.Team) {
		return
	}
	if err := e.apply(domain.MoveItem{Coll: domain.CollTeam, ID: id, To: i + delta}); err != nil {
		e.showError(err)
	}
	redraw()
}

// removeMember asks, saying how many of the plan's coverage pairs go with the member, then
// removes both (one undo brings them back).
func (e *Editor) removeMember(id string, redraw func()) {
	m, ok := e.account.Member(id)
	if !ok {
		return
	}
	ask := e.tr("editor.delete.ask", m.Name)
	pairs := 0
	for _, c := range e.plan.Coverage {
		if c.MemberID == id {
			pairs++
		}
	}
	if pairs > 0 {
		ask += "\n" + e.loc.TCount("editor.member_pairs", pairs, pairs)
	}
	e.confirmDeleteText(ask, func() {
		if err := e.apply(domain.RemoveItem{Coll: domain.CollTeam, ID: id}); err != nil {
			e.showError(err)
		}
		redraw()
		e.refresh()
	})
}

// memberDialog asks the name and role of a new member of our account team: the team never
// holds a placeholder as a name.
func (e *Editor) memberDialog(add func(domain.TeamMember) error) {
	fd := form.NewDialog(e.sh)
	name := form.NewEntry(e.sh, "")
	role := form.SelectOf(e.roleLabels(), slices.Index(domain.TeamRoles, domain.RoleExecutive))
	fd.Add("name", "field.name", name, func() error { _, err := e.requiredText(name.Text); return err })
	fd.Add("role", "field.role", role, nil)
	fd.Show(e.tr("editor.add_member"), nil, fyne.NewSize(480, 260), func() error {
		return add(domain.TeamMember{ID: domain.NewID(), Name: strings.TrimSpace(name.Text), Role: domain.TeamRoles[max(0, role.SelectedIndex())]})
	})
}
