package snapshots

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/ui/locale"
)

// changeRows shows changes side by side, section by section: what changed, before, after.
func changeRows(loc locale.Locale, w locale.ChangeWords, cs []history.Change) fyne.CanvasObject {
	bold := func(text string) *widget.Label {
		return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	rows := container.NewVBox(container.NewGridWithColumns(3, bold(loc.T("compare.what")), bold(loc.T("compare.before")),
		bold(loc.T("compare.after"))))
	for i, c := range cs {
		if i == 0 || cs[i-1].Section != c.Section {
			heading := bold(w.Section(c.Section))
			heading.Importance = widget.HighImportance
			rows.Add(widget.NewSeparator())
			rows.Add(heading)
		}
		rows.Add(changeRow(w, c))
	}
	return rows
}

// changeRow is one change: what, before, after; an element added is said in the colour of
// success, one removed in the colour of danger.
func changeRow(w locale.ChangeWords, c history.Change) fyne.CanvasObject {
	what, before, after := w.Sides(c)
	cells := []*widget.Label{widget.NewLabel(what), widget.NewLabel(before), widget.NewLabel(after)}
	for _, l := range cells {
		l.Wrapping = fyne.TextWrapWord
	}
	switch c.Kind {
	case history.Added:
		cells[2].Importance = widget.SuccessImportance
	case history.Removed:
		cells[1].Importance = widget.DangerImportance
	}
	return container.NewGridWithColumns(3, cells[0], cells[1], cells[2])
}

// counts says how many changes there are, and of which kind: "12 changes: 3 added, 2
// removed, 7 changed".
func (s *Screen) counts(cs []history.Change) string {
	n := map[history.ChangeKind]int{}
	for _, c := range cs {
		n[c.Kind]++
	}
	var parts []string
	if k := n[history.Added]; k > 0 {
		parts = append(parts, s.loc.TCount("compare.added", k, k))
	}
	if k := n[history.Removed]; k > 0 {
		parts = append(parts, s.loc.TCount("compare.removed", k, k))
	}
	if k := n[history.Changed]; k > 0 {
		parts = append(parts, s.loc.TCount("compare.changed", k, k))
	}
	if len(parts) == 0 {
		return s.tr("compare.none")
	}
	return s.loc.TCount("compare.changes", len(cs), len(cs)) + ": " + strings.Join(parts, ", ")
}
