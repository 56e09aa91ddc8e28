package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// relmapView is what the person did to a plan's map that the plan does not hold: the
// collapsed branches and the view. It outlives a rebuild of the editor's pages (after an
// undo), which keeps the editor.
type relmapView struct {
	plan      string
	collapsed map[string]bool
	scale     chart.Scale
	moved     bool
	whole     bool
	row       float64 // the width the rows wrap at
}

// relationshipMapPage draws the client's organisation as an org chart: drag a card to change
// whom it reports to, or beside another card to reorder; drag a handle to add "influences";
// a card's menu adds links and collapses a branch; the map's warnings open their contact.
func (e *editor) relationshipMapPage() fyne.CanvasObject {
	m := NewRelationshipMap(e.plan, e.orgText())
	view := e.relmap
	if view == nil || view.plan != e.plan.ID {
		view = &relmapView{plan: e.plan.ID, collapsed: m.opts.Collapsed, scale: m.scale, row: m.opts.MaxRowW}
		e.relmap = view
	}
	m.opts.Collapsed, m.scale, m.moved, m.whole, m.opts.MaxRowW = view.collapsed, view.scale, view.moved, view.whole, view.row
	m.relayout()
	m.onView = func() { view.scale, view.moved, view.whole, view.row = m.scale, m.moved, m.whole, m.opts.MaxRowW }
	m.OnDrop = e.dropOnRelationshipMap
	m.OnLink = func(from, to string) { e.addLink(from, to, domain.LinkInfluences) }
	m.OnOpen = e.openContact
	m.OnMenu = func(id string, at fyne.Position) { e.relmapMenu(m, id, at) }
	warnings := container.NewVBox()
	empty := wrapped(e.tr("relmap.empty"))
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
		wrapped(e.tr("relmap.intro")), wrapped(e.orgLegend("relmap.legend")))
	clip := container.NewScroll(m)
	clip.Direction = container.ScrollNone
	return container.NewBorder(top, nil, nil, container.New(&fixedWidth{width: 300}, container.NewVScroll(side)), clip)
}

// orgText is the map's words in the interface language.
func (e *editor) orgText() chart.OrgText { return orgTextIn(e.tr) }

// orgTextIn is the map's words in a language (tr translates a key).
func orgTextIn(tr func(string, ...any) string) chart.OrgText {
	tx := chart.OrgText{Badges: map[string]string{}, More: tr("relmap.more"), KeyMark: tr("relmap.key_mark"),
		ContinuesOn: tr("relmap.continues_on"), ContinuedFrom: tr("relmap.continued_from")}
	for _, r := range domain.BuyingRoles {
		tx.Badges["buying."+string(r)] = tr("relmap.badge." + string(r))
	}
	for _, r := range domain.SellingRoles {
		key := string(r)
		if r == domain.SellingUser {
			key = "user_buyer"
		}
		tx.Badges["selling."+string(r)] = tr("relmap.badge." + key)
	}
	for i := range tx.Rel {
		tx.Rel[i] = tr(fmt.Sprintf("rel.%d", i))
	}
	return tx
}

// orgLegend explains the badges: "DEC decider, …".
func (e *editor) orgLegend(key string) string { return orgLegendIn(e.tr, key) }

func orgLegendIn(tr func(string, ...any) string, key string) string {
	var parts []string
	for _, r := range domain.BuyingRoles {
		parts = append(parts, tr("relmap.badge."+string(r))+" "+strings.ToLower(tr("buying."+string(r))))
	}
	for _, r := range domain.SellingRoles {
		k := string(r)
		if r == domain.SellingUser {
			k = "user_buyer"
		}
		parts = append(parts, tr("relmap.badge."+k)+" "+strings.ToLower(tr("selling."+string(r))))
	}
	return tr(key, strings.Join(parts, ", "))
}

// dropOnRelationshipMap makes the edit a drop means; the domain refuses a cycle, shown as
// its message, and then nothing changes.
func (e *editor) dropOnRelationshipMap(id string, drop chart.OrgDrop) {
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
func (e *editor) relmapWarnings(box *fyne.Container) {
	box.RemoveAll()
	ws := e.plan.MapWarnings()
	if len(ws) == 0 {
		box.Add(wrapped(e.tr("relmap.no_warnings")))
	}
	for _, w := range ws {
		text := "⚠ " + e.tr(w.Key, w.Args...)
		if w.ContactID == "" {
			box.Add(wrapped(text))
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
func (e *editor) relmapMenu(m *RelationshipMap, id string, at fyne.Position) {
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
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), e.app.win.Canvas(), at)
}
