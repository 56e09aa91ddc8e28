// Package pagetabs is the side navigation of one phase of the plan editor: a column of page
// buttons of a fixed width and the selected page beside it.
package pagetabs

import (
	"kamplan/ui/form"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Tabs is the side navigation of one phase: a column of page buttons of a fixed width and
// the selected page beside it (View).
type Tabs struct {
	Items    []*container.TabItem
	View     fyne.CanvasObject
	OnSelect func() // after another page is shown
	selected int
	buttons  []*widget.Button
	pages    []fyne.CanvasObject
}

// New shows the items' titles in a column width wide, and the first item.
func New(width float32, items ...*container.TabItem) *Tabs {
	t := &Tabs{Items: items}
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
	t.View = container.NewBorder(nil, nil, container.New(&form.FixedWidth{Width: width}, container.NewVBox(nav)), nil, stack)
	t.SelectIndex(0)
	return t
}

// SelectIndex shows page i.
func (t *Tabs) SelectIndex(i int) {
	if t.Choose(i) && t.OnSelect != nil {
		t.OnSelect()
	}
}

// Choose makes page i the one shown, with no more ado; false when there is no page i.
func (t *Tabs) Choose(i int) bool {
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
func (t *Tabs) SelectedIndex() int { return t.selected }
