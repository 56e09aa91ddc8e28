package snapshots

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/ui/form"
)

// sectioned shows changes section by section, as the plan orders them: the sections that
// have some on the left, each named by name, and the chosen one's drawn by draw on the right.
type sectioned struct {
	sections []history.Section
	bySec    map[history.Section][]history.Change
	list     *widget.List
	body     *container.Scroll
}

// newSectioned lays out changes by section; empty says there are none.
func newSectioned(cs []history.Change, name func(history.Section, int) string,
	draw func([]history.Change) fyne.CanvasObject, empty string) (*sectioned, fyne.CanvasObject) {
	v := &sectioned{bySec: map[history.Section][]history.Change{}}
	for _, c := range cs {
		if len(v.bySec[c.Section]) == 0 {
			v.sections = append(v.sections, c.Section)
		}
		v.bySec[c.Section] = append(v.bySec[c.Section], c)
	}
	if len(v.sections) == 0 {
		return v, container.NewVBox(form.Wrapped(empty))
	}
	v.list = widget.NewList(func() int { return len(v.sections) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			s := v.sections[i]
			o.(*widget.Label).SetText(name(s, len(v.bySec[s])))
		})
	v.body = container.NewVScroll(widget.NewLabel(""))
	v.list.OnSelected = func(i widget.ListItemID) {
		v.body.Content = draw(v.bySec[v.sections[i]])
		v.body.ScrollToTop()
		v.body.Refresh()
	}
	v.list.Select(0)
	split := container.NewHSplit(v.list, v.body)
	split.Offset = 0.25
	return v, split
}
