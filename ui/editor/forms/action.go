package forms

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// Action is the action dialog's form: its title, owners, dates, status, whether it is a plan
// B, whether it is internal only, and the objectives and contacts it serves.
type Action struct {
	env                   Env
	a                     *domain.Action
	title, owner, client  *form.Entry
	start, due            *form.Entry
	status                *widget.Select
	contingency, internal *widget.Check
	objectives, contacts  picks
}

// NewAction adds the form of action a to a dialog.
func NewAction(env Env, fd *form.Dialog, a *domain.Action) *Action {
	loc, h := env.loc(), env.Host
	f := &Action{env: env, a: a, title: form.NewEntry(h, a.Title), owner: form.NewEntry(h, a.Owner), client: form.NewEntry(h, a.ClientOwner),
		start: form.NewEntry(h, loc.Day(a.Start)), due: form.NewEntry(h, loc.Day(a.Due)),
		status:      form.SelectOf(Keyed(loc, "status.", domain.ActionStatuses, ""), slices.Index(domain.ActionStatuses, a.Status)),
		contingency: widget.NewCheck(env.tr("field.contingency"), nil), internal: widget.NewCheck(env.tr("field.internal"), nil),
		objectives: newPicks(objectiveChoices(env.Plan)), contacts: newPicks(contactChoices(env.Plan))}
	f.start.SetPlaceHolder(env.tr("editor.date_format"))
	f.due.SetPlaceHolder(env.tr("editor.date_format"))
	f.contingency.SetChecked(a.Contingency)
	f.internal.SetChecked(a.Internal)
	f.objectives.check(a.ObjectiveIDs)
	f.contacts.check(a.ContactIDs)
	date := func(w *form.Entry) func() error {
		return func() error { _, err := loc.ParseDay(w.Text); return err }
	}
	fd.Add("title", "field.action_title", f.title, env.required(f.title))
	fd.Add("owner", "field.owner", f.owner, nil)
	fd.Add("client_owner", "field.client_owner", f.client, nil)
	fd.Add("start", "field.start", form.WithCalendar(h, f.start, nil), date(f.start))
	fd.Add("due", "field.due", form.WithCalendar(h, f.due, nil), date(f.due))
	fd.Add("status", "field.status", f.status, nil)
	fd.Add("contingency", "", f.contingency, nil)
	fd.Add("internal", "", f.internal, nil)
	fd.Add("objective_ids", "field.objectives", f.objectives.group, nil)
	fd.Add("contact_ids", "field.contacts", f.contacts.group, nil)
	return f
}

// Read copies the form into the action (its dates were checked before Save was enabled).
func (f *Action) Read() {
	a, loc := f.a, f.env.loc()
	a.Title, a.Owner, a.ClientOwner = strings.TrimSpace(f.title.Text), f.owner.Text, f.client.Text
	a.Start, _ = loc.ParseDay(f.start.Text)
	a.Due, _ = loc.ParseDay(f.due.Text)
	a.Status = domain.ActionStatuses[max(0, f.status.SelectedIndex())]
	a.Contingency, a.Internal = f.contingency.Checked, f.internal.Checked
	a.ObjectiveIDs, a.ContactIDs = f.objectives.chosen(), f.contacts.chosen()
}

func objectiveChoices(p *domain.Plan) (ids, labels []string) {
	for _, o := range p.Objectives {
		ids, labels = append(ids, o.ID), append(labels, o.Statement)
	}
	return ids, labels
}

func contactChoices(p *domain.Plan) (ids, labels []string) {
	for _, c := range p.Contacts {
		ids, labels = append(ids, c.ID), append(labels, c.Name)
	}
	return ids, labels
}
