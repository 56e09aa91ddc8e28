package history

import (
	"time"

	"kamplan/domain"
)

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
	Account domain.Account
	Plan    domain.Plan
}

// Doc is the snapshot's content, as the Doc that Compare and Merge take (a copy).
func (s Snapshot) Doc() domain.Doc {
	r := ReplaceWith(domain.Doc{Account: &s.Account, Plan: &s.Plan}, true, "", "")
	return domain.Doc{Account: r.Account, Plan: r.Plan}
}

// RestoreEdit is the edit that makes a snapshot's plan the current plan again; the account
// (shared by the account's other plans) is left as it is. Apply it like any edit and save it
// with its journal entry: it is undone in one step.
func RestoreEdit(s Snapshot) domain.Edit {
	source := s.Label
	if source == "" {
		source = string(s.Kind) + " " + s.At.Format("2006-01-02 15:04")
	}
	return ReplaceWith(s.Doc(), false, domain.CauseRestore, source)
}

// ReplaceWith is the edit that makes the content of to the current one (to's plan and, when
// withAccount is set, its account), for the given cause: its copy without the store's
// versions nor the plan's edition.
func ReplaceWith(to domain.Doc, withAccount bool, cause domain.ReplaceCause, source string) domain.ReplaceContent {
	part := domain.Doc{Plan: to.Plan}
	if withAccount {
		part.Account = to.Account
	}
	c := part.Copy()
	if c.Plan != nil {
		c.Plan.Version, c.Plan.Edition = 0, ""
	}
	if c.Account != nil {
		c.Account.Version = 0
	}
	return domain.ReplaceContent{Account: c.Account, Plan: c.Plan, Cause: cause, Source: source}
}
