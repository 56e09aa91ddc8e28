package review

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
)

// actionRow is a new action the review decides: what, who of the team, by when and the
// objective it serves (the action plan links every action to one).
type actionRow struct {
	f         *recordForm
	title     *form.Entry
	due       *form.Entry
	owner     *widget.Select
	objective *widget.Select
}

// addAction adds a row for a new action under the others.
func (f *recordForm) addAction() {
	env := f.h.Env()
	a := &actionRow{f: f, title: form.NewEntry(env.Host, ""), due: form.NewEntry(env.Host, "")}
	a.title.SetPlaceHolder(f.loc.T("review.action.hint"))
	a.due.SetPlaceHolder(f.loc.T("editor.date_format"))
	var owners, objectives []string
	for _, m := range env.Account.Team {
		owners = append(owners, m.Name)
	}
	for _, o := range env.Plan.Objectives {
		objectives = append(objectives, forms.Shorten(o.Statement, 50))
	}
	a.owner, a.objective = widget.NewSelect(owners, nil), widget.NewSelect(objectives, nil)
	a.owner.PlaceHolder, a.objective.PlaceHolder = f.loc.T("review.owner"), f.loc.T("review.objective")
	if len(objectives) == 1 {
		a.objective.SetSelectedIndex(0)
	}
	a.owner.OnChanged = func(string) { f.fd.Validate() }
	a.objective.OnChanged = func(string) { f.fd.Validate() }
	f.actions = append(f.actions, a)
	// the objective on a line of its own: its list is as wide as the choice and stays in the window
	row := container.NewVBox(a.title, a.objective, container.NewGridWithColumns(2, a.owner, form.WithCalendar(env.Host, a.due, nil)))
	f.fd.Add("action."+strconv.Itoa(len(f.actions)), "review.new_action", row, a.check)
	f.fd.Validate()
	f.h.Env().Host.Window().Canvas().Focus(a.title)
}

// blank says the row was left empty: it adds no action.
func (a *actionRow) blank() bool {
	return strings.TrimSpace(a.title.Text) == "" && strings.TrimSpace(a.due.Text) == "" && a.owner.SelectedIndex() < 0
}

// check says what is missing or wrong in a row that is not blank.
func (a *actionRow) check() error {
	if a.blank() {
		return nil
	}
	if strings.TrimSpace(a.title.Text) == "" {
		return a.f.problem("review.err.action_title")
	}
	due, err := a.f.loc.ParseDay(a.due.Text)
	if err != nil {
		return err
	}
	if held, err := a.f.loc.ParseDay(a.f.date.Text); err == nil && !due.IsZero() && due.Before(held) {
		return a.f.problem("review.err.due_before")
	}
	if a.objective.SelectedIndex() < 0 {
		return a.f.problem("err.action_objective")
	}
	return nil
}

// read is the row's action, started on the review's day; false for a blank row.
func (a *actionRow) read(held domain.Date) (domain.Action, bool) {
	if a.blank() {
		return domain.Action{}, false
	}
	env := a.f.h.Env()
	x := domain.Action{ID: domain.NewID(), Title: strings.TrimSpace(a.title.Text), Start: held, Status: domain.StatusNotStarted,
		ObjectiveIDs: []string{env.Plan.Objectives[a.objective.SelectedIndex()].ID}}
	if i := a.owner.SelectedIndex(); i >= 0 {
		x.Owner = env.Account.Team[i].Name
	}
	x.Due, _ = a.f.loc.ParseDay(a.due.Text)
	return x, true
}
