package editor

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/period"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/picture"
)

// timelineRows is how many actions the timeline shows before "Show more".
const timelineRows = 12

// actionsPage shows the action plan as a timeline over a list sorted by due date, owner or
// status (the choice is remembered); overdue actions are red; a tap on a bar or a row opens
// the action (action_dialog.go).
type actionsPage struct{ e *Editor }

func (*actionsPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollActions}, fields: []domain.Field{domain.FieldPeriod}}
}

func (p *actionsPage) build() fyne.CanvasObject {
	e := p.e
	today := domain.Today()
	prefs := e.sh.Preferences()
	sortBy := chart.ActionSort(prefs.IntWithFallback("actions.sort", int(chart.SortByDue)))
	view := chart.SortActions(e.plan.Actions, sortBy, today)
	list := widget.NewList(func() int { return len(view) }, form.NewTwoLineRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(view) {
				actionRow(e.loc, o, view[i], today)
			}
		})
	list.OnSelected = func(i widget.ListItemID) {
		list.UnselectAll()
		if i < len(view) {
			e.actionDialog(view[i].ID, list)
		}
	}
	tl := picture.NewActionTimeline(func() []domain.Action { return view }, p.timelineOptions, picture.TimelineText(e.loc), timelineRows,
		func(id string) { e.actionDialog(id, list) })
	more, fewer := widget.NewButton("", nil), widget.NewButton(e.tr("plancharts.show_fewer"), nil)
	box := form.ListBox(list, func() int { return len(view) })
	update := func() {
		view = chart.SortActions(e.plan.Actions, sortBy, today)
		list.Refresh()
		box.Refresh() // as tall as its rows
		tl.Refresh()
		p.pagerButtons(tl, more, fewer)
	}
	more.OnTapped = func() { tl.Shown += 2 * timelineRows; update() }
	fewer.OnTapped = func() { tl.Shown = timelineRows; update() }
	e.live(update)
	sortSel := form.SelectOf(p.sortLabels(), int(sortBy))
	sortSel.OnChanged = func(string) {
		sortBy = chart.ActionSort(max(0, sortSel.SelectedIndex()))
		prefs.SetInt("actions.sort", int(sortBy))
		update()
	}
	p.pagerButtons(tl, more, fewer)
	add := widget.NewButtonWithIcon(e.tr("editor.add_action"), theme.ContentAddIcon(), func() { e.actionDialog("", list) })
	e.name(sortSel, e.tr("plancharts.sort_by"))
	bar := container.NewHBox(add, widget.NewLabel(e.tr("plancharts.sort_by")), sortSel)
	return container.NewVBox(bar, heading(e.loc, "plancharts.timeline"), tl, container.NewHBox(more, fewer), picture.TimelineLegend(e.loc), box)
}

// pagerButtons says how many more actions the timeline can show, and hides what is useless.
func (p *actionsPage) pagerButtons(tl *picture.ActionTimeline, more, fewer *widget.Button) {
	e := p.e
	rest := tl.Layout().More
	more.SetText(e.tr("plancharts.show_more", min(rest, 2*timelineRows)))
	more.Hidden, fewer.Hidden = rest == 0, tl.Shown <= timelineRows
	more.Refresh()
	fewer.Refresh()
}

func (p *actionsPage) sortLabels() []string {
	e := p.e
	return []string{e.tr("plancharts.sort.plan"), e.tr("plancharts.sort.due"), e.tr("plancharts.sort.owner"), e.tr("plancharts.sort.status")}
}

// actionRow is an action's row in the list: its title (plan-B marked) over its status
// (overdue in red), due date and owner.
func actionRow(loc locale.Locale, o fyne.CanvasObject, a domain.Action, today domain.Date) {
	status := loc.T("status." + string(a.Status))
	if a.Overdue(today) {
		status = loc.T("status.overdue")
	}
	title := a.Title
	if a.Contingency {
		title = "[" + loc.T("plancharts.plan_b_mark") + "] " + title
	}
	form.SetTwoLineRow(o, title, fmt.Sprintf("%s · %s · %s", status, loc.LongDate(a.Due), a.Owner), a.Overdue(today))
}

// timelineOptions size the screen's timeline over the plan's period, today marked.
func (p *actionsPage) timelineOptions() chart.TimelineOptions {
	e := p.e
	o := chart.DefaultTimelineOptions(0)
	o.Period, o.Today = period.Parse(e.plan.Period), domain.Today()
	return o
}
