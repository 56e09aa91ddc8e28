package ui

import (
	"kamplan/ui/form"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pageDef is one page of the editor: the catalogue key of its title and what builds it.
type pageDef struct {
	key   string
	build func(*editor) fyne.CanvasObject
}

// phaseKeys are the titles of the editor's three phases.
var phaseKeys = []string{"phase.knowledge", "phase.vision", "phase.commitment"}

// editorPages are the editor's pages, phase by phase, in reading order. (A function, not a
// variable: the pages' code reaches the page list again, which Go's initialisation refuses.)
func editorPages() [][]pageDef {
	return [][]pageDef{
		{{"editor.profile", (*editor).profilePage}, {"editor.wallet", (*editor).walletPage},
			{"editor.white_space", (*editor).whiteSpacePage}, {"editor.swot", (*editor).swotPage},
			{"editor.stakeholders", (*editor).stakeholdersPage}, {"editor.relationship_map", (*editor).relationshipMapPage},
			{"editor.influence_map", (*editor).influenceMapPage}, {"editor.coverage", (*editor).coveragePage},
			{"editor.stage", (*editor).stagePage}},
		{{"editor.strategies", (*editor).strategiesPage}, {"editor.portfolio", (*editor).portfolioPage},
			{"editor.value", (*editor).valuePage}, {"editor.objectives", (*editor).objectivesPage}},
		{{"editor.actions", (*editor).actionsPage}, {"editor.kpis", (*editor).kpisPage}, {"editor.signoff", (*editor).signoffPage}},
	}
}

// pageTitleKey is the catalogue key of a page's title, "" for no page.
func pageTitleKey(at place) string {
	pages := editorPages()
	if at.phase < 0 || at.phase >= len(pages) || at.page < 0 || at.page >= len(pages[at.phase]) {
		return ""
	}
	return pages[at.phase][at.page].key
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
