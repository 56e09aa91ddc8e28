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

// SnapshotKind says why a plan's state was kept.
type SnapshotKind string

const (
	SnapshotExport    SnapshotKind = "export"     // a PDF export; the label is the edition
	SnapshotSignOff   SnapshotKind = "sign_off"   // the plan was signed off or reviewed
	SnapshotManual    SnapshotKind = "manual"     // kept on demand, with the person's label
	SnapshotMergeBase SnapshotKind = "merge_base" // a plan file was written or read with this content
)

// SnapshotKinds lists the kinds.
var SnapshotKinds = []SnapshotKind{SnapshotExport, SnapshotSignOff, SnapshotManual, SnapshotMergeBase}

// SnapshotInfo describes a kept state of a plan.
type SnapshotInfo struct {
	ID     string
	PlanID string
	Kind   SnapshotKind
	Label  string
	At     time.Time
	Author string
}

// Snapshot is a kept state of a plan with its account, read-only: compare it, export it as
// a plan file, or restore it (RestoreEdit).
type Snapshot struct {
	SnapshotInfo
	Account Account
	Plan    Plan
}

// Doc is the snapshot's content, as the Doc that Compare and Merge take (a copy).
func (s Snapshot) Doc() Doc {
	a, p := contentOfAccount(s.Account), contentOfPlan(s.Plan)
	return Doc{Account: &a, Plan: &p}
}

// RestoreEdit is the edit that makes a snapshot's plan the current plan again; the account
// (shared by the account's other plans) is left as it is. Apply it like any edit and save it
// with its journal entry: it is undone in one step.
func RestoreEdit(s Snapshot) Edit {
	source := s.Label
	if source == "" {
		source = string(s.Kind) + " " + s.At.Format("2006-01-02 15:04")
	}
	return ReplaceWith(s.Doc(), false, CauseRestore, source)
}
