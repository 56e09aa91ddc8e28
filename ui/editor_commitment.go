package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

func (e *editor) commitmentTabs() fyne.CanvasObject {
	return e.sub(
		container.NewTabItem(e.tr("editor.actions"), e.actionsPage()),
		container.NewTabItem(e.tr("editor.kpis"), e.kpisPage()),
		container.NewTabItem(e.tr("editor.signoff"), e.signoffPage()),
	)
}

// actionsPage lists the actions; overdue ones are shown in red.
func (e *editor) actionsPage() fyne.CanvasObject {
	today := domain.Today()
	list := widget.NewList(func() int { return len(e.plan.Actions) },
		func() fyne.CanvasObject { return canvas.NewText("", theme.Color(theme.ColorNameForeground)) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			a := e.plan.Actions[i]
			t := o.(*canvas.Text)
			status := e.tr("status." + string(a.Status))
			t.Color = theme.Color(theme.ColorNameForeground)
			if a.Overdue(today) {
				status = e.tr("status.overdue")
				t.Color = theme.Color(theme.ColorNameError)
			}
			t.Text = fmt.Sprintf("%s · %s · %s · %s", status, e.app.date(a.Due), a.Owner, a.Title)
			t.Refresh()
		})
	list.OnSelected = func(i widget.ListItemID) { list.UnselectAll(); e.actionDialog(i, list) }
	add := widget.NewButtonWithIcon(e.tr("editor.add_action"), theme.ContentAddIcon(), func() { e.actionDialog(-1, list) })
	return container.NewVBox(add, container.NewGridWrap(fyne.NewSize(900, 440), list))
}

func (e *editor) actionDialog(i int, list *widget.List) {
	a := domain.Action{ID: domain.NewID(), Status: domain.StatusNotStarted, Start: domain.Today(), Due: domain.Today().AddDays(30)}
	if i >= 0 {
		a = e.plan.Actions[i]
	}
	entry := func(v string) *widget.Entry { w := widget.NewEntry(); w.SetText(v); return w }
	title, owner, client := entry(a.Title), entry(a.Owner), entry(a.ClientOwner)
	start, due := entry(e.app.date(a.Start)), entry(e.app.date(a.Due))
	var statuses []string
	for _, s := range domain.ActionStatuses {
		statuses = append(statuses, e.tr("status."+string(s)))
	}
	status := selectOf(statuses, indexOf(domain.ActionStatuses, a.Status))
	contingency := widget.NewCheck(e.tr("field.contingency"), nil)
	contingency.SetChecked(a.Contingency)
	objIDs, objLabels := e.objectiveChoices()
	objectives := widget.NewCheckGroup(objLabels, nil)
	objectives.Selected = pickLabels(objIDs, objLabels, a.ObjectiveIDs)
	conIDs, conLabels := e.contactChoices()
	contacts := widget.NewCheckGroup(conLabels, nil)
	contacts.Selected = pickLabels(conIDs, conLabels, a.ContactIDs)
	form := widget.NewForm(
		widget.NewFormItem(e.tr("field.title"), title), widget.NewFormItem(e.tr("field.owner"), owner),
		widget.NewFormItem(e.tr("field.client_owner"), client), widget.NewFormItem(e.tr("field.start"), start),
		widget.NewFormItem(e.tr("field.due"), due), widget.NewFormItem(e.tr("field.status"), status),
		widget.NewFormItem("", contingency), widget.NewFormItem(e.tr("field.objectives"), objectives),
		widget.NewFormItem(e.tr("field.contacts"), contacts))
	d := dialog.NewCustomConfirm(e.tr("editor.action"), e.tr("dialog.save"), e.tr("dialog.cancel"), container.NewVScroll(form), func(ok bool) {
		if !ok {
			return
		}
		var ok2 bool
		a.Title, a.Owner, a.ClientOwner = strings.TrimSpace(title.Text), owner.Text, client.Text
		if a.Start, ok2 = e.app.parseDate(start.Text); !ok2 {
			e.app.showError(errorf(e.tr("field.start") + ": " + e.tr("editor.err.date")))
			return
		}
		if a.Due, ok2 = e.app.parseDate(due.Text); !ok2 {
			e.app.showError(errorf(e.tr("field.due") + ": " + e.tr("editor.err.date")))
			return
		}
		a.Status = domain.ActionStatuses[max(0, status.SelectedIndex())]
		a.Contingency = contingency.Checked
		a.ObjectiveIDs = pickIDs(objIDs, objLabels, objectives.Selected)
		a.ContactIDs = pickIDs(conIDs, conLabels, contacts.Selected)
		e.listSaved(putItem(e, &e.plan.Actions, i, a), list)
	}, e.app.win)
	if i >= 0 {
		e.deleteButton(form, d, a.Title, func() error { e.removeAction(a.ID); return nil }, list)
	}
	d.Resize(fyne.NewSize(720, 640))
	d.Show()
}

