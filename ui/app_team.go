package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/storage/remote"
	"kamplan/storage/replica"
	"kamplan/ui/teamsync"
)

// teamAddress is the team store the app works on: the --db argument when it is an address,
// else the one set in Settings when the app opens its usual database; "" for none.
func teamAddress(prefs fyne.Preferences, dbPath string) string {
	if remote.IsAddress(dbPath) {
		return dbPath
	}
	if def, err := storage.DefaultPath(); err == nil && def == dbPath {
		return teamsync.Address(prefs)
	}
	return ""
}

// openTeamCopy opens the laptop's copy of a team store, one file per server and user in the
// app's data folder, made empty when new (the team's plans come with the first sync).
func openTeamCopy(address string) (*storage.Store, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "store.no_config_dir", "no configuration directory to keep the database in (%v): use --db FILE", err)
	}
	path := remote.LocalCopy(filepath.Join(dir, "kamplan"), address)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "team.opening", "the local copy of the team's plans could not be opened at %s: %v", path, err)
	}
	return storage.OpenNoSeed(path)
}

// teamLink is the app working on a team store's local copy.
type teamLink struct{ a *App }

// start syncs the app's database with the team store at address, which open reaches, in
// the background, and shows how the sync goes in the status bar.
func (l teamLink) start(address string, open teamsync.OpenFunc) {
	l.attach(address, open)
	l.a.team.Start(l.a.ctx)
}

// attach prepares the sync and its place in the status bar.
func (l teamLink) attach(address string, open teamsync.OpenFunc) {
	a := l.a
	a.team = teamsync.New(a, replica.Laptop{Store: a.store}, address, open, teamsync.Hooks{
		Flush:   func() { a.flush() },
		Changed: l.changed,
	})
	a.screens = teamsync.Forgetting(teamsync.Saving(a.screens, a.team.Saved), a.team)
	a.win.SetContent(container.NewBorder(nil, container.NewBorder(nil, nil, nil, a.team.View(), a.status), nil, nil, a.body))
}

// changed shows again what a sync changed here: the open plan (its unsaved edits saved
// first, or the person asked), or the portfolio.
func (l teamLink) changed(r replica.Report) {
	a := l.a
	if a.editor == nil {
		if a.aside == nil {
			a.openHome() // built again: a portfolio that was empty shows its accounts
		}
		return
	}
	for _, it := range r.Here {
		if it.LocalID == a.editor.Plan().ID || it.LocalID == a.editor.Account().ID {
			a.editor.Reload()
			return
		}
	}
}
