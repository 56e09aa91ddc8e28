package ui

import (
	"fyne.io/fyne/v2"

	"kamplan/ui/fynelang"
	"kamplan/ui/locale"
	"kamplan/ui/settings"
	"kamplan/ui/shell"
	"kamplan/ui/teamsync"
)

// applyLanguage switches the interface language and rebuilds the window.
func (a *App) applyLanguage(pref string) {
	a.fyne.Preferences().SetString("language", pref)
	lang := locale.Interface(pref, locale.System)
	if lang == a.loc.Lang() {
		a.refreshView()
		return
	}
	a.loc = locale.New(lang)
	speakFyne(lang)
	a.installMenu()
	a.refreshView()
	if a.team != nil {
		a.team.Kick() // the sync's status, in the new language
	}
}

// speakFyne has Fyne's own texts (its dialogs, the file dialog, the calendar) follow the
// interface language.
func speakFyne(lang string) {
	if err := fynelang.Use(lang); err != nil {
		fyne.LogError("Fyne's texts stay in the system's language", err)
	}
}

// refreshView rebuilds the current view, keeping the open plan.
func (a *App) refreshView() {
	if a.editor != nil {
		a.openPlan(a.editor.Account().ID, a.editor.Plan().ID)
		return
	}
	a.ShowHome()
}

// settingsDialog opens the settings; a language chosen there applies at once, and so does
// the name the person's edits and snapshots are signed with.
func (a *App) settingsDialog() {
	team, teamCopy := "", ""
	if a.team != nil {
		team, teamCopy = a.team.Address(), a.store.Path()
	}
	settings.Show(a, func(pref string) {
		a.store.SetAuthor(a.Preferences().String(shell.PrefAuthor))
		a.applyLanguage(pref)
	}, a.files().backupDialog, teamsync.NewServerSection(a, team, teamCopy))
}
