package editor

import (
	"kamplan/ui/form"
	"kamplan/ui/shell"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// place is where a page is in the editor's navigation: its phase and its page.
type place struct{ phase, page int }

// pageDef is one page of the editor: the catalogue key of its title and what builds it.
type pageDef struct {
	page  shell.Page
	key   string // the title's
	build func(*Editor) fyne.CanvasObject
}

// phaseKeys are the titles of the editor's three phases.
var phaseKeys = []string{"phase.knowledge", "phase.vision", "phase.commitment"}

// editorPages are the editor's pages, phase by phase, in reading order. (A function, not a
// variable: the pages' code reaches the page list again, which Go's initialisation refuses.)
func editorPages() [][]pageDef {
	return [][]pageDef{
		{{shell.PageProfile, "editor.profile", (*Editor).profilePage}, {shell.PageWallet, "editor.wallet", (*Editor).walletPage},
			{shell.PageWhiteSpace, "editor.white_space", (*Editor).whiteSpacePage}, {shell.PageSWOT, "editor.swot", (*Editor).swotPage},
			{shell.PageStakeholders, "editor.stakeholders", (*Editor).stakeholdersPage},
			{shell.PageRelationshipMap, "editor.relationship_map", (*Editor).relationshipMapPage},
			{shell.PageInfluenceMap, "editor.influence_map", (*Editor).influenceMapPage},
			{shell.PageCoverage, "editor.coverage", (*Editor).coveragePage}, {shell.PageStage, "editor.stage", (*Editor).stagePage}},
		{{shell.PageStrategies, "editor.strategies", (*Editor).strategiesPage}, {shell.PagePortfolio, "editor.portfolio", (*Editor).portfolioPage},
			{shell.PageValue, "editor.value", (*Editor).valuePage}, {shell.PageObjectives, "editor.objectives", (*Editor).objectivesPage}},
		{{shell.PageActions, "editor.actions", (*Editor).actionsPage}, {shell.PageKPIs, "editor.kpis", (*Editor).kpisPage},
			{shell.PageSignOff, "editor.signoff", (*Editor).signoffPage}},
	}
}

// placeOf is where a page is in the editor's navigation; ok is false for no page.
func placeOf(page shell.Page) (place, bool) {
	for i, phase := range editorPages() {
		for j, p := range phase {
			if p.page == page {
				return place{i, j}, true
			}
		}
	}
	return place{}, false
}

// pageTitleKey is the catalogue key of a page's title, "" for no page.
func pageTitleKey(page shell.Page) string {
	at, ok := placeOf(page)
	if !ok {
		return ""
	}
	return editorPages()[at.phase][at.page].key
}

// pageTabs is the side navigation of one phase: a column of page buttons of a fixed width and
// the selected page beside it.
type pageTabs struct {
	Items    []*container.TabItem
	selected int
	buttons  []*widget.Button
	pages    []fyne.CanvasObject
	view     fyne.CanvasObject
	onSelect func() // after another page is shown
}

func (e *Editor) navWidth() float32 {
	w := float32(0)
	for _, phase := range editorPages() {
		for _, p := range phase {
			w = max(w, fyne.MeasureText(e.tr(p.key), theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
		}
	}
	return w + 4*theme.Padding()
}

func newPageTabs(width float32, items ...*container.TabItem) *pageTabs {
	t := &pageTabs{Items: items}
	nav := container.NewVBox()
	stack := container.NewStack()
	for i, it := range items {
		b := widget.NewButton(it.Text, func() { t.SelectIndex(i) })
		b.Alignment = widget.ButtonAlignLeading
		t.buttons = append(t.buttons, b)
		nav.Add(b)
		stack.Add(it.Content)
		t.pages = append(t.pages, it.Content)
	}
	t.view = container.NewBorder(nil, nil, container.New(&form.FixedWidth{Width: width}, container.NewVBox(nav)), nil, stack)
	t.SelectIndex(0)
	return t
}

// SelectIndex shows page i.
func (t *pageTabs) SelectIndex(i int) {
	if i < 0 || i >= len(t.pages) {
		return
	}
	t.selected = i
	for j, p := range t.pages {
		t.buttons[j].Importance = widget.LowImportance
		if j == i {
			t.buttons[j].Importance = widget.HighImportance
			p.Show()
		} else {
			p.Hide()
		}
		t.buttons[j].Refresh()
	}
	if t.onSelect != nil {
		t.onSelect()
	}
}

// SelectedIndex is the page shown.
func (t *pageTabs) SelectedIndex() int { return t.selected }

// StepPage shows the plan's next (1) or previous (-1) page, across phases: the pages
// can be read through in order from the keyboard.
func (e *Editor) StepPage(d int) {
	phase := e.tabs.SelectedIndex()
	page := e.subs[phase].selected + d
	switch {
	case page < 0 && phase > 0:
		phase--
		page = len(e.subs[phase].pages) - 1
	case page >= len(e.subs[phase].pages) && phase < len(e.subs)-1:
		phase++
		page = 0
	case page < 0 || page >= len(e.subs[phase].pages):
		return
	}
	e.tabs.SelectIndex(phase)
	e.subs[phase].SelectIndex(page)
}
