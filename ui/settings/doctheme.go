package settings

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// docThemeItem is the choice of the document's look among the designed themes (package
// ui/pdf/theme); none stored is the first, the modern one.
func (f *settingsForm) docThemeItem() *widget.FormItem {
	var names []string
	for _, t := range domain.DocThemes {
		names = append(names, f.loc.T("settings.doc_theme."+t))
	}
	f.docTheme = widget.NewSelect(names, nil)
	f.docTheme.SetSelectedIndex(max(0, slices.Index(domain.DocThemes, f.st.DocTheme)))
	return widget.NewFormItem(f.loc.T("settings.doc_theme"), f.docTheme)
}
