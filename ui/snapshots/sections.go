package snapshots

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/ui/form"
)

// sectioned shows changes section by section, as the plan orders them: on the left, the
// sections that have some (after an entry for all of them, when there is one), each named
// with its count; on the right, the chosen entry's changes as draw draws them.
type sectioned struct {
	names   []string
	entries [][]history.Change
	list    *widget.List
	body    *container.Scroll
}

// newSectioned lays out changes by section. all names the entry for every section ("" for
// none); empty says there are no changes ("" nothing, when another text says it).
func newSectioned(cs []history.Change, name func(history.Section, int) string, all string,
	draw func([]history.Change) fyne.CanvasObject, empty string) fyne.CanvasObject {
	if len(cs) == 0 {
		if empty == "" {
			return container.NewVBox()
		}
		return container.NewVBox(form.Wrapped(empty))
	}
	v := &sectioned{}
	if all != "" {
		v.names, v.entries = append(v.names, all), append(v.entries, cs)
	}
	for _, sec := range history.Sections {
		var in []history.Change
		for _, c := range cs {
			if c.Section == sec {
				in = append(in, c)
			}
		}
		if len(in) > 0 {
			v.names, v.entries = append(v.names, name(sec, len(in))), append(v.entries, in)
		}
	}
	v.list = widget.NewList(func() int { return len(v.names) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.names[i]) })
	v.body = container.NewVScroll(widget.NewLabel(""))
	v.list.OnSelected = func(i widget.ListItemID) {
		v.body.Content = draw(v.entries[i])
		v.body.ScrollToTop()
		v.body.Refresh()
	}
	v.list.Select(0)
	split := container.NewHSplit(v.list, v.body)
	split.Offset = 0.25
	return split
}
