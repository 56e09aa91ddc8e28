package ui

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
)

// settingsForm edits the interface language, the document defaults and the portfolio factors.
type settingsForm struct {
	app      *App
	st       domain.Settings
	uiLang   *widget.Select
	company  *widget.Entry
	accent   *widget.Entry
	paper    *widget.Select
	docLang  *widget.Select
	cutoff   *widget.Entry
	flip     *widget.Check
	logo     *widget.Label
	names    []*widget.Entry
	weights  []*widget.Entry
	anchors  []*widget.Entry
	total    *widget.Label
	problems *widget.Label
}

var hexColour = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

func (a *App) settingsDialog() {
	st, err := a.store.Settings(a.ctx)
	if err != nil {
		a.showError(err)
		return
	}
	f := &settingsForm{app: a, st: st}
	content := container.NewVScroll(f.build())
	content.SetMinSize(fyne.NewSize(620, 480))
	d := dialog.NewCustomWithoutButtons(a.title("menu.settings"), content, a.win)
	save := widget.NewButtonWithIcon(a.tr("dialog.save"), theme.ConfirmIcon(), func() {
		if f.save() {
			d.Hide()
		}
	})
	save.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{widget.NewButtonWithIcon(a.tr("dialog.cancel"), theme.CancelIcon(), d.Hide), save})
	a.ShowDialog(d, nil)
}

