package domain

import "time"

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
