package ui

// fileMenu is the File menu's work: new accounts and periods, plan files in and out, CSV
// imports, the PDF, backups. It is the app seen from that menu.
type fileMenu struct{ *App }

// files is the app's File menu.
func (a *App) files() fileMenu { return fileMenu{a} }
