package editor

import (
	"time"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/shell"
)

// editJournal is what the editor writes to the plan's journal: every edit applied, undone or
// redone, signed with the person's name, saved with the plan (Store.SaveEdits). Undo and redo
// go on after the app was closed: their stacks are read back from the journal when the plan
// is opened, as far back as the person set in Settings.
type editJournal struct {
	sh      shell.Shell
	planID  string
	pending []history.JournalEntry // made since the last successful save, oldest first
}

// record notes an edit made (JournalDo), undone or redone with its inverse, for the next save.
func (j *editJournal) record(kind history.JournalKind, ed, inverse domain.Edit) {
	j.pending = append(j.pending, history.JournalEntry{PlanID: j.planID, At: time.Now(), Author: j.sh.Store().Author(),
		Kind: kind, Edit: ed, Inverse: inverse})
}

// limit is how many edits undo reaches back; 0 for all of them, back to the plan's creation.
func (j *editJournal) limit() int { return max(0, j.sh.Preferences().Int(shell.PrefUndoLimit)) }

// trim keeps the top of a stack within the limit.
func (j *editJournal) trim(stack []done) []done {
	if n := j.limit(); n > 0 && len(stack) > n {
		return stack[len(stack)-n:]
	}
	return stack
}

// undoWindow is how much of each stack is read at a time when undo reaches back to the plan's
// creation: a plan of thousands of edits opens at once, and the rest is read when reached.
var undoWindow = 200

// stacks reads the tops of the undo and redo stacks the journal keeps for the plan: as far as
// the limit, else a window of each. Each entry's inverse is what stepping through it applies;
// the page it was made on is not kept, so it shows on the edit's own page.
func (j *editJournal) stacks() (undo, redo []done, err error) {
	n := j.limit()
	if n == 0 {
		n = undoWindow
	}
	u, r, err := j.sh.Store().Journal().UndoTail(j.sh.Context(), j.planID, n)
	return stackOf(u), stackOf(r), err
}

// more reads the next window of the undo (or redo) stack once the editor stepped through the
// one it read; save saves what is pending first, so that the journal's stacks are the
// editor's. None when undo reaches no further than the limit.
func (j *editJournal) more(undo bool, save func() bool) []done {
	if j.limit() > 0 || !save() {
		return nil
	}
	u, r, err := j.stacks()
	if err != nil {
		j.sh.ShowError(err)
		return nil
	}
	if undo {
		return u
	}
	return r
}

func stackOf(entries []history.JournalEntry) []done {
	out := make([]done, len(entries))
	for i, e := range entries {
		out[i] = done{edit: e.Inverse}
	}
	return out
}
