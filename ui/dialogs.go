package ui

import (
	"io"
	"os/exec"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/release"
	kstorage "kamplan/storage"
	"kamplan/storage/atomicfile"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// createAccount stores a new account with its first plan and opens it.
func (a *App) createAccount(acc *domain.Account, period string) error {
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
	a.Notify(a.tr("app.status.created", acc.Name))
	a.openPlan(acc.ID, p.ID)
	return nil
}

// newPlanLanguage is the document language of a new plan: the one chosen in Settings, or the
// interface language while Settings were never saved.
func (a *App) newPlanLanguage() string {
	if st, err := a.store.Settings(a.ctx); err == nil && st.Version > 0 && st.DocLanguage != "" {
		return st.DocLanguage
	}
	return a.loc.Lang()
}

// openPlanFileDialog imports a portable plan file, asking before it replaces an account.
func (a *App) openPlanFileDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, kstorage.MaxPlanFile+1))
		if err != nil {
			a.ShowError(err)
			return
		}
		a.importPlanFile(data, false)
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	a.ShowDialog(d, nil)
}

// importPlanFile imports in the background, so a large file never freezes the window.
func (a *App) importPlanFile(data []byte, replace bool) {
	var f domain.PlanFile
	a.Run(a.loc.Title("menu.open_plan_file"), false, func(func(float64)) error {
		var err error
		f, err = a.store.ImportJSON(a.ctx, data, replace)
		return err
	}, func(err error) { a.imported(data, replace, f, err) })
}

func (a *App) imported(data []byte, replace bool, f domain.PlanFile, err error) {
	switch {
	case domain.CodeOf(err) == domain.CodeConflict && !replace:
		a.ShowDialog(dialog.NewConfirm(a.tr("import.replace.title"), form.Message(a.loc, err)+"\n\n"+a.tr("import.replace.ask"), func(yes bool) {
			if yes {
				a.importPlanFile(data, true)
			}
		}, a.win), nil)
	case err != nil:
		shell.ShowProblems(a, a.tr("import.failed"), err)
	default:
		a.editor = nil
		a.ShowHome()
		a.Notify(a.trCount("app.status.imported", len(f.Plans), f.Account.Name, len(f.Plans)))
	}
}

// exportPlanFileDialog writes the open account (or the selected one) as a plan file.
func (a *App) exportPlanFileDialog() {
	name := a.currentAccountName()
	if name == "" {
		a.ShowDialog(dialog.NewInformation(a.loc.Title("menu.export_plan_file"), a.tr("app.pick_account"), a.win), nil)
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
			a.Notify(a.tr("app.status.exported", path))
		})
	})
}

// planFileExport writes the account's plan file to the path it is given.
func (a *App) planFileExport(name string) func(path string, progress func(float64)) error {
	return func(path string, _ func(float64)) error {
		data, err := a.store.ExportJSON(a.ctx, name, "")
		if err != nil {
			return err
		}
		return atomicfile.WriteBytes(path, data)
	}
}

func (a *App) currentAccountName() string {
	if a.editor != nil {
		return a.editor.Account().Name
	}
	if a.home != nil && a.home.selected != nil {
		return a.home.selected.AccountName
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
func (a *App) backupDialog() {
	if !a.flush() {
		return
	}
	a.chooseExportFile("kamplan-"+domain.Today().String()+".db", func(path string) {
		a.exportTo(path, a.loc.Title("menu.backup"), a.backupExport(), func(err error) {
			if err != nil {
				a.ShowError(err)
				return
			}
			a.Notify(a.tr("app.status.backed_up", path))
		})
	})
}

// backupExport writes a consistent copy of the database to the path it is given.
func (a *App) backupExport() func(path string, progress func(float64)) error {
	return func(path string, _ func(float64)) error { return a.store.Backup(a.ctx, path) }
}

func (a *App) aboutDialog() {
	a.ShowDialog(dialog.NewInformation(a.loc.Title("menu.about"), a.tr("about.body", release.Version, a.store.Path()), a.win), nil)
}

func (a *App) methodDialog() {
	text := widget.NewRichTextFromMarkdown(a.tr("method.body"))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(640, 420))
	a.ShowDialog(dialog.NewCustom(a.loc.Title("menu.method"), a.tr("dialog.close"), scroll, a.win), nil)
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
