package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// relmapView is what the person did to a plan's map that the plan does not hold: the
// collapsed branches and the view. It outlives a rebuild of the editor's pages (after an
// undo), which keeps the editor.
type relmapView struct {
	plan string
	view picture.MapView
}

// relationshipMapPage draws the client's organisation as an org chart: drag a card to change
// whom it reports to, or beside another card to reorder; drag a handle to add "influences";
// a card's menu adds links and collapses a branch; the map's warnings open their contact.
func (e *Editor) relationshipMapPage() fyne.CanvasObject {
	m := picture.NewRelationshipMap(e.plan, picture.OrgText(e.loc))
	view := e.relmap
	if view == nil || view.plan != e.plan.ID {
		view = &relmapView{plan: e.plan.ID, view: m.MapView()}
		e.relmap = view
	}
	m.SetMapView(view.view)
	m.OnView = func(v picture.MapView) { view.view = v }
	m.OnDrop = e.dropOnRelationshipMap
	m.OnLink = func(from, to string) { e.addLink(from, to, domain.LinkInfluences) }
	m.OnOpen = e.openContact
	m.OnMenu = func(id string, at fyne.Position) { e.relmapMenu(m, id, at) }
	warnings := container.NewVBox()
	empty := form.Wrapped(e.tr("relmap.empty"))
	e.live(func() {
		m.Refresh()
		e.relmapWarnings(warnings)
		if len(e.plan.Contacts) > 0 {
			empty.Hide()
		} else {
			empty.Show()
		}
	})
	tools := container.NewHBox(
		widget.NewButtonWithIcon(e.tr("relmap.zoom_in"), theme.ZoomInIcon(), m.ZoomIn),
		widget.NewButtonWithIcon(e.tr("relmap.zoom_out"), theme.ZoomOutIcon(), m.ZoomOut),
		widget.NewButtonWithIcon(e.tr("relmap.fit"), theme.ZoomFitIcon(), m.FitToWindow))
	top := container.NewVBox(container.NewBorder(nil, nil, e.heading("editor.relationship_map"), tools), empty)
	side := container.NewVBox(e.heading("relmap.warnings"), warnings, widget.NewSeparator(),
		form.Wrapped(e.tr("relmap.intro")), form.Wrapped(picture.OrgLegend(e.loc, "relmap.legend")))
	clip := container.NewScroll(m)
	clip.Direction = container.ScrollNone
	return container.NewBorder(top, nil, nil, container.New(&form.FixedWidth{Width: 300}, container.NewVScroll(side)), clip)
}

// dropOnRelationshipMap makes the edit a drop means; the domain refuses a cycle, shown as
// its message, and then nothing changes.
func (e *Editor) dropOnRelationshipMap(id string, drop chart.OrgDrop) {
	ed, ok := chart.OrgDropEdit(e.plan, id, drop)
	if !ok {
		return
	}
	if err := e.apply(ed); err != nil {
		e.showError(err)
	}
	e.refresh()
}

// relmapWarnings lists the map's warnings; one about a person opens that contact.
func (e *Editor) relmapWarnings(box *fyne.Container) {
	box.RemoveAll()
	ws := e.plan.MapWarnings()
	if len(ws) == 0 {
		box.Add(form.Wrapped(e.tr("relmap.no_warnings")))
	}
	for _, w := range ws {
		text := "⚠ " + e.tr(w.Key, w.Args...)
		if w.ContactID == "" {
			box.Add(form.Wrapped(text))
			continue
		}
		id := w.ContactID
		b := widget.NewButton(text, func() { e.openContact(id) })
		b.Alignment, b.Importance = widget.ButtonAlignLeading, widget.LowImportance
		box.Add(b)
	}
	box.Refresh()
}

// relmapMenu is a card's menu: open, add a link, collapse or expand its reports.
func (e *Editor) relmapMenu(m *picture.RelationshipMap, id string, at fyne.Position) {
	k := e.plan.FindContact(id)
	card, ok := m.Layout().Card(id)
	if k == nil || !ok {
		return
	}
	items := []*fyne.MenuItem{
		fyne.NewMenuItem(e.tr("relmap.menu.open"), func() { e.openContact(id) }),
		fyne.NewMenuItem(e.tr("relmap.menu.influences"), func() { e.chooseLinked(id, domain.LinkInfluences) }),
		fyne.NewMenuItem(e.tr("relmap.menu.conflict"), func() { e.chooseLinked(id, domain.LinkConflict) }),
	}
	switch {
	case card.Hidden > 0:
		items = append(items, fyne.NewMenuItem(e.tr("relmap.menu.expand"), func() { m.SetCollapsed(id, false) }))
	case card.Kids > 0:
		items = append(items, fyne.NewMenuItem(e.tr("relmap.menu.collapse"), func() { m.SetCollapsed(id, true) }))
	}
	if k.ReportsTo != "" {
		items = append(items, fyne.NewMenuItem(e.tr("relmap.menu.root"), func() {
			e.dropOnRelationshipMap(id, chart.OrgDrop{Kind: chart.OrgDropRoot})
		}))
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), e.sh.Window().Canvas(), at)
}
