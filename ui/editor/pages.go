package editor

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"kamplan/domain"
	"kamplan/ui/editor/pagetabs"
	"kamplan/ui/shell"
)

// page is one page of the editor. It is drawn from the plan when first shown, and drawn again
// after an edit it shows (at once when it is on screen and the edit was undone or redone,
// else when next shown); between, its live figures follow every edit (Editor.live).
type page interface {
	// build draws the page from the plan as it is now.
	build() fyne.CanvasObject
	// shows says what of the plan the page draws.
	shows() topics
}

// topics are what a page draws of the plan: the lists it is the page of, other lists it draws
// or edits, and the fields of the account and plan it draws (the first page in reading order
// that draws a field is its page); or the plan's journal, which a save adds to.
type topics struct {
	owns    []domain.Coll
	shows   []domain.Coll
	fields  []domain.Field
	journal bool
}

// pageDef registers a page: its key, the catalogue key of its title, its phase and its type.
type pageDef struct {
	key   shell.Page
	title string
	phase int
	make  func(*Editor) page
}

// The editor's three phases, and the catalogue keys of their titles.
const (
	knowledge = iota
	vision
	commitment
)

var phaseKeys = []string{"phase.knowledge", "phase.vision", "phase.commitment"}

// pageList is the editor's pages in reading order, phase by phase.
var pageList = []pageDef{
	{shell.PageProfile, "editor.profile", knowledge, func(e *Editor) page { return &profilePage{e: e} }},
	{shell.PageWallet, "editor.wallet", knowledge, func(e *Editor) page { return &walletPage{e: e} }},
	{shell.PageWhiteSpace, "editor.white_space", knowledge, func(e *Editor) page { return &whiteSpacePage{e: e} }},
	{shell.PageSWOT, "editor.swot", knowledge, func(e *Editor) page { return &swotPage{e: e} }},
	{shell.PageStakeholders, "editor.stakeholders", knowledge, func(e *Editor) page { return &stakeholdersPage{e: e} }},
	{shell.PageRelationshipMap, "editor.relationship_map", knowledge, func(e *Editor) page { return &relmapPage{e: e} }},
	{shell.PageInfluenceMap, "editor.influence_map", knowledge, func(e *Editor) page { return &influencePage{e: e} }},
	{shell.PageCoverage, "editor.coverage", knowledge, func(e *Editor) page { return &coveragePage{e: e} }},
	{shell.PageStage, "editor.stage", knowledge, func(e *Editor) page { return &stagePage{e: e} }},
	{shell.PageStrategies, "editor.strategies", vision, func(e *Editor) page { return &strategiesPage{e: e} }},
	{shell.PagePortfolio, "editor.portfolio", vision, func(e *Editor) page { return &portfolioPage{e: e} }},
	{shell.PageValue, "editor.value", vision, func(e *Editor) page { return &valuePage{e: e} }},
	{shell.PageObjectives, "editor.objectives", vision, func(e *Editor) page { return &objectivesPage{e: e} }},
	{shell.PageActions, "editor.actions", commitment, func(e *Editor) page { return &actionsPage{e: e} }},
	{shell.PagePipeline, "editor.pipeline", commitment, func(e *Editor) page { return &pipelinePage{e: e} }},
	{shell.PageKPIs, "editor.kpis", commitment, func(e *Editor) page { return &kpisPage{e: e} }},
	{shell.PageSignOff, "editor.signoff", commitment, func(e *Editor) page { return &signoffPage{e: e} }},
	{shell.PageReviews, "editor.reviews", commitment, func(e *Editor) page { return &reviewPage{e: e} }},
	{shell.PageHistory, "editor.history", commitment, func(e *Editor) page { return &historyPage{e: e} }},
}

// pageDefOf is the registration of a page; ok is false for no page.
func pageDefOf(key shell.Page) (pageDef, bool) {
	for _, d := range pageList {
		if d.key == key {
			return d, true
		}
	}
	return pageDef{}, false
}

// slot is where a page is drawn: in its phase's navigation, inside a scroll.
type slot struct {
	def    pageDef
	page   page
	holder *fyne.Container   // holds what the page drew
	view   fyne.CanvasObject // what the page drew; nil until it is shown
	stale  bool              // an edit changed what the page shows: it is drawn again when shown
	live   []func()          // the page's live figures
}

// pageSet is the editor's pages in their phases: it draws a page when it is first shown, and
// again when it is shown after an edit changed what it shows.
type pageSet struct {
	e       *Editor
	slots   []*slot   // in reading order
	phases  [][]*slot // the slots of each phase
	tabs    *container.AppTabs
	subs    []*pagetabs.Tabs // the pages of each phase
	drawing *slot            // the page being drawn: the live figures registered are its own
	loose   []func()         // the live figures of no page (the header, a part drawn on its own)
}

func newPageSet(e *Editor) *pageSet {
	ps := &pageSet{e: e, phases: make([][]*slot, len(phaseKeys))}
	for _, d := range pageList {
		s := &slot{def: d, page: d.make(e)}
		ps.slots = append(ps.slots, s)
		ps.phases[d.phase] = append(ps.phases[d.phase], s)
	}
	return ps
}

