package ui

import (
	"io"
	"kamplan/storage/csvimport"
	"kamplan/ui/importwizard"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// importCSVDialog asks for a CRM export and opens the import wizard on it.
func (a fileMenu) importCSVDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, csvimport.MaxBytes+1))
		if err != nil {
			a.ShowError(err)
			return
		}
		a.openImportWizard(data, r.URI().Name())
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".txt", ".tsv"}))
	a.ShowDialog(d, nil)
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
