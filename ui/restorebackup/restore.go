// Package restorebackup is File → Restore backup: the daily backups kept beside the database,
// newest first with their date and size, or any file the person picks; the file is checked
// before anything happens (another program's file, a database of a newer version, a file cut
// short are refused and the data stays as it is), the person confirms, and the app restores
// it after copying the database as it is beside itself.
package restorebackup

import (
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// Shelf is where the backups are.
type Shelf interface {
	// DailyFiles lists the daily backups beside the database, newest first.
	DailyFiles() ([]string, error)
	// Check says why the file at path cannot be restored; nil when it can.
	Check(path string) error
	// Kept is how many daily backups are kept.
	Kept() int
}

// backup is a file that may be restored.
type backup struct {
	path string
	at   time.Time
	size int64
}

// screen is the list of backups, with Restore and a way to pick any file.
type screen struct {
	sh      shell.Shell
	loc     locale.Locale
	shelf   Shelf
	restore func(path string)

	backups  []backup
	selected int // in backups; -1 while none is
	list     *widget.List
	doIt     *widget.Button
	dlg      dialog.Dialog
	// refused, when set (by tests), runs with the reason a file was refused
	refused func(error)
}

// Open shows the backups beside the database and lets the person pick one, or any file;
// restore restores the file chosen, once checked and confirmed.
func Open(sh shell.Shell, shelf Shelf, restore func(path string)) {
	newScreen(sh, shelf, restore).show()
}

func newScreen(sh shell.Shell, shelf Shelf, restore func(path string)) *screen {
	s := &screen{sh: sh, loc: sh.Locale(), shelf: shelf, restore: restore, selected: -1}
	files, err := shelf.DailyFiles()
	if err != nil {
		sh.Notify(s.loc.T("restore.cannot_list", err.Error()))
	}
	for _, f := range files {
		if info, err := os.Stat(f); err == nil {
			s.backups = append(s.backups, backup{path: f, at: info.ModTime(), size: info.Size()})
		}
	}
	return s
}

func (s *screen) show() {
	intro := form.Wrapped(s.loc.T("restore.intro", filepath.Dir(s.sh.Location()), s.shelf.Kept()))
	var middle fyne.CanvasObject = form.Wrapped(s.loc.T("restore.none"))
	if len(s.backups) > 0 {
		middle = s.backupList()
	}
	other := widget.NewButton(s.loc.T("restore.other_file"), s.chooseFile)
	cancel := widget.NewButton(s.loc.T("dialog.cancel"), func() { s.dlg.Hide() })
	s.doIt = widget.NewButton(s.loc.T("restore.restore"), func() { s.choose(s.backups[s.selected].path) })
	s.doIt.Importance = widget.HighImportance
	s.doIt.Disable()
	buttons := container.NewBorder(nil, nil, other, container.NewHBox(cancel, s.doIt))
	body := container.NewBorder(intro, buttons, nil, nil, middle)
	s.dlg = dialog.NewCustomWithoutButtons(s.loc.Title("menu.restore_backup"), body, s.sh.Window())
	s.dlg.Resize(form.FitWindow(s.sh.Window(), fyne.NewSize(640, 520)))
	s.sh.ShowDialog(s.dlg, nil)
}

// backupList lists the daily backups, two lines each: the day and time, the file and its size.
func (s *screen) backupList() fyne.CanvasObject {
	s.list = widget.NewList(func() int { return len(s.backups) }, form.NewTwoLineRow, func(i widget.ListItemID, o fyne.CanvasObject) {
		b := s.backups[i]
		form.SetTwoLineRow(o, s.when(b.at), s.loc.T("restore.file_line", filepath.Base(b.path), s.size(b.size)), false)
	})
	s.list.OnSelected = func(i widget.ListItemID) {
		s.selected = i
		s.doIt.Enable()
	}
	return s.list
}

// chooseFile lets the person pick any file to restore.
func (s *screen) chooseFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		s.choose(path)
	}, s.sh.Window())
	s.sh.ShowDialog(d, nil)
}

// choose checks a file off the interface's goroutine, then asks before restoring it, or
// says why it cannot be.
func (s *screen) choose(path string) {
	s.sh.Run(s.loc.T("restore.checking"), false, func(func(float64)) error { return s.shelf.Check(path) }, func(err error) {
		if err != nil {
			s.refuse(err)
			return
		}
		s.confirm(path)
	})
}

func (s *screen) refuse(err error) {
	d := dialog.NewCustom(s.loc.T("restore.refused"), s.loc.T("dialog.close"), form.Wrapped(form.Capitalise(form.Message(s.loc, err))), s.sh.Window())
	d.Resize(form.FitWindow(s.sh.Window(), fyne.NewSize(560, 220)))
	s.sh.ShowDialog(d, nil)
	s.sh.Notify(s.loc.T("restore.refused"))
	if s.refused != nil {
		s.refused(err)
	}
}

// confirm asks before the backup replaces every plan.
func (s *screen) confirm(path string) {
	what := filepath.Base(path)
	if info, err := os.Stat(path); err == nil {
		what = s.loc.T("restore.what", what, s.when(info.ModTime()), s.size(info.Size()))
	}
	d := dialog.NewCustomConfirm(s.loc.T("restore.confirm_title"), s.loc.T("restore.restore"), s.loc.T("dialog.cancel"),
		form.Wrapped(s.loc.T("restore.confirm", what)), func(yes bool) {
			if yes {
				s.dlg.Hide()
				s.restore(path)
			}
		}, s.sh.Window())
	d.Resize(form.FitWindow(s.sh.Window(), fyne.NewSize(560, 240)))
	s.sh.ShowDialog(d, nil)
}

// when is a moment for reading: its day and time.
func (s *screen) when(t time.Time) string {
	t = t.Local()
	return s.loc.LongDate(domain.DateOf(t)) + " " + t.Format("15:04")
}

// size is a file's size for reading: 850 KB, 2.3 MB.
func (s *screen) size(n int64) string {
	if n < 1<<20 {
		return s.loc.T("restore.kb", s.loc.Number(float64(max(1, (n+512)>>10)), 0))
	}
	return s.loc.T("restore.mb", s.loc.Number(float64(n)/(1<<20), 1))
}
