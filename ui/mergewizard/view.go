package mergewizard

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/ui/form"
)

// mergeView shows a merge before it is written: for each plan, where it starts from and
// what comes in from the file, then every conflict with both sides, to pick.
type mergeView struct {
	rows      []*conflictRow
	left      *widget.Label // how many conflicts still need a side
	doMerge   *widget.Button
	keepMine  *widget.Button
	takeTheir *widget.Button
}

func (w *wizard) showMerge() {
	v := &mergeView{left: widget.NewLabel("")}
	w.view, w.choices = v, map[string]history.Side{} // every conflict shown waits for a pick
	parts := []fyne.CanvasObject{form.Wrapped(w.loc.T("merge.intro", w.name, w.report.Account))}
	for _, p := range w.report.Plans {
		parts = append(parts, w.planPart(p)...)
	}
	if n := w.conflicts(); n > 0 {
		parts = append(parts, w.conflictsPart(v, n)...)
	}
	cancel := widget.NewButton(w.loc.T("dialog.cancel"), func() { w.dlg.Hide() })
	v.doMerge = widget.NewButton(w.loc.T("merge.merge"), w.apply)
	v.doMerge.Importance = widget.HighImportance
	buttons := container.NewBorder(nil, nil, nil, container.NewHBox(cancel, v.doMerge), v.left)
	body := container.NewVScroll(container.NewVBox(parts...))
	w.dlg = dialog.NewCustomWithoutButtons(w.title(), container.NewBorder(nil, buttons, nil, nil, body), w.sh.Window())
	w.updateLeft()
	w.show(w.dlg, fyne.NewSize(980, 680))
	w.showing("merge")
}

// planPart is a plan's heading and what comes in from the file besides the conflicts.
func (w *wizard) planPart(p storage.PlanMerge) []fyne.CanvasObject {
	parts := []fyne.CanvasObject{widget.NewLabelWithStyle(w.planLine(p), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	switch {
	case p.Added:
	case len(p.Changes) == 0:
		parts = append(parts, form.Wrapped(w.loc.T("merge.nothing_comes_in")))
	default:
		parts = append(parts, form.Wrapped(w.loc.TCount("merge.comes_in", len(p.Changes), len(p.Changes))), form.Wrapped(w.incoming(p)))
	}
	return parts
}

// conflicts counts the conflicts of every plan.
func (w *wizard) conflicts() int {
	n := 0
	for _, p := range w.report.Plans {
		n += len(p.Conflicts)
	}
	return n
}

// conflictsPart is the conflicts' heading, the shortcuts that pick one side in all of them,
// and a row for each.
func (w *wizard) conflictsPart(v *mergeView, n int) []fyne.CanvasObject {
	v.keepMine = widget.NewButton(w.loc.T("merge.keep_all_mine"), func() { w.pickAll(history.Mine) })
	v.takeTheir = widget.NewButton(w.loc.T("merge.take_all_theirs"), func() { w.pickAll(history.Theirs) })
	heading := widget.NewLabelWithStyle(w.loc.TCount("merge.conflicts", n, n), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	parts := []fyne.CanvasObject{widget.NewSeparator(), heading, form.Wrapped(w.loc.T("merge.conflicts_help")),
		container.NewHBox(v.keepMine, v.takeTheir), w.sideHeadings()}
	for _, p := range w.report.Plans {
		cw := w.words(p)
		for _, c := range p.Conflicts {
			row := w.newConflictRow(p, cw, c)
			v.rows = append(v.rows, row)
			parts = append(parts, widget.NewSeparator(), row.view())
		}
	}
	return parts
}

// sideHeadings name the two columns: the stored plan, the file.
func (w *wizard) sideHeadings() fyne.CanvasObject {
	bold := fyne.TextStyle{Bold: true}
	return container.NewGridWithColumns(2,
		widget.NewLabelWithStyle(w.loc.T("merge.side_mine"), fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle(w.loc.T("merge.side_theirs", w.name), fyne.TextAlignLeading, bold))
}

// pickAll picks one side in every conflict.
func (w *wizard) pickAll(s history.Side) {
	for _, r := range w.view.rows {
		r.pick(s)
	}
}

// updateLeft says how many conflicts still need a side; Merge waits for all of them.
func (w *wizard) updateLeft() {
	left := 0
	for _, r := range w.view.rows {
		if w.choices[r.key] == "" {
			left++
		}
	}
	w.view.left.SetText("")
	if left > 0 {
		w.view.left.SetText(w.loc.TCount("merge.left", left, left))
		w.view.doMerge.Disable()
		return
	}
	w.view.doMerge.Enable()
}

// showNothingToDo says that the stored plans already have everything the file holds.
func (w *wizard) showNothingToDo() {
	w.explain(w.loc.T("merge.nothing_new", w.name, w.report.Account))
	w.showing("nothing")
}
