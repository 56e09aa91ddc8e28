package mergewizard

import (
	"strings"
	"time"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/locale"
)

// maxChangeLines is how many of the changes coming in from the file are listed one by one.
const maxChangeLines = 40

// words says a plan's changes and conflicts in the interface language, naming what ids
// refer to from the stored plan and the file's.
func (w *wizard) words(p storage.PlanMerge) locale.ChangeWords {
	return locale.NewChangeWords(w.loc.Lang(), p.Mine, p.Theirs)
}

// planLine says where a plan's merge starts from: the common ancestor, or that the plan is new.
func (w *wizard) planLine(p storage.PlanMerge) string {
	if p.Added {
		return w.loc.T("merge.plan_added", p.Period)
	}
	if p.Ancestor == nil {
		return p.Period
	}
	return w.loc.T("merge.plan_from", p.Period, w.when(p.Ancestor.At), w.loc.T("history.snapshot."+string(p.Ancestor.Kind)))
}

// when is a moment for reading: its day and time.
func (w *wizard) when(t time.Time) string {
	t = t.Local()
	return w.loc.LongDate(domain.DateOf(t)) + " " + t.Format("15:04")
}

// incoming lists what comes in from the file besides the conflicts, a line each.
func (w *wizard) incoming(p storage.PlanMerge) string {
	cw := w.words(p)
	var lines []string
	for i, c := range p.Changes {
		if i == maxChangeLines {
			lines = append(lines, w.loc.TCount("merge.more_changes", len(p.Changes)-i, len(p.Changes)-i))
			break
		}
		lines = append(lines, "• "+cw.Sentence(c))
	}
	return strings.Join(lines, "\n")
}

// doneText says in the status bar what a merge did.
func (w *wizard) doneText(r storage.MergeReport) string {
	changes, added := 0, 0
	for _, p := range r.Plans {
		changes += len(p.Changes)
		if p.Added {
			added++
		}
	}
	if changes == 0 && added == 0 {
		return w.loc.T("merge.done_nothing", w.name, r.Account)
	}
	var parts []string
	if changes > 0 {
		parts = append(parts, w.loc.TCount("merge.changes", changes, changes))
	}
	if added > 0 {
		parts = append(parts, w.loc.TCount("merge.plans_added", added, added))
	}
	return w.loc.T("merge.done", w.name, r.Account, strings.Join(parts, "; "))
}
