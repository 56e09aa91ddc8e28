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

// relmapPage draws the client's organisation as an org chart: drag a card to change whom it
// reports to, or beside another card to reorder; drag a handle to add "influences"; a card's
// menu adds links and collapses a branch; the map's warnings open their contact.
type relmapPage struct {
	e *Editor
	// view is what the person did to the map that the plan does not hold: the collapsed
	// branches and the view. It outlives a redraw of the page (after an undo).
	view *picture.MapView
}

func (*relmapPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollLinks}, shows: []domain.Coll{domain.CollContacts, domain.CollCoverage, domain.CollTeam}}
}

func (p *relmapPage) build() fyne.CanvasObject {
	e := p.e
	m := picture.NewRelationshipMap(e.plan, picture.OrgText(e.loc))
	if p.view == nil {
		v := m.MapView()
		p.view = &v
	}
	m.SetMapView(*p.view)
	m.OnView = func(v picture.MapView) { *p.view = v }
	m.OnDrop = p.drop
	m.OnLink = func(from, to string) { links{e}.add(from, to, domain.LinkInfluences) }
	m.OnOpen = e.openContact
	m.OnMenu = func(id string, at fyne.Position) { p.menu(m, id, at) }
	warnings := container.NewVBox()
	empty := form.Wrapped(e.tr("relmap.empty"))
	e.live(func() {
		m.Refresh()
		p.warnings(warnings)
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
	top := container.NewVBox(container.NewBorder(nil, nil, heading(e.loc, "editor.relationship_map"), tools), empty)
	side := container.NewVBox(heading(e.loc, "relmap.warnings"), warnings, widget.NewSeparator(),
		form.Wrapped(e.tr("relmap.intro")), form.Wrapped(picture.OrgLegend(e.loc, "relmap.legend")))
	clip := container.NewScroll(m)
	clip.Direction = container.ScrollNone
	return container.NewBorder(top, nil, nil, container.New(&form.FixedWidth{Width: 300}, container.NewVScroll(side)), clip)
}

// drop makes the edit a drop on the map means; the domain refuses a cycle, shown as its
// message, and then nothing changes.
func (p *relmapPage) drop(id string, drop chart.OrgDrop) {
	e := p.e
	ed, ok := chart.OrgDropEdit(e.plan, id, drop)
	if !ok {
		return
	}
	if err := e.apply(ed); err != nil {
		e.showError(err)
	}
	e.refresh()
}

// warnings lists the map's warnings; one about a person opens that contact.
func (p *relmapPage) warnings(box *fyne.Container) {
	e := p.e
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

// menu is a card's menu: open, add a link, collapse or expand its reports.
func (p *relmapPage) menu(m *picture.RelationshipMap, id string, at fyne.Position) {
	e := p.e
	k := e.plan.FindContact(id)
	card, ok := m.Layout().Card(id)
	if k == nil || !ok {
		return
	}
	items := []*fyne.MenuItem{
		fyne.NewMenuItem(e.tr("relmap.menu.open"), func() { e.openContact(id) }),
		fyne.NewMenuItem(e.tr("relmap.menu.influences"), func() { links{e}.choose(id, domain.LinkInfluences) }),
		fyne.NewMenuItem(e.tr("relmap.menu.conflict"), func() { links{e}.choose(id, domain.LinkConflict) }),
	}
	switch {
	case card.Hidden > 0:
		items = append(items, fyne.NewMenuItem(e.tr("relmap.menu.expand"), func() { m.SetCollapsed(id, false) }))
	case card.Kids > 0:
		items = append(items, fyne.NewMenuItem(e.tr("relmap.menu.collapse"), func() { m.SetCollapsed(id, true) }))
	}
	if k.ReportsTo != "" {
		items = append(items, fyne.NewMenuItem(e.tr("relmap.menu.root"), func() {
			p.drop(id, chart.OrgDrop{Kind: chart.OrgDropRoot})
		}))
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), e.sh.Window().Canvas(), at)
}
