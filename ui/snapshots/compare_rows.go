package snapshots

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/ui/locale"
)

// changeRows shows a section's changes side by side: what changed, before, after.
func changeRows(loc locale.Locale, w locale.ChangeWords, cs []history.Change) fyne.CanvasObject {
	head := func(key string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(loc.T(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	rows := container.NewVBox(container.NewGridWithColumns(3, head("compare.what"), head("compare.before"), head("compare.after")),
		widget.NewSeparator())
	for _, c := range cs {
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
		rows.Add(container.NewGridWithColumns(3, cells[0], cells[1], cells[2]))
	}
	return rows
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
