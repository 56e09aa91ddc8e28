package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// installMenu sets the main menu and the keyboard shortcuts (Ctrl, or Cmd on macOS).
func (a *App) installMenu() {
	item := func(key string, action func(), sc fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(a.tr(key), action)
		it.Shortcut = sc
		return it
	}
	mod := fyne.KeyModifierShortcutDefault
	sc := func(k fyne.KeyName, m fyne.KeyModifier) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: m}
	}
	quit := item("menu.quit", a.onClose, sc(fyne.KeyQ, mod))
	quit.IsQuit = true
	file := fyne.NewMenu(a.tr("menu.file"),
		item("menu.new_account", func() { a.newAccountDialog() }, sc(fyne.KeyN, mod)),
		item("menu.open_plan_file", a.openPlanFileDialog, sc(fyne.KeyO, mod)),
		item("menu.import_csv", a.importCSVDialog, nil),
		fyne.NewMenuItemSeparator(),
		item("menu.export_pdf", a.exportPDFDialog, sc(fyne.KeyP, mod)),
		item("menu.export_plan_file", a.exportPlanFileDialog, sc(fyne.KeyE, mod)),
		item("menu.backup", a.backupDialog, nil),
		fyne.NewMenuItemSeparator(),
		item("menu.settings", a.settingsDialog, sc(fyne.KeyComma, mod)),
		fyne.NewMenuItemSeparator(),
		quit)
	edit := fyne.NewMenu(a.tr("menu.edit"),
		item("menu.undo", a.undo, &fyne.ShortcutUndo{}),
		item("menu.redo", a.redo, &fyne.ShortcutRedo{}))
	plan := fyne.NewMenu(a.tr("menu.plan"), item("menu.roll_forward", func() { a.rollForwardDialog() }, nil))
	view := fyne.NewMenu(a.tr("menu.view"),
		item("menu.view_portfolio", a.showHome, sc(fyne.Key1, mod)),
		item("menu.view_account", a.showAccount, sc(fyne.Key2, mod)),
		fyne.NewMenuItemSeparator(),
		item("menu.next_page", func() { a.stepPage(1) }, sc(fyne.KeyPageDown, mod)),
		item("menu.previous_page", func() { a.stepPage(-1) }, sc(fyne.KeyPageUp, mod)))
	help := fyne.NewMenu(a.tr("menu.help"),
		item("menu.about", a.aboutDialog, nil),
		item("menu.licences", a.licencesDialog, nil),
		item("menu.method", a.methodDialog, sc(fyne.KeyF1, 0)))
	a.win.SetMainMenu(fyne.NewMainMenu(file, edit, plan, view, help))
	for _, s := range []struct {
		sc     *desktop.CustomShortcut
		action func()
	}{
		{&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: mod}, func() { a.newAccountDialog() }},
		{&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: mod}, a.openPlanFileDialog},
		{&desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: mod}, a.exportPDFDialog},
		{&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: mod}, a.exportPlanFileDialog},
		{&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: mod}, a.find},
		{&desktop.CustomShortcut{KeyName: fyne.KeyComma, Modifier: mod}, a.settingsDialog},
		{&desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: mod}, a.onClose},
		{&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: mod}, a.onClose},
		{&desktop.CustomShortcut{KeyName: fyne.Key1, Modifier: mod}, a.showHome},
		{&desktop.CustomShortcut{KeyName: fyne.Key2, Modifier: mod}, a.showAccount},
		{&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: mod | fyne.KeyModifierShift}, a.redo},
		{&desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: mod}, func() { a.stepPage(1) }},
		{&desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: mod}, func() { a.stepPage(-1) }},
	} {
		action := s.action
		a.win.Canvas().AddShortcut(s.sc, func(fyne.Shortcut) { action() })
	}
	a.win.Canvas().AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { a.undo() })
	a.win.Canvas().AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { a.redo() })
}

// undo undoes the latest edit of the open plan. In a dialog it undoes typing in the focused
// entry instead: the plan changes only when the dialog is saved.
func (a *App) undo() {
	if a.inDialog(&fyne.ShortcutUndo{}) || a.editor == nil {
		return
	}
	a.editor.undoLast()
}

// redo makes again the latest undone edit of the open plan.
func (a *App) redo() {
	if a.inDialog(&fyne.ShortcutRedo{}) || a.editor == nil {
		return
	}
	a.editor.redoLast()
}

// inDialog passes a shortcut to the focused entry of an open dialog; false when none is open.
func (a *App) inDialog(s fyne.Shortcut) bool {
	if a.win.Canvas().Overlays().Top() == nil {
		return false
	}
	if f, ok := a.win.Canvas().Focused().(*widget.Entry); ok {
		f.TypedShortcut(s)
	}
	return true
}

// stepPage shows the open plan's next (1) or previous (-1) page, across phases: the pages
// can be read through in order from the keyboard.
func (a *App) stepPage(d int) {
	if a.editor == nil || a.win.Canvas().Overlays().Top() != nil {
		return
	}
	e := a.editor
	phase := e.tabs.SelectedIndex()
	page := e.subs[phase].selected + d
	switch {
	case page < 0 && phase > 0:
		phase--
		page = len(e.subs[phase].pages) - 1
	case page >= len(e.subs[phase].pages) && phase < len(e.subs)-1:
		phase++
		page = 0
	case page < 0 || page >= len(e.subs[phase].pages):
		return
	}
	e.tabs.SelectIndex(phase)
	e.subs[phase].SelectIndex(page)
}

// find focuses the search of the portfolio.
func (a *App) find() {
	if a.editor != nil {
		a.showHome()
	}
	if a.home != nil {
		a.win.Canvas().Focus(a.home.search)
	}
}

// showAccount returns to the last opened account.
func (a *App) showAccount() {
	if a.editor != nil {
		return
	}
	a.openLastAccount()
}