func (e *editor) objectiveChoices() (ids, labels []string) {
	for _, o := range e.plan.Objectives {
		ids, labels = append(ids, o.ID), append(labels, o.Statement)
	}
	return ids, labels
}

func (e *editor) contactChoices() (ids, labels []string) {
	for _, c := range e.plan.Contacts {
		ids, labels = append(ids, c.ID), append(labels, c.Name)
	}
	return ids, labels
}

func pickLabels(ids, labels, chosen []string) []string {
	var out []string
	for _, id := range chosen {
		if i := indexOf(ids, id); i < len(labels) && ids[i] == id {
			out = append(out, labels[i])
		}
	}
	return out
}

func pickIDs(ids, labels, selected []string) []string {
	var out []string
	for i, l := range labels {
		for _, s := range selected {
			if s == l {
				out = append(out, ids[i])
				break
			}
		}
	}
	return out
}

func (e *editor) removeAction(id string) {
	var kept []domain.Action
	for _, a := range e.plan.Actions {
		if a.ID != id {
			kept = append(kept, a)
		}
	}
	e.plan.Actions = kept
	for i := range e.plan.KPIs {
		e.plan.KPIs[i].PlanB.ActionIDs = without(e.plan.KPIs[i].PlanB.ActionIDs, id)
	}
	e.changed()
}

// signoffPage holds resources, review cadence, risks, approvals and notes.
func (e *editor) signoffPage() fyne.CanvasObject {
	p := e.plan
	c := &p.Commitment
	cadence := e.choice(e.cadenceLabels(), func() int { return indexOf(domain.Cadences, p.ReviewCadence) },
		func(i int) { p.ReviewCadence = domain.Cadences[i] })
	approval := func(ap *domain.Approval) (*widget.Entry, *widget.Entry) {
		return e.text(func() string { return ap.By }, func(s string) { ap.By = s }, e.changed),
			e.date(func() domain.Date { return ap.Date }, func(d domain.Date) { ap.Date = d })
	}
	inBy, inOn := approval(&c.InternalApproval)
	clBy, clOn := approval(&c.ClientAgreement)
	form := widget.NewForm(
		widget.NewFormItem(e.tr("field.review_cadence"), cadence),
		widget.NewFormItem(e.tr("field.internal_approval_by"), inBy), widget.NewFormItem(e.tr("field.internal_approval_on"), inOn),
		widget.NewFormItem(e.tr("field.client_agreement_by"), clBy), widget.NewFormItem(e.tr("field.client_agreement_on"), clOn))
	return container.NewVBox(form,
		e.heading("field.resources"), e.multiline(func() string { return p.Resources }, func(s string) { p.Resources = s }),
		e.heading("field.risks"), e.multiline(func() string { return p.Risks }, func(s string) { p.Risks = s }),
		e.notesEditor())
}
