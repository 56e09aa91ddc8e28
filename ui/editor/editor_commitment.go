package editor

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// timelineRows is how many actions the timeline shows before "Show more".
const timelineRows = 12

// actionsPage shows the action plan as a timeline over a list sorted by due date, owner or
// status (the choice is remembered); overdue actions are red; a tap on a bar or a row opens
// the action.
func (e *Editor) actionsPage() fyne.CanvasObject {
	today := domain.Today()
	prefs := e.sh.Preferences()
	sortBy := chart.ActionSort(prefs.IntWithFallback("actions.sort", int(chart.SortByDue)))
	view := chart.SortActions(e.plan.Actions, sortBy, today)
	list := widget.NewList(func() int { return len(view) }, form.NewTwoLineRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(view) {
				e.actionRow(o, view[i], today)
			}
		})
	list.OnSelected = func(i widget.ListItemID) {
		list.UnselectAll()
		if i < len(view) {
			e.actionDialog(view[i].ID, list)
		}
	}
	tl := picture.NewActionTimeline(func() []domain.Action { return view }, e.timelineOptions, picture.TimelineText(e.loc), timelineRows,
		func(id string) { e.actionDialog(id, list) })
	more, fewer := widget.NewButton("", nil), widget.NewButton(e.tr("plancharts.show_fewer"), nil)
	box := form.ListBox(list, func() int { return len(view) })
	update := func() {
		view = chart.SortActions(e.plan.Actions, sortBy, today)
		list.Refresh()
		box.Refresh() // as tall as its rows
		tl.Refresh()
		e.pagerButtons(tl, more, fewer)
	}
	more.OnTapped = func() { tl.Shown += 2 * timelineRows; update() }
	fewer.OnTapped = func() { tl.Shown = timelineRows; update() }
	e.live(update)
	sortSel := form.SelectOf(e.sortLabels(), int(sortBy))
	sortSel.OnChanged = func(string) {
		sortBy = chart.ActionSort(max(0, sortSel.SelectedIndex()))
		prefs.SetInt("actions.sort", int(sortBy))
		update()
	}
	e.pagerButtons(tl, more, fewer)
	add := widget.NewButtonWithIcon(e.tr("editor.add_action"), theme.ContentAddIcon(), func() { e.actionDialog("", list) })
	e.name(sortSel, e.tr("plancharts.sort_by"))
	bar := container.NewHBox(add, widget.NewLabel(e.tr("plancharts.sort_by")), sortSel)
	return container.NewVBox(bar, e.heading("plancharts.timeline"), tl, container.NewHBox(more, fewer), picture.TimelineLegend(e.loc), box)
}

// pagerButtons says how many more actions the timeline can show, and hides what is useless.
func (e *Editor) pagerButtons(tl *picture.ActionTimeline, more, fewer *widget.Button) {
	rest := tl.Layout().More
	more.SetText(e.tr("plancharts.show_more", min(rest, 2*timelineRows)))
	more.Hidden, fewer.Hidden = rest == 0, tl.Shown <= timelineRows
	more.Refresh()
	fewer.Refresh()
}

func (e *Editor) sortLabels() []string {
	return []string{e.tr("plancharts.sort.plan"), e.tr("plancharts.sort.due"), e.tr("plancharts.sort.owner"), e.tr("plancharts.sort.status")}
}

// actionRow is an action's row in the list: its title (plan-B marked) over its status
// (overdue in red), due date and owner.
func (e *Editor) actionRow(o fyne.CanvasObject, a domain.Action, today domain.Date) {
	status := e.tr("status." + string(a.Status))
	if a.Overdue(today) {
		status = e.tr("status.overdue")
	}
	title := a.Title
	if a.Contingency {
		title = "[" + e.tr("plancharts.plan_b_mark") + "] " + title
	}
	form.SetTwoLineRow(o, title, fmt.Sprintf("%s · %s · %s", status, e.loc.Day(a.Due), a.Owner), a.Overdue(today))
}

