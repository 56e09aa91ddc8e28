package editor

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// Saving: an edit is saved shortly after it is made; a save that fails says why in the header
// until one succeeds, and a save another writer overtook stops saving until the plan is
// reloaded (see unsaved.go for what the person is then told).

func (e *Editor) schedule() {
	e.refresh()
	e.showState()
	if e.timer != nil {
		e.timer.Stop()
	}
	e.timer = time.AfterFunc(SaveDelay, func() { fyne.Do(func() { e.save() }) })
}

// Stop cancels the pending save and field commits (the editor is being thrown away).
func (e *Editor) Stop() {
	if e.timer != nil {
		e.timer.Stop()
	}
	e.fields.Stop()
}

// Flush commits what is typed and saves now; false when something could not be saved.
func (e *Editor) Flush() bool {
	if e.timer != nil {
		e.timer.Stop()
	}
	valid := e.fields.CommitAll()
	return e.save() && valid
}

func (e *Editor) save() bool {
	if e.conflict {
		e.showState()
		return false
	}
	var acc *domain.Account
	var plan *domain.Plan
	if e.accountDirty {
		acc = e.account
	}
	if e.planDirty {
		plan = e.plan
	}
	entries := e.journal.pending
	if acc != nil || plan != nil || len(entries) > 0 {
		if err := e.sh.Store().SaveEdits(e.sh.Context(), acc, plan, entries); err != nil {
			return e.failed(err)
		}
	}
	e.accountDirty, e.planDirty = false, false
	e.unsaved, e.journal.pending = nil, nil
	if len(entries) > 0 {
		e.pages.journalled()
	}
	if e.saveErr != "" {
		e.saveErr = ""
		e.sh.Settle()
	}
	e.showState()
	return true
}

func (e *Editor) failed(err error) bool {
	if domain.IsStale(err) {
		e.conflict = true
		e.showState()
		e.conflictDialog()
		return false
	}
	e.saveErr = form.FirstLine(form.Message(e.loc, err))
	e.sh.ShowError(err)
	e.showState()
	return false
}

// conflictDialog says that another writer changed the plan and offers to reload it; the
// screen keeps what was typed here so that it can be copied first.
func (e *Editor) conflictDialog() {
	e.sh.ShowDialog(dialog.NewCustomConfirm(e.tr("editor.conflict.title"), e.tr("editor.conflict.reload"), e.tr("editor.conflict.keep"),
		form.Wrapped(e.tr("editor.conflict.body")), func(reload bool) {
			if reload {
				e.reload()
			}
		}, e.sh.Window()), nil)
}

// reload drops the edits made here and shows the plan as the store has it now, on the same page.
func (e *Editor) reload() {
	at := e.Here()
	e.discard()
	e.sh.OpenPlan(e.account.ID, e.plan.ID, at)
}

// discard forgets the changes that were not saved: the editor is about to be left.
func (e *Editor) discard() {
	e.Stop()
	e.conflict, e.planDirty, e.accountDirty, e.saveErr = false, false, false, ""
	e.unsaved, e.journal.pending = nil, nil
	e.fields.Discard()
}

// settleStatus takes a passing notice ("Nothing to undo", a refusal) off the status bar once
// the person moves on; a save that failed stays there until a save succeeds.
func (e *Editor) settleStatus() {
	if e.saveErr == "" {
		e.sh.Settle()
	}
}

// showState says in the header whether what is on screen is saved.
func (e *Editor) showState() {
	invalid := len(e.fields.Invalid()) > 0
	switch {
	case e.conflict:
		e.saveState.SetText(e.tr("editor.state.conflict"))
	case invalid:
		e.saveState.SetText(e.tr("editor.state.fix", e.fields.InvalidLabels()))
	case e.saveErr != "":
		e.saveState.SetText(e.tr("editor.save_failed", e.saveErr))
	case e.planDirty || e.accountDirty || e.fields.Typing():
		e.saveState.SetText(e.tr("editor.unsaved"))
	default:
		e.saveState.SetText(e.tr("editor.saved"))
	}
	e.saveState.Importance = widget.MediumImportance
	if e.conflict || invalid || e.saveErr != "" {
		e.saveState.Importance = widget.DangerImportance
	}
	e.saveState.Refresh()
	showIf(e.reloadButton, e.conflict)
	showIf(e.changesButt, e.conflict && len(e.unsaved) > 0)
}

// SaveState is what the header says of the plan on screen: saved, being edited, not saved and why.
func (e *Editor) SaveState() string { return e.saveState.Text }
