// Package settings is the settings dialog: the interface language, the name the person's
// edits are signed with and how far undo reaches back (history.go), the document's defaults
// (company, logo, accent, paper, language) and the portfolio's attractiveness factors.
package settings

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/privacy"
	"kamplan/ui/shell"
)

// settingsForm edits the interface language, the document defaults and the portfolio factors.
type settingsForm struct {
	sh       shell.Shell
	loc      locale.Locale
	changed  func(languagePref string) // after a save: the app applies the language
	backup   func()                    // Back up now
	st       domain.Settings
	uiLang   *widget.Select
	company  *widget.Entry
	accent   *widget.Entry
	paper    *widget.Select
	docLang  *widget.Select
	docTheme *widget.Select
	cutoff   *widget.Entry
	flip     *widget.Check
	logo     *widget.Label
	names    []*widget.Entry
	weights  []*widget.Entry
	anchors  []*widget.Entry
	total    *widget.Label
	problems *widget.Label
	history  historyFields
	privacy  privacyFields
	pipe     pipelineFields
	extra    []Section
}

// Section is a part of the settings another screen adds (the team server's): its fields,
// and their save, which keeps the dialog open with the error shown when it fails.
type Section interface {
	Title() string
	Items() []*widget.FormItem
	Save() error
}

var hexColour = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// Show opens the settings; once they are saved, changed is told the interface language
// chosen ("" for the system's, "en" or "es"), for the app to apply it. backup is Back up now;
// extra are the sections other screens add, below the others.
func Show(sh shell.Shell, changed func(languagePref string), backup func(), extra ...Section) {
	a := sh
	st, err := sh.Store().Settings(sh.Context())
	if err != nil {
		sh.ShowError(err)
		return
	}
	f := &settingsForm{sh: sh, loc: sh.Locale(), st: st, changed: changed, backup: backup, extra: extra}
	content := container.NewVScroll(f.build())
	content.SetMinSize(fyne.NewSize(620, 480))
	d := dialog.NewCustomWithoutButtons(f.loc.Title("menu.settings"), content, a.Window())
	save := widget.NewButtonWithIcon(f.loc.T("dialog.save"), theme.ConfirmIcon(), func() {
		if f.save() {
			d.Hide()
		}
	})
	save.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{widget.NewButtonWithIcon(f.loc.T("dialog.cancel"), theme.CancelIcon(), d.Hide), save})
	sh.ShowDialog(d, nil)
}

