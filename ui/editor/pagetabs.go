package editor

import (
	"kamplan/ui/form"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

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

// navWidth is as wide as the longest page title, so that no title is cut and the page never
// jumps sideways.
func (ps *pageSet) navWidth() float32 {
	w := float32(0)
	for _, d := range pageList {
		w = max(w, fyne.MeasureText(ps.e.tr(d.title), theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
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
	if t.choose(i) && t.onSelect != nil {
		t.onSelect()
	}
}

// choose makes page i the one shown, with no more ado; false when there is no page i.
func (t *pageTabs) choose(i int) bool {
	if i < 0 || i >= len(t.pages) {
		return false
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
	return true
}

// SelectedIndex is the page shown.
func (t *pageTabs) SelectedIndex() int { return t.selected }