func (f *settingsForm) build() fyne.CanvasObject {
	a := f.app
	f.uiLang = widget.NewSelect([]string{a.tr("settings.system"), "English", "Español"}, nil)
	f.uiLang.SetSelectedIndex(map[string]int{"": 0, "en": 1, "es": 2}[a.fyne.Preferences().String("language")])
	f.company = widget.NewEntry()
	f.company.SetText(f.st.CompanyName)
	f.accent = widget.NewEntry()
	f.accent.SetText(f.st.Accent)
	f.accent.Validator = func(s string) error {
		if !hexColour.MatchString(s) {
			return fmt.Errorf("%s", a.tr("err.colour"))
		}
		return nil
	}
	f.paper = widget.NewSelect([]string{"A4", "US Letter"}, nil)
	f.paper.SetSelectedIndex(map[string]int{"a4": 0, "letter": 1}[f.st.Paper])
	f.docLang = widget.NewSelect([]string{"English", "Español"}, nil)
	f.docLang.SetSelectedIndex(langIndex(f.st.DocLanguage))
	f.cutoff = widget.NewEntry()
	f.cutoff.SetText(a.loc.Number(f.st.Cutoff, 1))
	f.cutoff.Validator = func(s string) error { _, err := f.readCutoff(); return err }
	f.flip = widget.NewCheck(a.tr("settings.strength_left"), nil)
	f.flip.SetChecked(f.st.StrengthOnLeft)
	f.logo = widget.NewLabel(f.logoText())
	f.total = widget.NewLabel("")
	f.problems = widget.NewLabel("")
	f.problems.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(a.tr("settings.ui_language"), f.uiLang),
		widget.NewFormItem(a.tr("settings.company"), f.company),
		widget.NewFormItem(a.tr("settings.logo"), container.NewHBox(f.logo,
			widget.NewButton(a.tr("settings.choose"), f.chooseLogo), widget.NewButton(a.tr("settings.clear"), f.clearLogo))),
		widget.NewFormItem(a.tr("settings.accent"), f.accent),
		widget.NewFormItem(a.tr("settings.paper"), f.paper),
		widget.NewFormItem(a.tr("settings.doc_language"), f.docLang),
		widget.NewFormItem(a.tr("settings.cutoff"), f.cutoff),
		widget.NewFormItem("", f.flip),
		widget.NewFormItem(a.tr("settings.data_file"), widget.NewLabel(a.store.Path())),
	)
	return container.NewVBox(form, widget.NewSeparator(),
		widget.NewLabelWithStyle(a.tr("settings.factors"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		f.factorRows(), f.total, f.problems,
		widget.NewButton(a.tr("settings.backup_now"), a.backupDialog))
}

// factorRows edits each factor's name, weight and scale anchors (what 2, 5 and 8 mean);
// an empty anchors field keeps the catalogue's wording, shown as its placeholder.
func (f *settingsForm) factorRows() fyne.CanvasObject {
	a := f.app
	hint := widget.NewLabel(a.tr("settings.anchors_hint"))
	hint.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox(hint, container.NewGridWithColumns(2,
		widget.NewLabelWithStyle(a.tr("settings.factor"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(a.tr("settings.weight"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})))
	for _, fc := range f.st.Factors {
		name, weight := widget.NewEntry(), widget.NewEntry()
		name.SetText(a.factorLabel(fc))
		weight.SetText(strconv.Itoa(fc.Weight))
		weight.OnChanged = func(string) { f.showTotal() }
		anchors := widget.NewMultiLineEntry()
		anchors.Wrapping = fyne.TextWrapWord
		anchors.SetMinRowsVisible(2)
		anchors.SetPlaceHolder(a.defaultAnchors(fc.ID))
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
	f.total.SetText(f.app.tr("settings.weight_total", sum))
}

func (f *settingsForm) logoText() string {
	if len(f.st.Logo) == 0 {
		return f.app.tr("settings.no_logo")
	}
	return f.app.tr("settings.logo_size", len(f.st.Logo)/1024+1)
}

func (f *settingsForm) chooseLogo() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		b, err := io.ReadAll(io.LimitReader(r, 5<<20))
		if err != nil {
			f.app.showError(err)
			return
		}
		f.st.Logo = b
		f.logo.SetText(f.logoText())
	}, f.app.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg"}))
	f.app.ShowDialog(d, nil)
}

func (f *settingsForm) clearLogo() {
	f.st.Logo = nil
	f.logo.SetText(f.logoText())
}

// readCutoff reads the cut-off between high and low (1–10) the interface language's way.
func (f *settingsForm) readCutoff() (float64, error) {
	v, err := f.app.loc.ParseNumber(f.cutoff.Text)
	if err != nil {
		return 0, err
	}
	if v < 1 || v > 10 {
		return 0, fmt.Errorf("%s", form.Capitalise(f.app.tr("err.cutoff")))
	}
	return v, nil
}

// save stores the settings; invalid ones are refused with every problem shown under the form,
// which stays open with what was typed.
func (f *settingsForm) save() bool {
	a := f.app
	st := f.st
	cutoff, err := f.readCutoff()
	if err != nil {
		f.problems.SetText(a.tr("settings.cutoff") + ": " + err.Error())
		return false
	}
	st.CompanyName = strings.TrimSpace(f.company.Text)
	st.Accent = strings.TrimSpace(f.accent.Text)
	st.Paper = []string{"a4", "letter"}[max(0, f.paper.SelectedIndex())]
	st.DocLanguage = []string{"en", "es"}[max(0, f.docLang.SelectedIndex())]
	st.Cutoff = cutoff
	st.StrengthOnLeft = f.flip.Checked
	st.Factors = nil
	for i, fc := range f.st.Factors {
		w, err := strconv.Atoi(strings.TrimSpace(f.weights[i].Text))
		if err != nil {
			f.problems.SetText(a.factorLabel(fc) + ": " + a.tr("editor.err.number_like", "25"))
			return false
		}
		name := strings.TrimSpace(f.names[i].Text)
		if name == a.factorLabel(fc) {
			name = fc.Name // an untouched default keeps its translatable name
		}
		st.Factors = append(st.Factors, domain.Factor{ID: fc.ID, Name: name, Weight: w, Anchors: strings.TrimSpace(f.anchors[i].Text)})
	}
	if err := a.store.SaveSettings(a.ctx, &st); err != nil {
		f.problems.SetText(a.tr("settings.refused") + "\n" + form.ProblemText(a.loc, err))
		return false
	}
	f.problems.SetText("")
	a.applyLanguage([]string{"", "en", "es"}[max(0, f.uiLang.SelectedIndex())])
	a.setStatus(a.tr("settings.saved"))
	return true
}

// applyLanguage switches the interface language and rebuilds the window.
func (a *App) applyLanguage(pref string) {
	a.fyne.Preferences().SetString("language", pref)
	lang := locale.Interface(pref, locale.System)
	if lang == a.loc.Lang() {
		a.refreshView()
		return
	}
	a.loc = locale.New(lang)
	a.installMenu()
	a.refreshView()
}

// refreshView rebuilds the current view, keeping the open plan.
func (a *App) refreshView() {
	if a.editor != nil {
		a.openPlan(a.editor.account.ID, a.editor.plan.ID)
		return
	}
	a.showHome()
}

// factorLabel shows a factor in the interface language while it keeps its default name.
func (a *App) factorLabel(f domain.Factor) string {
	for _, d := range append(domain.DefaultAttractivenessFactors(), domain.DefaultStrengthCriteria()...) {
		if d.ID == f.ID && d.Name == f.Name {
			return a.tr("factor." + f.ID)
		}
	}
	return f.Name
}
