package ui

import (
	"kamplan/storage/csvimport"
	"kamplan/ui/importwizard"
)

// importCSVDialog asks for a CRM export and opens the import wizard on it.
func (a fileMenu) importCSVDialog() {
	a.chooseFile([]string{".csv", ".txt", ".tsv"}, csvimport.MaxBytes, a.openImportWizard)
}

// openImportWizard saves the open plan, then opens the wizard on a file with that plan as
// where contacts go.
func (a fileMenu) openImportWizard(data []byte, name string) {
	if !a.flush() {
		return
	}
	var target importwizard.Target
	if e := a.editor; e != nil {
		target = importwizard.Target{AccountID: e.Account().ID, AccountName: e.Account().Name, PlanID: e.Plan().ID, Period: e.Plan().Period}
	}
	importwizard.Open(a, data, name, target)
}
