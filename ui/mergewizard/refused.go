package mergewizard

import (
	"errors"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// notPlanFile are the keys of the problems of a file that is not a plan file at all.
var notPlanFile = []string{"err.format", "err.json", "err.json_syntax", "err.json_type", "err.json_type.string",
	"err.json_type.number", "err.json_type.bool", "err.json_type.array", "err.json_type.object",
	"err.file_empty", "err.file_too_big", "err.file_encoding"}

// refused says why the file cannot be merged, and what the person can do instead.
func (w *wizard) refused(err error) {
	var ps domain.Problems
	errors.As(err, &ps)
	de := domainError(err)
	switch {
	case len(ps) == 1 && ps[0].Key == "err.file_version":
		w.explain(w.loc.T("merge.newer_version", append([]any{w.name}, ps[0].Args...)...))
	case len(ps) == 1 && ps[0].Key == "err.format": // its detail would say the same again
		w.explain(w.loc.T("merge.not_plan_file.bare", w.name))
	case len(ps) == 1 && slices.Contains(notPlanFile, ps[0].Key):
		w.explain(w.loc.T("merge.not_plan_file", w.name, form.FirstLine(w.loc.T(ps[0].Key, ps[0].Args...))))
	case de != nil && de.Key == "err.merge_no_account":
		w.noAccount()
	case de != nil && de.Key == "err.merge_other_account":
		w.explain(w.loc.T("merge.other_account", w.name, form.Message(w.loc, err)))
	default:
		shell.ShowProblems(w.sh, w.loc.T("merge.refused"), err)
	}
	w.showing("refused")
}

func domainError(err error) *domain.Error {
	var de *domain.Error
	if errors.As(err, &de) {
		return de
	}
	return nil
}

// explain shows why nothing was merged, in a dialog of its own, and says so in the status bar.
func (w *wizard) explain(text string) {
	d := dialog.NewCustom(w.title(), w.loc.T("dialog.close"), form.Wrapped(text), w.sh.Window())
	w.show(d, fyne.NewSize(560, 220))
	w.sh.Notify(w.loc.T("merge.nothing_merged", w.name))
}

func (w *wizard) title() string { return w.loc.Title("menu.merge_plan_file") }

// show shows a dialog of the wizard at a size that fits the window.
func (w *wizard) show(d dialog.Dialog, size fyne.Size) {
	d.Resize(form.FitWindow(w.sh.Window(), size))
	w.sh.ShowDialog(d, nil)
}

// noAccount says that the account of the file is not in this database: when one of the same
// name is, the two share no history (one was made from the other's PDF, or typed again), and
// the file can come in as a copy or replace it; else the file can simply be added.
func (w *wizard) noAccount() {
	name := w.report.Account // the file's, as the refused merge reports it
	if _, err := w.sh.Store().AccountByName(w.sh.Context(), name); err == nil {
		w.showUnrelated(false)
		return
	}
	d := dialog.NewCustomConfirm(w.title(), w.loc.T("merge.add_account"), w.loc.T("dialog.cancel"),
		form.Wrapped(w.loc.T("merge.no_account", w.name, name)), func(add bool) {
			if add {
				w.importFile(false)
			}
		}, w.sh.Window())
	w.show(d, fyne.NewSize(560, 260))
}
