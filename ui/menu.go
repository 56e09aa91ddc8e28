package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// installMenu sets the main menu and the window's shortcuts (Ctrl, or Cmd on macOS): every
// menu item's, and a few of the window's own.
func (a *App) installMenu() {
	menus := a.menus()
	a.win.SetMainMenu(fyne.NewMainMenu(menus...))
	add := func(sc fyne.Shortcut, action func()) {
		a.win.Canvas().AddShortcut(sc, func(fyne.Shortcut) { action() })
	}
	for _, m := range menus {
		for _, it := range m.Items {
			if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok && sc.Modifier != 0 { // F1 is a key of its own
				add(sc, it.Action)
			}
		}
	}
	mod := fyne.KeyModifierShortcutDefault
	add(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: mod}, a.find)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: mod}, a.onClose)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: mod | fyne.KeyModifierShift}, a.redo)
	add(&fyne.ShortcutUndo{}, a.undo)
	add(&fyne.ShortcutRedo{}, a.redo)
}

// menus are the main menu's: File, Edit, Plan, View, Help.
func (a *App) menus() []*fyne.Menu {
	item := func(key string, action func(), sc fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(a.loc.T(key), action)
		it.Shortcut = sc
		return it
	}
	ctrl := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	ctrlShift := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	}
	f := a.files()
	quit := item("menu.quit", a.onClose, ctrl(fyne.KeyQ))
	quit.IsQuit = true
	sep := fyne.NewMenuItemSeparator
	return []*fyne.Menu{
		fyne.NewMenu(a.loc.T("menu.file"),
			item("menu.new_account", func() { f.newAccountDialog() }, ctrl(fyne.KeyN)),
			item("menu.open_plan_file", f.openPlanFileDialog, ctrl(fyne.KeyO)),
			item("menu.merge_plan_file", f.mergePlanFileDialog, nil),
			item("menu.import_csv", f.importCSVDialog, nil), sep(),
			item("menu.export_pdf", f.exportPDFDialog, ctrl(fyne.KeyP)),
			item("menu.export_plan_file", f.exportPlanFileDialog, ctrl(fyne.KeyE)),
			item("menu.backup", f.backupDialog, nil),
			item("menu.restore_backup", f.restoreBackupDialog, nil), sep(),
			item("menu.settings", a.settingsDialog, ctrl(fyne.KeyComma)), sep(), quit),
		fyne.NewMenu(a.loc.T("menu.edit"),
			item("menu.undo", a.undo, &fyne.ShortcutUndo{}), item("menu.redo", a.redo, &fyne.ShortcutRedo{}), sep(),
			item("menu.reload", a.reloadPlan, ctrl(fyne.KeyR))),
		fyne.NewMenu(a.loc.T("menu.plan"), item("menu.roll_forward", func() { f.rollForwardDialog() }, nil), sep(),
			item("menu.snapshots", planMenu{a}.showSnapshots, nil),
			item("menu.take_snapshot", planMenu{a}.takeSnapshot, ctrlShift(fyne.KeyS)),
			item("menu.compare", planMenu{a}.compare, nil)),
		fyne.NewMenu(a.loc.T("menu.view"),
			item("menu.view_portfolio", a.ShowHome, ctrl(fyne.Key1)), item("menu.view_account", a.showAccount, ctrl(fyne.Key2)), sep(),
			item("menu.next_page", func() { a.stepPage(1) }, ctrl(fyne.KeyPageDown)),
			item("menu.previous_page", func() { a.stepPage(-1) }, ctrl(fyne.KeyPageUp))),
		fyne.NewMenu(a.loc.T("menu.help"),
			item("menu.about", helpMenu{a}.aboutDialog, nil),
			item("menu.licences", helpMenu{a}.licencesDialog, nil),
			item("menu.method", helpMenu{a}.methodDialog, &desktop.CustomShortcut{KeyName: fyne.KeyF1}),
			item("menu.shortcuts", helpMenu{a}.shortcutsDialog, nil)),
	}
}

// undo undoes the latest edit of the open plan. In a dialog it undoes typing in the focused
// entry instead: the plan changes only when the dialog is saved.
func (a *App) undo() {
	if a.inDialog(&fyne.ShortcutUndo{}) || a.editor == nil || a.aside != nil {
		return
	}
	a.editor.Undo()
}

// redo makes again the latest undone edit of the open plan.
func (a *App) redo() {
	if a.inDialog(&fyne.ShortcutRedo{}) || a.editor == nil || a.aside != nil {
		return
	}
	a.editor.Redo()
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

// stepPage shows the open plan's next (1) or previous (-1) page, across phases.
func (a *App) stepPage(d int) {
	if a.editor != nil && a.aside == nil && a.win.Canvas().Overlays().Top() == nil {
		a.editor.StepPage(d)
	}
}

// find focuses the search of the portfolio.
func (a *App) find() {
	if a.editor != nil {
		a.ShowHome()
	}
	if a.home != nil {
		a.home.FocusSearch()
	}
}

// showAccount returns to the last opened account (from its snapshots, to the plan).
func (a *App) showAccount() {
	if a.editor != nil {
		planMenu{a}.back()
		return
	}
	a.openLastAccount()
}

// reloadPlan shows the open plan as it is saved now (Edit → Reload plan).
func (a *App) reloadPlan() {
	if a.editor != nil {
		a.editor.Reload()
	}
}
