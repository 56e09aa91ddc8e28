package ui

import (
	"io"
	"os/exec"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"kamplan/domain"
	kstorage "kamplan/storage"
	"kamplan/storage/atomicfile"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// createAccount stores a new account with its first plan and opens it.
func (a fileMenu) createAccount(acc *domain.Account, period string) error {
	p, err := a.store.CreateAccount(a.ctx, acc, period)
	if err != nil {
		return err
	}
	if lang := a.newPlanLanguage(); p.Language != lang {
		p.Language = lang
		if err := a.store.SavePlan(a.ctx, p); err != nil {
			return err
		}
	}
	a.Notify(a.loc.T("app.status.created", acc.Name))
	a.openPlan(acc.ID, p.ID)
	return nil
}

// newPlanLanguage is the document language of a new plan: the one chosen in Settings, or the
// interface language while Settings were never saved.
func (a fileMenu) newPlanLanguage() string {
	if st, err := a.store.Settings(a.ctx); err == nil && st.Version > 0 && st.DocLanguage != "" {
		return st.DocLanguage
	}
	return a.loc.Lang()
}

// openPlanFileDialog imports a portable plan file, asking before it replaces an account.
func (a fileMenu) openPlanFileDialog() {
	a.chooseFile([]string{".json"}, kstorage.MaxPlanFile, func(data []byte, _ string) { a.importPlanFile(data, false) })
}

// chooseFile asks for a file with one of exts and hands its content, read up to one byte
// past limit so the reader can refuse a larger file, and its name to then.
func (a fileMenu) chooseFile(exts []string, limit int64, then func(data []byte, name string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, limit+1))
		if err != nil {
			a.ShowError(err)
			return
		}
		then(data, r.URI().Name())
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	a.ShowDialog(d, nil)
}

// importPlanFile imports in the background, so a large file never freezes the window.
func (a fileMenu) importPlanFile(data []byte, replace bool) {
	var f domain.PlanFile
	a.Run(a.loc.Title("menu.open_plan_file"), false, func(func(float64)) error {
		var err error
		f, err = a.store.ImportJSON(a.ctx, data, replace)
		return err
	}, func(err error) { a.imported(data, replace, f, err) })
}

func (a fileMenu) imported(data []byte, replace bool, f domain.PlanFile, err error) {
	switch {
	case domain.CodeOf(err) == domain.CodeConflict && !replace:
		a.ShowDialog(dialog.NewConfirm(a.loc.T("import.replace.title"), form.Message(a.loc, err)+"\n\n"+a.loc.T("import.replace.ask"), func(yes bool) {
			if yes {
				a.importPlanFile(data, true)
			}
		}, a.win), nil)
	case err != nil:
		shell.ShowProblems(a, a.loc.T("import.failed"), err)
	default:
		a.editor = nil
		a.ShowHome()
		a.Notify(a.loc.TCount("app.status.imported", len(f.Plans), f.Account.Name, len(f.Plans)))
	}
}

// exportPlanFileDialog writes the open account (or the selected one) as a plan file.
func (a fileMenu) exportPlanFileDialog() {
	name := a.currentAccountName()
	if name == "" {
		a.ShowDialog(dialog.NewInformation(a.loc.Title("menu.export_plan_file"), a.loc.T("app.pick_account"), a.win), nil)
		return
	}
	if !a.flush() {
		return
	}
	a.chooseExportFile(safeFileName(name)+".json", func(path string) {
		a.exportTo(path, a.loc.Title("menu.export_plan_file"), a.planFileExport(name), func(err error) {
			if err != nil {
				a.ShowError(err)
				return
			}
			a.Notify(a.loc.T("app.status.exported", path))
		})
	})
}

// planFileExport writes the account's plan file to the path it is given.
func (a fileMenu) planFileExport(name string) func(path string, progress func(float64)) error {
	return func(path string, _ func(float64)) error {
		data, err := a.store.ExportJSON(a.ctx, name, "")
		if err != nil {
			return err
		}
		return atomicfile.WriteBytes(path, data)
	}
}

func (a fileMenu) currentAccountName() string {
	if a.editor != nil {
		return a.editor.Account().Name
	}
	if r, ok := a.selected(); ok {
		return r.AccountName
	}
	return ""
}

func safeFileName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s)
}

// backupDialog writes a copy of the database, off the interface's thread.
func (a fileMenu) backupDialog() {
	if !a.flush() {
		return
	}
	a.chooseExportFile("kamplan-"+domain.Today().String()+".db", func(path string) {
		a.exportTo(path, a.loc.Title("menu.backup"), a.backupExport(), func(err error) {
			if err != nil {
				a.ShowError(err)
				return
			}
			a.Notify(a.loc.T("app.status.backed_up", path))
		})
	})
}

// backupExport writes a consistent copy of the database to the path it is given.
func (a fileMenu) backupExport() func(path string, progress func(float64)) error {
	return func(path string, _ func(float64)) error { return a.store.Backup(a.ctx, path) }
}

// openFolder shows a folder in the system's file manager.
func openFolder(dir string) error {
	cmd := "xdg-open"
	switch runtime.GOOS {
	case "darwin":
		cmd = "open"
	case "windows":
		cmd = "explorer"
	}
	return exec.Command(cmd, dir).Start()
}
