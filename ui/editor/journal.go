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

// stacks reads the undo and redo stacks the journal keeps for the plan. Each entry's inverse
// is what stepping through it applies; the page it was made on is not kept, so it shows on
// the edit's own page.
func (j *editJournal) stacks() (undo, redo []done, err error) {
	u, r, err := j.sh.Store().Journal().UndoTail(j.sh.Context(), j.planID, j.limit())
	return stackOf(u), stackOf(r), err
}

func stackOf(entries []history.JournalEntry) []done {
	out := make([]done, len(entries))
	for i, e := range entries {
		out[i] = done{edit: e.Inverse}
	}
	return out
}
