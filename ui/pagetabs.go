package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pageKeys are the titles of the editor's pages, phase by phase; the side navigation is as wide
// as the longest of them in every phase, so the page never jumps sideways between phases.
var pageKeys = [][]string{
	{"editor.profile", "editor.wallet", "editor.white_space", "editor.swot", "editor.stakeholders",
		"editor.relationship_map", "editor.influence_map", "editor.coverage", "editor.stage"},
	{"editor.strategies", "editor.portfolio", "editor.value", "editor.objectives"},
	{"editor.actions", "editor.kpis", "editor.signoff"},
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
	for _, phase := range pageKeys {
		for _, k := range phase {
			w = max(w, fyne.MeasureText(e.tr(k), theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
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
	t.view = container.NewBorder(nil, nil, container.New(&fixedWidth{width: width}, container.NewVBox(nav)), nil, stack)
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