// navWidth is as wide as the longest page title, so that no title is cut and the page never
// jumps sideways.
func (ps *pageSet) navWidth() float32 {
	w := float32(0)
	for _, d := range pageList {
		w = max(w, fyne.MeasureText(ps.e.tr(d.title), theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
	}
	return w + 4*theme.Padding()
}

// view makes the phases and their navigation, and draws the first page.
func (ps *pageSet) view() fyne.CanvasObject {
	ps.loose, ps.subs = nil, nil
	ps.tabs = container.NewAppTabs()
	width := ps.navWidth()
	// the right inset keeps the scroll bar, drawn over the content, off the rows' buttons
	pad := theme.Padding()
	inset := layout.NewCustomPaddedLayout(pad, pad, pad, pad+theme.Size(theme.SizeNameScrollBar))
	for i, phase := range ps.phases {
		var items []*container.TabItem
		for _, s := range phase {
			s.view, s.stale, s.live, s.holder = nil, false, nil, container.NewStack()
			items = append(items, container.NewTabItem(ps.e.tr(s.def.title), container.NewVScroll(container.New(inset, s.holder))))
		}
		t := pagetabs.New(width, items...)
		t.OnSelect = ps.shown
		ps.subs = append(ps.subs, t)
		ps.tabs.Append(container.NewTabItem(ps.e.tr(phaseKeys[i]), t.View))
	}
	ps.tabs.OnSelected = func(*container.TabItem) { ps.shown() }
	ps.build(ps.hereSlot()) // not on screen yet: the window lays it out, Editor.View runs the live figures
	return ps.tabs
}

// hereSlot is the slot of the page on screen; nil before the editor is drawn.
func (ps *pageSet) hereSlot() *slot {
	if ps.tabs == nil {
		return nil
	}
	phase := ps.tabs.SelectedIndex()
	if phase < 0 || phase >= len(ps.subs) {
		return nil
	}
	return ps.phases[phase][ps.subs[phase].SelectedIndex()]
}

// here is the page on screen, "" before the editor is drawn.
func (ps *pageSet) here() shell.Page {
	if s := ps.hereSlot(); s != nil {
		return s.def.key
	}
	return ""
}

// shown draws the page on screen if it is not drawn yet, or again if an edit changed what it
// shows; the person moved on, so a passing notice leaves the status bar.
func (ps *pageSet) shown() {
	if s := ps.hereSlot(); s != nil && (s.view == nil || s.stale) {
		ps.draw(s)
	}
	ps.e.settleStatus()
}

// show turns to a page (its place in its phase first, so that only the page itself is drawn).
func (ps *pageSet) show(key shell.Page) {
	d, ok := pageDefOf(key)
	if !ok || ps.tabs == nil {
		return
	}
	for i, s := range ps.phases[d.phase] {
		if s.def.key == key {
			ps.subs[d.phase].Choose(i)
		}
	}
	ps.tabs.SelectIndex(d.phase)
	ps.shown()
}

// step shows the next (1) or previous (-1) page, across phases.
func (ps *pageSet) step(d int) {
	at := -1
	for i, s := range ps.slots {
		if s == ps.hereSlot() {
			at = i
		}
	}
	if at < 0 || at+d < 0 || at+d >= len(ps.slots) {
		return
	}
	ps.show(ps.slots[at+d].def.key)
}

// draw draws a page from the plan, in place of what it drew before (committing what is typed
// there).
func (ps *pageSet) draw(s *slot) {
	ps.build(s)
	s.holder.Refresh()
	for _, f := range s.live {
		f()
	}
}

// build has a page draw itself from the plan into its slot, in place of what it drew before.
func (ps *pageSet) build(s *slot) {
	if old := s.view; old != nil {
		s.view, s.live = nil, nil
		ps.e.fields.Forget(old)
	}
	s.stale = false
	ps.drawing = s
	s.view = s.page.build()
	ps.drawing = nil
	s.holder.Objects = []fyne.CanvasObject{s.view}
}

// changed marks the drawn pages among pages but keep stale: they no longer show the plan as
// it is, and are drawn again when shown.
func (ps *pageSet) changed(pages []shell.Page, keep shell.Page) {
	for _, s := range ps.slots {
		if s.view != nil && s.def.key != keep && slices.Contains(pages, s.def.key) {
			s.stale = true
		}
	}
}

func (ps *pageSet) live(f func()) {
	if ps.drawing != nil {
		ps.drawing.live = append(ps.drawing.live, f)
		return
	}
	ps.loose = append(ps.loose, f)
}

// refresh recomputes the live figures of the header and of every page drawn.
func (ps *pageSet) refresh() {
	for _, f := range ps.loose {
		f()
	}
	for _, s := range ps.slots {
		for _, f := range s.live {
			f()
		}
	}
}

// journalled draws again the drawn pages that list the plan's journal, which a save added
// to: at once the page on screen, the others when next shown.
func (ps *pageSet) journalled() {
	for _, s := range ps.slots {
		if s.view == nil || !s.page.shows().journal {
			continue
		}
		if s == ps.hereSlot() {
			ps.draw(s)
		} else {
			s.stale = true
		}
	}
}

// redrawHere draws the page on screen again, from the plan.
func (ps *pageSet) redrawHere() {
	if s := ps.hereSlot(); s != nil {
		ps.draw(s)
	}
}
