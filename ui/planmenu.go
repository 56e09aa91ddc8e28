package ui

import (
	"fyne.io/fyne/v2/dialog"

	"kamplan/ui/shell"
	"kamplan/ui/snapshots"
)

// planMenu is the Plan menu's work on the open plan: its snapshots and comparisons, shown
// instead of the editor while the plan stays open in it.
type planMenu struct{ *App }

// screen is the open plan's snapshots; nil, after saying why, when no plan is open.
func (a planMenu) screen() *snapshots.Screen {
	if a.aside != nil {
		return a.aside
	}
	if a.editor == nil {
		a.ShowDialog(dialog.NewInformation(a.loc.Title("menu.snapshots"), a.loc.T("app.open_account_first"), a.win), nil)
		return nil
	}
	at := a.editor.Here()
	back := func() {
		if a.editor != nil {
			a.aside = nil
			a.Show(a.editor.View())
			a.editor.ShowPage(at)
		}
	}
	return snapshots.New(a, a.editor, snapshots.Actions{Back: back, ChooseFile: a.files().chooseExportFile,
		PlanFile: func(id string) ([]byte, error) { return a.store.ExportSnapshot(a.ctx, id) },
		Author:   a.store.Author})
}

// showSnapshots lists the open plan's snapshots.
func (a planMenu) showSnapshots() {
	if s := a.screen(); s != nil {
		s.ShowList()
		a.aside = s
	}
}

// compare compares two states of the open plan, from its newest snapshot to now.
func (a planMenu) compare() {
	if s := a.screen(); s != nil {
		s.ShowCompare(-1)
		a.aside = s
	}
}

// takeSnapshot keeps the open plan as it is, with a label.
func (a planMenu) takeSnapshot() {
	if s := a.screen(); s != nil {
		s.Take()
	}
}

// back shows the open plan again in the editor.
func (a planMenu) back() {
	if s := a.aside; s != nil {
		s.Back()
	}
}

// signOffs is the store as the screens get it: it keeps a snapshot at each sign-off and says so.
func (a planMenu) signOffs() shell.Store {
	return snapshots.KeepSignOffs(a.store, snapshots.SignOffs{Locale: a.Locale, Author: a.store.Author,
		Kept: func(label string, err error) {
			if err != nil {
				a.ShowError(err)
				return
			}
			a.Notify(a.loc.T("snapshots.signoff.kept", label))
		}})
}
