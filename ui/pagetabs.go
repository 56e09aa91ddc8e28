package ui

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
	build func(*editor) fyne.CanvasObject
}

// phaseKeys are the titles of the editor's three phases.
var phaseKeys = []string{"phase.knowledge", "phase.vision", "phase.commitment"}

// editorPages are the editor's pages, phase by phase, in reading order. (A function, not a
// variable: the pages' code reaches the page list again, which Go's initialisation refuses.)
func editorPages() [][]pageDef {
	return [][]pageDef{
		{{shell.PageProfile, "editor.profile", (*editor).profilePage}, {shell.PageWallet, "editor.wallet", (*editor).walletPage},
			{shell.PageWhiteSpace, "editor.white_space", (*editor).whiteSpacePage}, {shell.PageSWOT, "editor.swot", (*editor).swotPage},
			{shell.PageStakeholders, "editor.stakeholders", (*editor).stakeholdersPage},
			{shell.PageRelationshipMap, "editor.relationship_map", (*editor).relationshipMapPage},
			{shell.PageInfluenceMap, "editor.influence_map", (*editor).influenceMapPage},
			{shell.PageCoverage, "editor.coverage", (*editor).coveragePage}, {shell.PageStage, "editor.stage", (*editor).stagePage}},
		{{shell.PageStrategies, "editor.strategies", (*editor).strategiesPage}, {shell.PagePortfolio, "editor.portfolio", (*editor).portfolioPage},
			{shell.PageValue, "editor.value", (*editor).valuePage}, {shell.PageObjectives, "editor.objectives", (*editor).objectivesPage}},
		{{shell.PageActions, "editor.actions", (*editor).actionsPage}, {shell.PageKPIs, "editor.kpis", (*editor).kpisPage},
			{shell.PageSignOff, "editor.signoff", (*editor).signoffPage}},
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

func (e *editor) navWidth() float32 {
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
