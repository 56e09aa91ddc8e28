// Package mergewizard is File → Merge plan file: a plan file that came back edited (from a
// consultant, another laptop) is merged into the stored plan of the same account from their
// common ancestor. What only one side changed comes in as it is; where both changed the same
// thing the two versions are shown side by side and the person picks one, conflict by
// conflict; then the merge is saved as one edit of each plan's history. A file that is not a
// plan file, is for an account this database does not have, shares no ancestor with the
// stored plan or comes from a newer version is refused with what the person can do instead.
package mergewizard

import (
	"context"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/ui/locale"
	"kamplan/ui/shell"

	"fyne.io/fyne/v2/dialog"
)

// Store is what a merge needs of the plans' store besides the shell's.
type Store interface {
	MergeJSON(ctx context.Context, data []byte, opt storage.MergeOptions) (storage.MergeReport, error)
	ImportJSON(ctx context.Context, data []byte, replace bool) (domain.PlanFile, error)
	ImportJSONAsCopy(ctx context.Context, data []byte, name string) (domain.PlanFile, error)
}

// wizard is one merge of a plan file: worked out first without writing, then shown, then
// written with the sides the person picked.
type wizard struct {
	sh      shell.Shell
	loc     locale.Locale
	st      Store
	data    []byte
	name    string // the file's name
	changed func() // the store changed: the app shows again what it showed, as stored now

	report  storage.MergeReport
	choices map[string]history.Side // by conflictKey
	dlg     dialog.Dialog
	view    *mergeView     // the merge, when the file shares an ancestor with the stored plan
	alone   *unrelatedView // what can be done instead, when it shares none
	// done, when set (by tests), runs when the merge was written or refused after the
	// person asked for it, and shown runs when a step of the wizard is on screen
	done  func(error)
	shown func(step string)
}

// Open works the merge of a plan file (data, called name) out off the interface's
// goroutine and shows it; changed runs once the merge (or an import the person chose
// instead) changed the store.
func Open(sh shell.Shell, st Store, data []byte, name string, changed func()) {
	w := newWizard(sh, st, data, name, changed)
	w.workOut()
}

func newWizard(sh shell.Shell, st Store, data []byte, name string, changed func()) *wizard {
	return &wizard{sh: sh, loc: sh.Locale(), st: st, data: data, name: name, changed: changed, choices: map[string]history.Side{}}
}

// workOut merges without writing, keeping the stored side in every conflict: the report
// then lists the conflicts and what comes in from the file besides them.
func (w *wizard) workOut() {
	w.merge(storage.MergeOptions{Prefer: history.Mine, DryRun: true}, w.workedOut)
}

// merge runs a merge off the interface's goroutine, then then with its report.
func (w *wizard) merge(opt storage.MergeOptions, then func(storage.MergeReport, error)) {
	opt.Source = w.name
	var r storage.MergeReport
	w.sh.Run(w.loc.T("merge.working"), false, func(func(float64)) error {
		var err error
		r, err = w.st.MergeJSON(w.sh.Context(), w.data, opt)
		return err
	}, func(err error) { then(r, err) })
}

func (w *wizard) workedOut(r storage.MergeReport, err error) {
	w.report = r
	switch {
	case err != nil:
		w.refused(err)
	case w.unrelated():
		w.showUnrelated(true)
	case w.nothingToDo():
		w.showNothingToDo()
	default:
		w.showMerge()
	}
}

// unrelated reports whether a plan of the file shares no known ancestor with the stored one.
func (w *wizard) unrelated() bool {
	for _, p := range w.report.Plans {
		if p.Ancestor == nil && !p.Added {
			return true
		}
	}
	return false
}

// nothingToDo reports whether the file brings nothing the stored plans lack.
func (w *wizard) nothingToDo() bool {
	for _, p := range w.report.Plans {
		if p.Added || len(p.Changes) > 0 || len(p.Conflicts) > 0 {
			return false
		}
	}
	return true
}

// apply writes the merge with the sides picked; a merge the store refuses keeps the
// wizard open, so that another side can be picked.
func (w *wizard) apply() {
	w.merge(storage.MergeOptions{Choose: w.chosen}, func(r storage.MergeReport, err error) {
		if err != nil {
			w.applyRefused(err)
			return
		}
		w.dlg.Hide()
		w.changed()
		w.sh.Notify(w.doneText(r))
		w.finished(nil)
	})
}

func (w *wizard) applyRefused(err error) {
	if de := domainError(err); de != nil && de.Key == "err.merge_conflicts" { // the stored plan changed meanwhile
		w.dlg.Hide()
		w.workOut()
	} else {
		shell.ShowProblems(w.sh, w.loc.T("merge.refused"), err)
	}
	w.finished(err)
}

func (w *wizard) finished(err error) {
	if w.done != nil {
		w.done(err)
	}
}

func (w *wizard) showing(step string) {
	if w.shown != nil {
		w.shown(step)
	}
}

// conflictKey names a conflict of a plan: what it is about, by ids.
func conflictKey(planID string, c history.Conflict) string {
	return planID + "\x00" + string(c.Coll) + "\x00" + c.Parent + "\x00" + c.ID + "\x00" + c.Field
}

// chosen is the side picked in a conflict, "" while none is.
func (w *wizard) chosen(planID string, c history.Conflict) history.Side {
	return w.choices[conflictKey(planID, c)]
}
