package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/review"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/pdf"
	"kamplan/ui/snapshots"
)

// exportPDFDialog asks for the edition, language, paper and, for the internal edition, the
// snapshot to list the changes since, then the file, and writes the plan document in the
// background with a progress bar.
func (a fileMenu) exportPDFDialog() { a.exportPDF(false) }

// exportPDF is the export dialog, with the review pack chosen when reviewPack is set (the
// reviews page's "Print review pack").
func (a fileMenu) exportPDF(reviewPack bool) {
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
	c := a.newPDFChoices(plan, st)
	c.review.SetChecked(reviewPack && review.Latest(plan) != nil)
	d := dialog.NewForm(a.loc.Title("menu.export_pdf"), a.loc.T("export.choose_file"), a.loc.T("dialog.cancel"), c.items(a.loc), func(ok bool) {
		if !ok {
			return
		}
		doc, err := c.document(*acc, plan, st)
		if err == nil && doc.Review && doc.Edition == domain.EditionInternal {
			doc.Since, err = review.SinceLatest(a.ctx, a.store.Journal(), domain.Doc{Account: acc, Plan: plan})
		}
		if err != nil {
			a.ShowError(err)
			return
		}
		doc.Portfolio, _ = a.store.Portfolio(a.ctx)
		a.choosePDFFile(doc)
	}, a.win)
	d.Resize(form.FitWindow(a.win, fyne.NewSize(560, 380))) // room between the choices and the buttons
	a.ShowDialog(d, nil)
}

// pdfChoices are the export dialog's choices.
type pdfChoices struct {
	edition     *widget.RadioGroup
	internal    string // the internal edition's name among the choices
	onePage     *widget.Check
	review      *widget.Check // the review pack of the last review instead of the plan
	lang, paper *widget.Select
	langNote    *widget.Label // the plan's texts stay in the language they were written in
	companyNote *widget.Label // shown when the settings do not name our company
	since       *snapshots.SinceChoice
	packSince   *widget.Select // in the since's place with the pack: since the last review
}

func (a fileMenu) newPDFChoices(plan *domain.Plan, st domain.Settings) *pdfChoices {
	c := &pdfChoices{internal: a.loc.T("edition.internal")}
	c.edition = widget.NewRadioGroup([]string{c.internal, a.loc.T("edition.client")}, nil)
	c.edition.SetSelected(c.internal)
	c.onePage = widget.NewCheck(a.loc.T("pdf.edition.onepage"), nil)
	c.review = widget.NewCheck(a.loc.T("export.review_pack"), nil)
	c.lang = widget.NewSelect(locale.LanguageNames, nil)
	c.lang.SetSelectedIndex(locale.LanguageIndex(firstNonEmpty(plan.Language, st.DocLanguage)))
	c.langNote = otherLanguageNote(a.loc, plan, c.lang)
	c.companyNote = warning(a.loc.T("export.no_company"))
	showIf(c.companyNote, strings.TrimSpace(st.CompanyName) == "")
	c.paper = widget.NewSelect([]string{"A4", "US Letter"}, nil)
	c.paper.SetSelectedIndex(map[string]int{"a4": 0, "letter": 1}[st.Paper])
	c.packSince = packSinceChoice(a.loc, plan)
	var err error
	if c.since, err = snapshots.NewSinceChoice(a, plan.ID); err != nil {
		a.ShowError(err)
	}
	// only the internal edition, on its pages, says what changed (the review pack: since the
	// last review); a document is the plan on its pages, on one page, or the review pack
	follow := func() {
		enableIf(c.since.Select, c.edition.Selected == c.internal && !c.onePage.Checked && !c.review.Checked)
		showIf(c.packSince, c.edition.Selected == c.internal && c.review.Checked)
		showIf(c.since.Select, !c.packSince.Visible())
		enableIf(c.onePage, !c.review.Checked)
		enableIf(c.review, !c.onePage.Checked && review.Latest(plan) != nil) // no review, no pack
	}
	c.edition.OnChanged = func(string) { follow() }
	c.onePage.OnChanged = func(bool) { follow() }
	c.review.OnChanged = func(bool) { follow() }
	follow()
	return c
}

