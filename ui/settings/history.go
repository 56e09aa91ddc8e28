package settings

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// historyFields edit what the person's edits are signed with in a plan's history and how
// far undo reaches back; both are the person's own, kept in the preferences of this computer.
type historyFields struct {
	author *widget.Entry
	undoTo *widget.Select // back to the plan's creation, or at most undoN edits
	undoN  *widget.Entry
}

const undoAll, undoLast = 0, 1

func (f *settingsForm) historyItems() []*widget.FormItem {
	prefs := f.sh.Preferences()
	h := &f.history
	h.author = widget.NewEntry()
	h.author.SetText(prefs.String(shell.PrefAuthor))
	h.author.SetPlaceHolder(f.loc.T("settings.author_system"))
	if h.author.Text == "" {
		h.author.SetPlaceHolder(f.sh.Store().Author()) // the system user's, as things stand
	}
	h.undoN = widget.NewEntry()
	h.undoTo = widget.NewSelect([]string{f.loc.T("settings.undo_all"), f.loc.T("settings.undo_last")}, func(string) {
		if h.undoTo.SelectedIndex() == undoLast {
			h.undoN.Enable()
		} else {
			h.undoN.Disable()
		}
	})
	limit := prefs.Int(shell.PrefUndoLimit)
	if limit > 0 {
		h.undoN.SetText(strconv.Itoa(limit))
		h.undoTo.SetSelectedIndex(undoLast)
	} else {
		h.undoTo.SetSelectedIndex(undoAll)
	}
	return []*widget.FormItem{
		widget.NewFormItem(f.loc.T("settings.author"), h.author),
		widget.NewFormItem(f.loc.T("settings.undo"), container.NewBorder(nil, nil, nil,
			container.New(&form.FixedWidth{Width: 120}, h.undoN), h.undoTo)),
	}
}

// readUndoLimit is how many edits undo reaches back, 0 for all of them; a count that is not
// a whole number from 1 is refused.
func (f *settingsForm) readUndoLimit() (int, bool) {
	h := f.history
	if h.undoTo.SelectedIndex() != undoLast {
		return 0, true
	}
	n, err := strconv.Atoi(strings.TrimSpace(h.undoN.Text))
	return n, err == nil && n > 0
}

// saveHistory keeps the name and the undo limit for the person at this computer.
func (f *settingsForm) saveHistory(undoLimit int) {
	prefs := f.sh.Preferences()
	prefs.SetString(shell.PrefAuthor, strings.TrimSpace(f.history.author.Text))
	prefs.SetInt(shell.PrefUndoLimit, undoLimit)
}
