package privacy

import "kamplan/domain/history"

// ScrubSnapshot wipes the person from a snapshot — its label, its plan and its account —
// which keeps its shape. It reports whether anything changed.
func (who *Person) ScrubSnapshot(snap *history.Snapshot) bool {
	label, inLabel := who.ScrubText(snap.Label)
	snap.Label = label
	inPlan := who.ScrubPlan(&snap.Plan)
	inAccount := who.ScrubAccount(&snap.Account)
	return inLabel || inPlan || inAccount
}

// JournalErasure is what forgetting a person changes in the journals: the entries rewritten
// without them, and for each plan the entries that held them or referred to them, where
// its undo and redo stacks are cut (see CutStack).
type JournalErasure struct {
	Rewritten []history.JournalEntry
	Involved  map[string]map[int64]bool
}

// ForgetInJournal wipes the person from the journal entries that hold them.
func (who *Person) ForgetInJournal(entries []history.JournalEntry) JournalErasure {
	je := JournalErasure{Involved: map[string]map[int64]bool{}}
	for _, e := range entries {
		if !who.Involves(e.Edit) && !who.Involves(e.Inverse) {
			continue
		}
		if je.Involved[e.PlanID] == nil {
			je.Involved[e.PlanID] = map[int64]bool{}
		}
		je.Involved[e.PlanID][e.Seq] = true
		edit, c1 := who.ScrubEdit(e.Edit)
		inverse, c2 := who.ScrubEdit(e.Inverse)
		if c1 || c2 {
			e.Edit, e.Inverse = edit, inverse
			je.Rewritten = append(je.Rewritten, e)
		}
	}
	return je
}

// CutStack follows an undo or redo stack down from top (below reads the entry under one)
// and ends it above the first entry in cut: undo must not bring a forgotten person back,
// nor step through states the plan can no longer reach. It returns the stack's new top, 0
// when the top itself is cut, and the entry whose link down is to become 0 (0 for none).
func CutStack(top int64, cut map[int64]bool, below func(seq int64) (int64, error)) (newTop, unlink int64, err error) {
	if cut[top] {
		return 0, 0, nil
	}
	for seq := top; seq > 0; {
		next, err := below(seq)
		if err != nil {
			return 0, 0, err
		}
		if cut[next] {
			return top, seq, nil
		}
		seq = next
	}
	return top, 0, nil
}