func (c *pdfChoices) items(loc locale.Locale) []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(loc.T("export.edition"), container.NewVBox(c.edition, c.companyNote)),
		widget.NewFormItem("", c.onePage),
		widget.NewFormItem("", c.review),
		widget.NewFormItem(loc.T("export.since"), container.NewStack(c.since.Select, c.packSince)),
		widget.NewFormItem(loc.T("export.language"), container.NewVBox(c.lang, c.langNote)),
		widget.NewFormItem(loc.T("export.paper"), c.paper),
	}
}

// document is the plan document as chosen.
func (c *pdfChoices) document(acc domain.Account, plan *domain.Plan, st domain.Settings) (pdf.Document, error) {
	doc := pdf.Document{Account: acc, Plan: plan.Clone(), Settings: st,
		Lang: []string{"en", "es"}[max(0, c.lang.SelectedIndex())], Paper: []string{"a4", "letter"}[max(0, c.paper.SelectedIndex())],
		Edition: domain.EditionInternal, OnePage: c.onePage.Checked && !c.review.Checked, Review: c.review.Checked}
	if c.edition.Selected != c.internal {
		doc.Edition = domain.EditionClient
	}
	if doc.Review {
		return doc, nil // what changed is since the last review: exportPDF adds it
	}
	var err error
	doc.Since, err = c.since.Snapshot()
	return doc, err
}

// warning is a note in the warning's colour, wrapped to the dialog.
func warning(text string) *widget.Label {
	note := widget.NewLabel(text)
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.WarningImportance
	return note
}

// otherLanguageNote says, under the language chosen, when it is not the one the plan is
// written in: the headings follow the choice, the texts typed in the plan do not.
func otherLanguageNote(loc locale.Locale, plan *domain.Plan, lang *widget.Select) *widget.Label {
	note := warning("")
	follow := func(string) {
		written := locale.LanguageIndex(plan.Language)
		showIf(note, plan.Language != "" && lang.SelectedIndex() != written)
		note.SetText(loc.T("export.other_language", loc.T("history.lang."+plan.Language)))
	}
	lang.OnChanged = follow
	follow("")
	return note
}

// packSinceChoice says, greyed, what the internal review pack lists the changes since.
func packSinceChoice(loc locale.Locale, plan *domain.Plan) *widget.Select {
	var text string
	if r := review.Latest(plan); r != nil {
		text = loc.T("export.since.review", loc.LongDate(r.Date))
	}
	s := widget.NewSelect([]string{text}, nil)
	s.SetSelectedIndex(0)
	s.Disable()
	s.Hide()
	return s
}

func showIf(w fyne.CanvasObject, on bool) {
	if on {
		w.Show()
	} else {
		w.Hide()
	}
}

func enableIf(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
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
	if doc.Review {
		name += " (" + a.loc.T("review.pdf.pack") + ")"
	}
	a.chooseExportFile(name+".pdf", func(path string) { a.writePDF(path, doc) })
}

// writePDF lays out the document and writes it to path.
func (a fileMenu) writePDF(path string, doc pdf.Document) {
	var warnings []string
	a.exportTo(path, a.loc.Title("menu.export_pdf"), a.pdfKept(doc, &warnings), func(err error) {
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

// pdfKept writes the document to the path it is given, then keeps the plan as exported (as
// stored: the editor saved it first) as a snapshot labelled with the edition.
func (a fileMenu) pdfKept(doc pdf.Document, warnings *[]string) func(path string, progress func(float64)) error {
	write := pdfExport(doc, warnings)
	return func(path string, progress func(float64)) error {
		if err := write(path, progress); err != nil {
			return err
		}
		now := domain.Doc{Account: &doc.Account, Plan: doc.Plan}
		_, err := history.KeepExport(a.ctx, a.store.Snapshots(), now, editionLabel(doc), a.store.Author())
		return err
	}
}

// editionLabel names the document's edition as the command line's --edition does.
func editionLabel(doc pdf.Document) string {
	if doc.Review && doc.Edition == domain.EditionClient {
		return "review-client"
	}
	if doc.Review {
		return "review"
	}
	if doc.OnePage && doc.Edition == domain.EditionClient {
		return "onepage-client"
	}
	if doc.OnePage {
		return "onepage"
	}
	return string(doc.Edition)
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
