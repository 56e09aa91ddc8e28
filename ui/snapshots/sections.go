package snapshots

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/ui/form"
	"kamplan/ui/locale"
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

// step is how many elements (or changes) a section shows at first, and how many more each
// press of "Show more" adds: a section of hundreds is drawn a part at a time.
const step = 40

// stepped shows the first things of total, as draw draws the first n of them, and a button
// that shows more of them while some are left.
func stepped(loc locale.Locale, total int, draw func(n int) fyne.CanvasObject) fyne.CanvasObject {
	box := container.NewVBox()
	shown := 0
	var more *widget.Button
	show := func() {
		shown = min(total, shown+step)
		box.Objects = []fyne.CanvasObject{draw(shown)}
		if left := total - shown; left > 0 {
			n := min(step, left)
			more.SetText(loc.TCount("snapshots.more", n, n) + " " + loc.TCount("snapshots.left", left, left))
			box.Add(container.NewHBox(more))
		}
		box.Refresh()
	}
	more = widget.NewButton("", show)
	show()
	return box
}
