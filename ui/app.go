// Package ui is the desktop application of KAM Planner.
package ui

import (
	"context"
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/storage"
)

// App is the running desktop application: one window over one database.
type App struct {
	fyne  fyne.App
	win   fyne.Window
	store domain.Store
	path  string
	lang  string
	ctx   context.Context

	home   *home
	status *widget.Label
}

// Run opens the database at dbPath and shows the main window until it is closed.
func Run(dbPath string) error {
	a := app.NewWithID("com.kamplanner.app")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon()))
	lang := a.Preferences().StringWithFallback("language", systemLanguage())
	s, err := storage.Open(dbPath)
	if err != nil {
		showFatal(a, lang, err)
		return err
	}
	defer s.Close()
	ui := New(a, s, dbPath, lang)
	ui.win.ShowAndRun()
	return nil
}

// New builds the application window over a store.
func New(fa fyne.App, s domain.Store, path, lang string) *App {
	a := &App{fyne: fa, store: s, path: path, lang: lang, ctx: context.Background()}
	a.win = fa.NewWindow("KAM Planner")
	a.status = widget.NewLabel(a.tr("app.status.ready", path))
	a.home = newHome(a)
	a.win.SetContent(container.NewBorder(nil, a.status, nil, nil, a.home.build()))
	a.win.Resize(fyne.NewSize(
		float32(fa.Preferences().FloatWithFallback("window.width", 1200)),
		float32(fa.Preferences().FloatWithFallback("window.height", 760))))
	a.win.SetCloseIntercept(a.onClose)
	a.home.reload()
	return a
}

// Window is the main window.
func (a *App) Window() fyne.Window { return a.win }

func (a *App) onClose() {
	size := a.win.Canvas().Size()
	a.fyne.Preferences().SetFloat("window.width", float64(size.Width))
	a.fyne.Preferences().SetFloat("window.height", float64(size.Height))
	a.win.Close()
}

// message turns an error into a sentence in the interface language.
func (a *App) message(err error) string {
	var de *domain.Error
	if errors.As(err, &de) && de.Key != "" && assets.Has(a.lang, de.Key) {
		return assets.T(a.lang, de.Key, de.Args...)
	}
	var ps domain.Problems
	if errors.As(err, &ps) {
		out := ""
		for _, p := range ps {
			out += fmt.Sprintf("%s: %s\n", p.Path, assets.T(a.lang, p.Key, p.Args...))
		}
		return out
	}
	return err.Error()
}

// showFatal shows why the database cannot be opened, then lets the user close the window.
func showFatal(fa fyne.App, lang string, err error) {
	w := fa.NewWindow("KAM Planner")
	msg := err.Error()
	var de *domain.Error
	if errors.As(err, &de) {
		msg = assets.T(lang, de.Key, de.Args...)
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewPadded(container.NewVBox(
		widget.NewLabelWithStyle(assets.T(lang, "app.fatal.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		label,
		widget.NewButton(assets.T(lang, "app.fatal.close"), w.Close))))
	w.Resize(fyne.NewSize(640, 220))
	w.ShowAndRun()
}
