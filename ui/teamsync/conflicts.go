package teamsync

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/storage/replica"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// conflictsView shows every conflict the sync holds, the two versions side by side as the
// merge of a plan file shows them, each with the choice that keeps it; Merge syncs again
// with the sides picked, once every conflict has one.
type conflictsView struct {
	t       *Team
	dlg     dialog.Dialog
	choices map[string]history.Side
	count   int
	left    *widget.Label
	merge   *widget.Button
}

func (t *Team) showConflicts() {
	v := &conflictsView{t: t, choices: map[string]history.Side{}, left: widget.NewLabel("")}
	parts := []fyne.CanvasObject{form.Wrapped(t.sh.Locale().T("team.conflicts_help")), v.sideHeadings()}
	for _, h := range t.held {
		parts = append(parts, widget.NewLabelWithStyle(v.heading(h), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		cw := locale.NewChangeWords(t.sh.Locale().Lang(), h.Mine, h.Theirs)
		for _, c := range h.Conflicts {
			parts = append(parts, widget.NewSeparator(), v.row(cw, h.Item, c))
		}
	}
	cancel := widget.NewButton(t.sh.Locale().T("dialog.cancel"), func() { v.dlg.Hide() })
	v.merge = widget.NewButton(t.sh.Locale().T("team.merge"), v.apply)
	v.merge.Importance = widget.HighImportance
	buttons := container.NewBorder(nil, nil, nil, container.NewHBox(cancel, v.merge), v.left)
	body := container.NewVScroll(container.NewVBox(parts...))
	v.dlg = dialog.NewCustomWithoutButtons(t.sh.Locale().T("team.conflicts_title"), container.NewBorder(nil, buttons, nil, nil, body), t.sh.Window())
	v.updateLeft()
	v.dlg.Resize(form.FitWindow(t.sh.Window(), fyne.NewSize(900, 600)))
	t.sh.ShowDialog(v.dlg, nil)
}

// heading names what a group of conflicts is about: the account, and the plan's period.
func (v *conflictsView) heading(h replica.Held) string {
	if h.Period == "" {
		return v.t.sh.Locale().T("team.conflict_account", h.Account)
	}
	return v.t.sh.Locale().T("team.conflict_plan", h.Account, h.Period)
}

func (v *conflictsView) sideHeadings() fyne.CanvasObject {
	bold := fyne.TextStyle{Bold: true}
	return container.NewGridWithColumns(2,
		widget.NewLabelWithStyle(v.t.sh.Locale().T("team.side_mine"), fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle(v.t.sh.Locale().T("team.side_theirs"), fyne.TextAlignLeading, bold))
}

// row is one conflict: what it is about, and each side with the radio that keeps it.
func (v *conflictsView) row(cw locale.ChangeWords, it replica.Item, c history.Conflict) fyne.CanvasObject {
	key := conflictKey(it, c)
	v.count++
	mine := widget.NewRadioGroup([]string{v.t.sh.Locale().T("team.keep_mine")}, nil)
	theirs := widget.NewRadioGroup([]string{v.t.sh.Locale().T("team.take_theirs")}, nil)
	mine.Required, theirs.Required = true, true
	pick := func(s history.Side, other *widget.RadioGroup) func(string) {
		return func(on string) {
			if on == "" {
				return
			}
			v.choices[key] = s
			other.SetSelected("")
			v.updateLeft()
		}
	}
	mine.OnChanged, theirs.OnChanged = pick(history.Mine, theirs), pick(history.Theirs, mine)
	title := widget.NewLabelWithStyle(cw.ConflictTitle(c), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	full := cw.InFull()
	return container.NewVBox(title, container.NewGridWithColumns(2,
		container.NewVBox(mine, form.Wrapped(full.ConflictSide(c.Mine, "\n"))),
		container.NewVBox(theirs, form.Wrapped(full.ConflictSide(c.Theirs, "\n")))))
}

// conflictKey names a conflict of an item, by ids.
func conflictKey(it replica.Item, c history.Conflict) string {
	return it.Kind + "\x00" + it.LocalID + "\x00" + it.RemoteID + "\x00" + string(c.Coll) + "\x00" + c.Parent + "\x00" + c.ID + "\x00" + c.Field
}

// updateLeft says how many conflicts still need a side; Merge waits for all of them.
func (v *conflictsView) updateLeft() {
	left := v.count - len(v.choices)
	if left > 0 {
		v.left.SetText(v.t.sh.Locale().TCount("team.left", left, left))
		v.merge.Disable()
		return
	}
	v.left.SetText("")
	v.merge.Enable()
}

// apply keeps the sides picked for a sync, and asks for one now.
func (v *conflictsView) apply() {
	v.dlg.Hide()
	v.t.choose(v.choices)
	v.t.Kick()
}
