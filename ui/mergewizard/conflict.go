package mergewizard

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// conflictRow is one conflict: what it is about, and the two sides side by side, each with
// the choice that keeps it (two radios of one choice, so that each stands over its side).
type conflictRow struct {
	key         string
	title       string
	mine, their string // the two sides in words
	keepMine    *widget.RadioGroup
	takeTheirs  *widget.RadioGroup
}

func (w *wizard) newConflictRow(p storage.PlanMerge, cw locale.ChangeWords, c history.Conflict) *conflictRow {
	r := &conflictRow{key: conflictKey(p.PlanID, c), title: cw.ConflictTitle(c),
		mine: cw.InFull().ConflictSide(c.Mine, "\n"), their: cw.InFull().ConflictSide(c.Theirs, "\n")}
	if len(w.report.Plans) > 1 {
		r.title = p.Period + " › " + r.title
	}
	r.keepMine = widget.NewRadioGroup([]string{w.loc.T("merge.keep_mine")}, func(s string) { w.picked(r, history.Mine, s != "") })
	r.takeTheirs = widget.NewRadioGroup([]string{w.loc.T("merge.take_theirs")}, func(s string) { w.picked(r, history.Theirs, s != "") })
	r.keepMine.Required, r.takeTheirs.Required = true, true
	return r
}

// picked records the side of a conflict once its radio is on, and turns the other one off.
func (w *wizard) picked(r *conflictRow, s history.Side, on bool) {
	if !on {
		return
	}
	w.choices[r.key] = s
	other := r.takeTheirs
	if s == history.Theirs {
		other = r.keepMine
	}
	other.SetSelected("")
	w.updateLeft()
}

// pick turns on the radio of a side.
func (r *conflictRow) pick(s history.Side) {
	if s == history.Theirs {
		r.takeTheirs.SetSelected(r.takeTheirs.Options[0])
		return
	}
	r.keepMine.SetSelected(r.keepMine.Options[0])
}

func (r *conflictRow) view() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(r.title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	sides := container.NewGridWithColumns(2,
		container.NewVBox(r.keepMine, form.Wrapped(r.mine)),
		container.NewVBox(r.takeTheirs, form.Wrapped(r.their)))
	return container.NewVBox(title, sides)
}
