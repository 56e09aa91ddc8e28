package domain

import "time"

// JournalKind says what a journal entry did: an edit of its own, or a step of undo or redo.
type JournalKind string

const (
	JournalDo   JournalKind = "do"   // an edit made (typed, dragged, imported, restored, merged)
	JournalUndo JournalKind = "undo" // the undo of the latest entry that undo had not undone
	JournalRedo JournalKind = "redo" // the redo of the latest undo
)

// JournalEntry is one saved edit of a plan: who made it and when, the edit and its inverse.
// An undo is an entry too (its Edit is the inverse it applied), so the history says what
// really happened and undo and redo go on where they stopped after the app is closed.
type JournalEntry struct {
	PlanID  string
	Seq     int64     // 1, 2, 3… in the plan's journal; set by the store
	At      time.Time // set by the store when zero
	Author  string    // the person's name from Settings, or the system user
	Kind    JournalKind
	Edit    Edit
	Inverse Edit
}

// Sections lists the sections the entry's edit changes.
func (j JournalEntry) Sections() []Section { return SectionsOf(j.Edit, j.Inverse) }

// JournalQuery chooses a page of a plan's journal, newest first.
type JournalQuery struct {
	Section Section // only entries that change this section; "" for all
	Author  string  // only this person's entries; "" for everyone's
	Before  int64   // only entries older than this Seq; 0 from the newest
	Limit   int     // at most this many entries; 0 for all of them
}

// JournalPage is a page of a plan's journal.
type JournalPage struct {
	Entries []JournalEntry // newest first
	More    bool           // older entries match the query: ask again with Before the last Seq
	Authors []string       // everyone who ever edited the plan, sorted, for the filter
}