func (f *settingsForm) build() fyne.CanvasObject {
	f.uiLang = widget.NewSelect(append([]string{f.loc.T("settings.system")}, locale.LanguageNames...), nil)
	f.uiLang.SetSelectedIndex(map[string]int{"": 0, "en": 1, "es": 2}[f.sh.Preferences().String("language")])
	f.company = widget.NewEntry()
	f.company.SetText(f.st.CompanyName)
	f.accent = widget.NewEntry()
	f.accent.SetText(f.st.Accent)
	f.accent.Validator = func(s string) error {
		if !hexColour.MatchString(s) {
			return fmt.Errorf("%s", f.loc.T("err.colour"))
		}
		return nil
	}
	f.paper = widget.NewSelect([]string{"A4", "US Letter"}, nil)
	f.paper.SetSelectedIndex(map[string]int{"a4": 0, "letter": 1}[f.st.Paper])
	f.docLang = widget.NewSelect(locale.LanguageNames, nil)
	f.docLang.SetSelectedIndex(locale.LanguageIndex(f.st.DocLanguage))
	f.cutoff = widget.NewEntry()
	f.cutoff.SetText(f.loc.Number(f.st.Cutoff, 1))
	f.cutoff.Validator = func(s string) error { _, err := f.readCutoff(); return err }
	f.flip = widget.NewCheck(f.loc.T("settings.strength_left"), nil)
	f.flip.SetChecked(f.st.StrengthOnLeft)
	f.logo = widget.NewLabel(f.logoText())
	f.total = widget.NewLabel("")
	f.problems = widget.NewLabel("")
	f.problems.Wrapping = fyne.TextWrapWord
	items := append([]*widget.FormItem{widget.NewFormItem(f.loc.T("settings.ui_language"), f.uiLang)}, f.historyItems()...)
	items = append(items,
		widget.NewFormItem(f.loc.T("settings.company"), f.company),
		widget.NewFormItem(f.loc.T("settings.logo"), container.NewHBox(f.logo,
			widget.NewButton(f.loc.T("settings.choose"), f.chooseLogo), widget.NewButton(f.loc.T("settings.clear"), f.clearLogo))),
		widget.NewFormItem(f.loc.T("settings.accent"), f.accent),
		widget.NewFormItem(f.loc.T("settings.paper"), f.paper),
		widget.NewFormItem(f.loc.T("settings.doc_language"), f.docLang),
		f.docThemeItem(),
		widget.NewFormItem(f.loc.T("settings.cutoff"), f.cutoff),
		widget.NewFormItem("", f.flip))
	items = append(items, f.pipelineItems()...)
	form := widget.NewForm(append(items, widget.NewFormItem(f.loc.T("settings.data_file"), widget.NewLabel(f.sh.Location())))...)
	form.Items = append(form.Items, f.privacyItems()...)
	parts := []fyne.CanvasObject{form, widget.NewSeparator(),
		widget.NewLabelWithStyle(f.loc.T("settings.factors"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		f.factorRows(), f.total, f.problems,
		widget.NewButton(f.loc.T("settings.backup_now"), f.backup)}
	for _, x := range f.extra {
		parts = append(parts, widget.NewSeparator(),
			widget.NewLabelWithStyle(x.Title(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), widget.NewForm(x.Items()...))
	}
	return container.NewVBox(parts...)
}

// factorRows edits each factor's name, weight and scale anchors (what 2, 5 and 8 mean);
// an empty anchors field keeps the catalogue's wording, shown as its placeholder.
func (f *settingsForm) factorRows() fyne.CanvasObject {
	hint := widget.NewLabel(f.loc.T("settings.anchors_hint"))
	hint.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox(hint, container.NewGridWithColumns(2,
		widget.NewLabelWithStyle(f.loc.T("settings.factor"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(f.loc.T("settings.weight"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})))
	for _, fc := range f.st.Factors {
		name, weight := widget.NewEntry(), widget.NewEntry()
		name.SetText(f.loc.FactorLabel(fc))
		weight.SetText(strconv.Itoa(fc.Weight))
		weight.OnChanged = func(string) { f.showTotal() }
		anchors := widget.NewMultiLineEntry()
		anchors.Wrapping = fyne.TextWrapWord
		anchors.SetMinRowsVisible(2)
		anchors.SetPlaceHolder(f.loc.DefaultAnchors(fc.ID))
		anchors.SetText(fc.Anchors)
		f.names, f.weights, f.anchors = append(f.names, name), append(f.weights, weight), append(f.anchors, anchors)
		rows.Add(container.NewGridWithColumns(2, name, weight))
		rows.Add(anchors)
	}
	f.showTotal()
	return rows
}

func (f *settingsForm) showTotal() {
	sum := 0
	for _, w := range f.weights {
		v, _ := strconv.Atoi(strings.TrimSpace(w.Text))
		sum += v
	}
	f.total.SetText(f.loc.T("settings.weight_total", sum))
}

func (f *settingsForm) logoText() string {
	if len(f.st.Logo) == 0 {
		return f.loc.T("settings.no_logo")
	}
	return f.loc.T("settings.logo_size", len(f.st.Logo)/1024+1)
}

func (f *settingsForm) chooseLogo() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		b, err := io.ReadAll(io.LimitReader(r, 5<<20))
		if err != nil {
			f.sh.ShowError(err)
			return
		}
		f.st.Logo = b
		f.logo.SetText(f.logoText())
	}, f.sh.Window())
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg"}))
	f.sh.ShowDialog(d, nil)
}

func (f *settingsForm) clearLogo() {
	f.st.Logo = nil
	f.logo.SetText(f.logoText())
}

// readCutoff reads the cut-off between high and low (1–10) the interface language's way.
func (f *settingsForm) readCutoff() (float64, error) {
	v, err := f.loc.ParseNumber(f.cutoff.Text)
	if err != nil {
		return 0, err
	}
	if v < 1 || v > 10 {
		return 0, fmt.Errorf("%s", form.Capitalise(f.loc.T("err.cutoff")))
	}
	return v, nil
}

// readFactors reads the factors' rows, or says in the problems line which weight is not a number.
func (f *settingsForm) readFactors() ([]domain.Factor, bool) {
	var out []domain.Factor
	for i, fc := range f.st.Factors {
		w, err := strconv.Atoi(strings.TrimSpace(f.weights[i].Text))
		if err != nil {
			f.problems.SetText(f.loc.FactorLabel(fc) + ": " + f.loc.T("editor.err.number_like", "25"))
			return nil, false
		}
		name := strings.TrimSpace(f.names[i].Text)
		if name == f.loc.FactorLabel(fc) {
			name = fc.Name // an untouched default keeps its translatable name
		}
		out = append(out, domain.Factor{ID: fc.ID, Name: name, Weight: w, Anchors: strings.TrimSpace(f.anchors[i].Text)})
	}
	return out, true
}

// save stores the settings; invalid ones are refused with every problem shown under the form,
// which stays open with what was typed.
func (f *settingsForm) save() bool {
	st := f.st
	cutoff, err := f.readCutoff()
	if err != nil {
		f.problems.SetText(f.loc.T("settings.cutoff") + ": " + err.Error())
		return false
	}
	undoLimit, ok := f.readUndoLimit()
	if !ok {
		f.problems.SetText(f.loc.T("settings.undo_invalid"))
		return false
	}
	st.CompanyName = strings.TrimSpace(f.company.Text)
	st.Accent = strings.TrimSpace(f.accent.Text)
	st.Paper = []string{"a4", "letter"}[max(0, f.paper.SelectedIndex())]
	st.DocLanguage = []string{"en", "es"}[max(0, f.docLang.SelectedIndex())]
	st.DocTheme = domain.DocThemes[max(0, f.docTheme.SelectedIndex())]
	st.Cutoff = cutoff
	st.StrengthOnLeft = f.flip.Checked
	if err := f.readPipeline(&st); err != nil {
		f.problems.SetText(err.Error())
		return false
	}
	if st.Factors, ok = f.readFactors(); !ok {
		return false
	}
	for _, x := range f.extra {
		if err := x.Save(); err != nil {
			f.problems.SetText(form.Message(f.loc, err))
			return false
		}
	}
	if err := f.sh.Store().SaveSettings(f.sh.Context(), &st); err != nil {
		f.problems.SetText(f.loc.T("settings.refused") + "\n" + form.ProblemText(f.loc, err))
		return false
	}
	f.problems.SetText("")
	f.saveHistory(undoLimit)
	f.sh.Preferences().SetInt(privacy.PrefRetentionYears, f.retentionYears())
	f.changed([]string{"", "en", "es"}[max(0, f.uiLang.SelectedIndex())])
	f.sh.Notify(f.loc.T("settings.saved"))
	return true
}
