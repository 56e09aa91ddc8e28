package ui

import (
	"kamplan/domain"

	"fyne.io/fyne/v2/dialog"
)

// firstStart opens the sample plan with a hint of where to begin, the first time only.
func (a *App) firstStart() bool {
	if a.fyne.Preferences().Bool("hint.shown") || a.home == nil || len(a.home.Rows()) == 0 {
		return false
	}
	a.fyne.Preferences().SetBool("hint.shown", true)
	for _, r := range a.home.Rows() {
		if r.AccountName == sampleAccount {
			a.openPlan(r.AccountID, r.PlanID)
			break
		}
	}
	a.ShowDialog(dialog.NewInformation(a.loc.T("hint.title"), a.loc.T("hint.body"), a.win), nil)
	return true
}

// selected is the account picked on the portfolio, when it is shown.
func (a *App) selected() (domain.PlanSummary, bool) {
	if a.home == nil {
		return domain.PlanSummary{}, false
	}
	return a.home.Selected()
}

// sampleAccount is the complete sample plan a new database starts with.
const sampleAccount = "Aceros del Norte, S.A."
