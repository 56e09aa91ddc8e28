package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/pdf"
)

// exportPDFDialog asks for the edition, language and paper, then the file, and writes the
// plan document in the background with a progress bar.
func (a fileMenu) exportPDFDialog() {
	acc, plan, err := a.planToExport()
	if err != nil {
		a.ShowError(err)
		return
	}
	if plan == nil {
		a.ShowDialog(dialog.NewInformation(a.loc.Title("menu.export_pdf"), a.loc.T("app.open_account_first"), a.win), nil)
		return
	}
	st, err := a.store.Settings(a.ctx)
	if err != nil {
		a.ShowError(err)
		return
	}
	edition := widget.NewRadioGroup([]string{a.loc.T("edition.internal"), a.loc.T("edition.client")}, nil)
	edition.SetSelected(a.loc.T("edition.internal"))
	onePage := widget.NewCheck(a.loc.T("pdf.edition.onepage"), nil)
	lang := widget.NewSelect(locale.LanguageNames, nil)
	lang.SetSelectedIndex(locale.LanguageIndex(firstNonEmpty(plan.Language, st.DocLanguage)))
	paper := widget.NewSelect([]string{"A4", "US Letter"}, nil)
	paper.SetSelectedIndex(map[string]int{"a4": 0, "letter": 1}[st.Paper])
	items := []*widget.FormItem{
		widget.NewFormItem(a.loc.T("export.edition"), edition),
		widget.NewFormItem("", onePage),
		widget.NewFormItem(a.loc.T("export.language"), lang),
		widget.NewFormItem(a.loc.T("export.paper"), paper),
	}
	d := dialog.NewForm(a.loc.Title("menu.export_pdf"), a.loc.T("export.choose_file"), a.loc.T("dialog.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		doc := pdf.Document{Account: *acc, Plan: plan.Clone(), Settings: st,
			Lang: []string{"en", "es"}[max(0, lang.SelectedIndex())], Paper: []string{"a4", "letter"}[max(0, paper.SelectedIndex())],
			Edition: domain.EditionInternal, OnePage: onePage.Checked}
		if edition.Selected == a.loc.T("edition.client") {
			doc.Edition = domain.EditionClient
		}
		doc.Portfolio, _ = a.store.Portfolio(a.ctx)
		a.choosePDFFile(doc)
	}, a.win)
	d.Resize(form.FitWindow(a.win, fyne.NewSize(520, 330))) // room between the choices and the buttons
	a.ShowDialog(d, nil)
}

// planToExport is the plan open in the editor (its edits saved first), else the plan selected
// on the portfolio; nil when there is neither.
func (a fileMenu) planToExport() (*domain.Account, *domain.Plan, error) {
	if a.editor != nil {
		if !a.flush() {
			return nil, nil, domain.Errorf(domain.CodeInvalid, "editor.export_unsaved", "the plan has unsaved changes: fix them first")
		}
		return a.editor.Account(), a.editor.Plan(), nil
	}
	r, ok := a.selected()
	if !ok {
		return nil, nil, nil
	}
	acc, err := a.store.Account(a.ctx, r.AccountID)
	if err != nil {
		return nil, nil, err
	}
	p, err := a.store.LoadPlan(a.ctx, r.PlanID)
	return acc, p, err
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func (a fileMenu) choosePDFFile(doc pdf.Document) {
	name := safeFileName(doc.Account.Name) + " " + doc.Plan.Period
	if doc.Edition == domain.EditionClient {
		name += " (" + strings.ToLower(a.loc.T("edition.client")) + ")"
	}
	if doc.OnePage {
		name += " (" + strings.ToLower(a.loc.T("pdf.onepage")) + ")"
	}
	a.chooseExportFile(name+".pdf", func(path string) { a.writePDF(path, doc) })
}

// writePDF lays out the document and writes it to path.
func (a fileMenu) writePDF(path string, doc pdf.Document) {
	var warnings []string
	a.exportTo(path, a.loc.Title("menu.export_pdf"), pdfExport(doc, &warnings), func(err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		a.pdfDone(path, warnings)
	})
}

// pdfExport writes the document to the path it is given, keeping the warnings.
func pdfExport(doc pdf.Document, warnings *[]string) func(path string, progress func(float64)) error {
	return func(path string, progress func(float64)) error {
		var err error
		*warnings, err = pdf.ExportFile(path, doc, progress)
		return err
	}
}

func (a fileMenu) pdfDone(path string, warnings []string) {
	msg := a.loc.T("export.done", path)
	if len(warnings) > 0 {
		msg += "\n\n" + a.loc.T("export.warnings") + "\n• " + strings.Join(warnings, "\n• ")
	}
	a.Notify(a.loc.T("app.status.exported", path))
	a.ShowDialog(dialog.NewCustomConfirm(a.loc.Title("menu.export_pdf"), a.loc.T("export.open_folder"), a.loc.T("dialog.close"),
		widget.NewLabel(msg), func(open bool) {
			if open {
				if err := openFolder(filepath.Dir(path)); err != nil {
					a.ShowError(err)
				}
			}
		}, a.win), nil)
}
