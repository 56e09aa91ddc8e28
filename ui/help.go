package ui

import (
	"kamplan/release"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

func (a helpMenu) aboutDialog() {
	a.ShowDialog(dialog.NewInformation(a.loc.Title("menu.about"), a.loc.T("about.body", release.Version, a.store.Path()), a.win), nil)
}

func (a helpMenu) methodDialog() {
	text := widget.NewRichTextFromMarkdown(a.loc.T("method.body"))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(640, 420))
	a.ShowDialog(dialog.NewCustom(a.loc.Title("menu.method"), a.loc.T("dialog.close"), scroll, a.win), nil)
}

// helpMenu is the Help menu's work: the about box, the licences and the method.
type helpMenu struct{ *App }
