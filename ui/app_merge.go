package ui

import (
	kstorage "kamplan/storage"
	"kamplan/ui/mergewizard"
	"kamplan/ui/shell"
)

// mergePlanFileDialog asks for a plan file that came back edited and merges it into the
// stored plans of its account.
func (a fileMenu) mergePlanFileDialog() {
	a.chooseFile([]string{".json"}, kstorage.MaxPlanFile, a.openMergeWizard)
}

// openMergeWizard saves the open plan, then merges a plan file into the stored plans.
func (a fileMenu) openMergeWizard(data []byte, name string) {
	if !a.flush() {
		return
	}
	mergewizard.Open(a, a.store, data, name, func() { a.showStored(a.openNow()) })
}

// onScreen is what the window shows: a plan at a page, or the portfolio (no plan).
type onScreen struct {
	accountID, planID string
	page              shell.Page
}

func (a fileMenu) openNow() onScreen {
	if a.editor == nil {
		return onScreen{}
	}
	return onScreen{a.editor.Account().ID, a.editor.Plan().ID, a.editor.Here()}
}

// showStored shows again, as the store has it now, what the window showed when the store
// changed under it (a merge, a restore): the plan at the same page, or the portfolio when
// that plan is gone or none was open. The editor's own copy of the plan is thrown away: it
// was saved before the store changed.
func (a fileMenu) showStored(was onScreen) {
	if a.editor != nil {
		a.editor.Stop()
		a.editor = nil
	}
	if _, err := a.store.LoadPlan(a.ctx, was.planID); was.planID == "" || err != nil {
		a.openHome()
		return
	}
	a.open(was.accountID, was.planID)
	if a.editor != nil && was.page != "" {
		a.editor.ShowPage(was.page)
	}
}
