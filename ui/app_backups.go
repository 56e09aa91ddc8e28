package ui

import (
	"context"
	"log"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"kamplan/storage"
	"kamplan/ui/form"
	"kamplan/ui/restorebackup"
)

// backupShelf is where the restore screen finds the backups: the daily ones beside the
// database, checked as the store checks a file before restoring it.
type backupShelf struct{ storage.Backups }

func (backupShelf) Check(path string) error { return storage.CheckRestorable(path) }
func (backupShelf) Kept() int               { return storage.DailyBackups }

// restoreBackupDialog lists the backups and restores the one the person picks.
func (a fileMenu) restoreBackupDialog() {
	restorebackup.Open(a, backupShelf{a.store.Backups()}, func(path string) { a.restoreBackup(path, nil) })
}

// restoreBackup restores a backup in place of the database, after saving the open plan (or
// the person's choice to drop what cannot be saved), then shows again what was on screen
// as restored; done, when set, runs at the end with the restore's error.
func (a fileMenu) restoreBackup(path string, done func(error)) {
	a.leaveEditor("editor.discard.restore", func() {
		was := a.openNow()
		if a.editor != nil {
			a.editor.Stop() // no save may run while the database is replaced
		}
		var savedAs string
		a.Run(a.loc.T("restore.restoring"), false, func(func(float64)) error {
			var err error
			savedAs, err = a.store.Backups().Restore(a.ctx, path)
			return err
		}, func(err error) {
			a.showStored(was)
			if err != nil {
				a.ShowError(err)
			} else {
				a.Notify(a.loc.T("restore.done", filepath.Base(path), filepath.Base(savedAs)))
			}
			if done != nil {
				done(err)
			}
		})
	})
}

// dailyBackup copies the database beside itself once a day, off the interface's goroutine,
// and says so in the status bar, or why it could not; the window never waits for it. done,
// when set, runs at the end.
func (a fileMenu) dailyBackup(ctx context.Context, today time.Time, done func()) {
	go func() {
		path, made, err := a.store.Backups().Daily(ctx, today)
		if err != nil {
			log.Printf("kamplan: the daily backup failed: %v", err)
		}
		fyne.Do(func() {
			switch {
			case err != nil:
				a.Notify(a.loc.T("backup.daily_failed", form.FirstLine(form.Message(a.loc, err))))
			case made:
				a.Notify(a.loc.T("backup.daily_made", filepath.Base(path)))
			}
			if done != nil {
				done()
			}
		})
	}()
}