func (e *Editor) actionDialog(id string, list *widget.List) *form.Dialog {
	a := domain.Action{ID: domain.NewID(), Status: domain.StatusNotStarted, Start: domain.Today(), Due: domain.Today().AddDays(30)}
	if x := e.plan.FindAction(id); x != nil {
		a = *x
	}
	fd := form.NewDialog(e.sh)
	title, owner, client := form.NewEntry(e.sh, a.Title), form.NewEntry(e.sh, a.Owner), form.NewEntry(e.sh, a.ClientOwner)
	start, due := form.NewEntry(e.sh, e.loc.Day(a.Start)), form.NewEntry(e.sh, e.loc.Day(a.Due))
	start.SetPlaceHolder(e.tr("editor.date_format"))
	due.SetPlaceHolder(e.tr("editor.date_format"))
	var statuses []string
	for _, s := range domain.ActionStatuses {
		statuses = append(statuses, e.tr("status."+string(s)))
	}
	status := form.SelectOf(statuses, slices.Index(domain.ActionStatuses, a.Status))
	contingency := widget.NewCheck(e.tr("field.contingency"), nil)
	contingency.SetChecked(a.Contingency)
	objIDs, objLabels := e.objectiveChoices()
	objectives := widget.NewCheckGroup(objLabels, nil)
	objectives.Selected = pickLabels(objIDs, objLabels, a.ObjectiveIDs)
	conIDs, conLabels := e.contactChoices()
	contacts := widget.NewCheckGroup(conLabels, nil)
	contacts.Selected = pickLabels(conIDs, conLabels, a.ContactIDs)
	date := func(w *form.Entry) func() error {
		return func() error { _, err := e.loc.ParseDay(w.Text); return err }
	}
	fd.Add("title", "field.action_title", title, func() error { _, err := e.requiredText(title.Text); return err })
	fd.Add("owner", "field.owner", owner, nil)
	fd.Add("client_owner", "field.client_owner", client, nil)
	fd.Add("start", "field.start", form.WithCalendar(e.sh, start, nil), date(start))
	fd.Add("due", "field.due", form.WithCalendar(e.sh, due, nil), date(due))
	fd.Add("status", "field.status", status, nil)
	fd.Add("contingency", "", contingency, nil)
	fd.Add("objective_ids", "field.objectives", objectives, nil)
	fd.Add("contact_ids", "field.contacts", contacts, nil)
	done := func() { list.Refresh(); e.refresh() }
	if id != "" {
		fd.AddDelete(a.Title, func() error { return e.applyThen(domain.RemoveItem{Coll: domain.CollActions, ID: id}, done) })
	}
	fd.Show(e.tr("editor.action"), nil, fyne.NewSize(720, 640), func() error {
		a.Title, a.Owner, a.ClientOwner = strings.TrimSpace(title.Text), owner.Text, client.Text
		a.Start, _ = e.loc.ParseDay(start.Text)
		a.Due, _ = e.loc.ParseDay(due.Text)
		a.Status = domain.ActionStatuses[max(0, status.SelectedIndex())]
		a.Contingency = contingency.Checked
		a.ObjectiveIDs = pickIDs(objIDs, objLabels, objectives.Selected)
		a.ContactIDs = pickIDs(conIDs, conLabels, contacts.Selected)
		return e.applyThen(e.putEdit(domain.CollActions, id, a), done)
	})
	return fd
}

func (e *Editor) objectiveChoices() (ids, labels []string) {
	for _, o := range e.plan.Objectives {
		ids, labels = append(ids, o.ID), append(labels, o.Statement)
	}
	return ids, labels
}

func (e *Editor) contactChoices() (ids, labels []string) {
	for _, c := range e.plan.Contacts {
		ids, labels = append(ids, c.ID), append(labels, c.Name)
	}
	return ids, labels
}

func pickLabels(ids, labels, chosen []string) []string {
	var out []string
	for _, id := range chosen {
		if i := slices.Index(ids, id); i >= 0 {
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

// signoffPage holds resources, review cadence, risks, approvals and notes.
func (e *Editor) signoffPage() fyne.CanvasObject {
	p := e.plan
	cadence := e.choice(e.cadenceLabels(), func() int { return slices.Index(domain.Cadences, p.ReviewCadence) },
		func(i int) domain.Edit {
			return domain.SetField{Field: domain.FieldReviewCadence, Value: domain.Cadences[i]}
		})
	item := func(labelKey string, f *field) *widget.FormItem { return widget.NewFormItem(e.tr(labelKey), f.box()) }
	form := widget.NewForm(
		widget.NewFormItem(e.tr("field.review_cadence"), cadence),
		item("field.internal_approval_by", e.textField("field.internal_approval_by", domain.FieldInternalApprovalBy, false, false)),
		item("field.internal_approval_on", e.dateField("field.internal_approval_on", domain.FieldInternalApprovalDate)),
		item("field.client_agreement_by", e.textField("field.client_agreement_by", domain.FieldClientAgreementBy, false, false)),
		item("field.client_agreement_on", e.dateField("field.client_agreement_on", domain.FieldClientAgreementDate)))
	return container.NewVBox(form,
		e.heading("field.resources"), e.textField("field.resources", domain.FieldResources, false, true).box(),
		e.heading("field.risks"), e.textField("field.risks", domain.FieldRisks, false, true).box(),
		e.notesEditor())
}
