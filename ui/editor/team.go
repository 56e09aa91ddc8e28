package editor

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/bind"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
)

// team is our account team on the Profile page, with their roles. Each change is an edit of
// one member by id — add, rename, change the role, move, remove — so undo takes back one
// change, and a renamed member keeps every person they cover.
type team struct{ e *Editor }

func (t team) view() fyne.CanvasObject {
	e := t.e
	ids := func() []string {
		out := make([]string, len(e.account.Team))
		for i, m := range e.account.Team {
			out[i] = m.ID
		}
		return out
	}
	add := func(redraw func()) fyne.CanvasObject {
		t.addDialog(func(m domain.TeamMember) error {
			return e.applyThen(domain.AddItem{Coll: domain.CollTeam, At: -1, Value: m}, redraw)
		})
		return nil
	}
	title := widget.NewLabelWithStyle(e.tr("field.member_title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord // in a narrow window, under the name's column
	head := container.NewVBox(heading(e.loc, "field.team"), form.Wrapped(e.tr("editor.member_title_hint")), container.NewBorder(nil, nil, nil,
		container.New(&form.FixedWidth{Width: 240 + 3*deleteWidth}, heading(e.loc, "field.role")), container.NewGridWithColumns(2, heading(e.loc, "field.name"), title)))
	return listRows(e, head, "editor.add_member", ids, t.row, add)
}

// row edits one member of the team: name, title as printed, role, place in the team, removal.
func (t team) row(id string, redraw func()) fyne.CanvasObject {
	e := t.e
	member := func() domain.TeamMember { m, _ := e.account.Member(id); return m }
	change := func(set func(*domain.TeamMember)) domain.Edit {
		m := member()
		set(&m)
		return domain.ReplaceItem{Coll: domain.CollTeam, Value: m}
	}
	name := e.fields.New(bind.Spec{Label: e.tr("field.team"), Parse: e.parse.Required,
		Show: func() string { return member().Name }, Value: func() any { return member().Name },
		Edit: func(v any) domain.Edit { return change(func(m *domain.TeamMember) { m.Name = v.(string) }) }})
	title := e.fields.New(bind.Spec{Label: e.tr("field.member_title"), Parse: e.parse.Trimmed,
		Show: func() string { return member().Title }, Value: func() any { return member().Title },
		Edit: func(v any) domain.Edit { return change(func(m *domain.TeamMember) { m.Title = v.(string) }) }})
	title.SetPlaceHolder(e.loc.MemberTitle(domain.TeamMember{Role: member().Role})) // what prints while it is empty
	role := e.fields.Choice(roleLabels(e.loc), func() int { return slices.Index(domain.TeamRoles, member().Role) }, func(k int) domain.Edit {
		title.SetPlaceHolder(e.loc.MemberTitle(domain.TeamMember{Role: domain.TeamRoles[k]}))
		return change(func(m *domain.TeamMember) { m.Role = domain.TeamRoles[k] })
	})
	e.name(role, e.tr("field.role"))
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { t.move(id, -1, redraw) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { t.move(id, 1, redraw) }),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { t.remove(id, redraw) }))
	return container.NewBorder(nil, nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(240, role.MinSize().Height), role), buttons), container.NewGridWithColumns(2, name.Box(), title.Box()))
}

// move moves a member one place up (delta −1) or down: the matrix's columns follow.
func (t team) move(id string, delta int, redraw func()) {
	e := t.e
	i := slices.IndexFunc(e.account.Team, func(m domain.TeamMember) bool { return m.ID == id })
	if i < 0 || i+delta < 0 || i+delta >= len(e.account.Team) {
		return
	}
	if err := e.apply(domain.MoveItem{Coll: domain.CollTeam, ID: id, To: i + delta}); err != nil {
		e.showError(err)
	}
	redraw()
}

// remove asks, saying how many of the plan's coverage pairs go with the member, then
// removes both (one undo brings them back).
func (t team) remove(id string, redraw func()) {
	e := t.e
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

// addDialog asks the name, title and role of a new member of our account team: the team
// never holds a placeholder as a name.
func (t team) addDialog(add func(domain.TeamMember) error) {
	e := t.e
	fd := form.NewDialog(e.sh)
	f := forms.NewMember(e.env, fd)
	fd.Show(e.tr("editor.add_member"), form.Wrapped(e.tr("editor.member_title_hint")), fyne.NewSize(480, 320), func() error { return add(f.Read()) })
}
