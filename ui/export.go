package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"kamplan/domain"
)

// Every file the app exports (PDF, plan file, backup) goes the same way: the person picks
// a path in a save dialog, the content is made in a temporary file beside it, and that
// file is renamed over the path only when complete. A failed export leaves an existing
// file byte-identical and no temporary file behind.

// chooseExportFile asks for a file with Fyne's save dialog, proposing name, then runs
// export with the chosen path. The dialog's writer is closed without writing a byte, and
// it never emptied the file (see installLazyFileWriter).
func (a *App) chooseExportFile(name string, export func(path string)) {
	installLazyFileWriter()
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			a.showError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		export(path)
	}, a.win)
	d.SetFileName(name)
	a.showDialog(d, nil)
}

// exportTo makes the content of path in the background (produce fills the temporary file
// it is given), puts it in place atomically, and calls done on the UI goroutine.
func (a *App) exportTo(path, title string, produce func(tmp string, progress func(float64)) error, done func(error)) {
	a.runJob(title, true, func(progress func(float64)) error {
		return exportFile(path, func(tmp string) error { return produce(tmp, progress) })
	}, done)
}

// exportFile is the atomic write: produce fills a new temporary file beside path, which
// then replaces path; when produce fails, path is not touched.
func exportFile(path string, produce func(tmp string) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".kamplan-export-*")
	if err != nil {
		return cannotWrite(path, err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	if err := produce(tmp.Name()); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return cannotWrite(path, err)
	}
	return nil
}

// writeBytes is a produce function for content that already exists.
func writeBytes(data []byte) func(tmp string, progress func(float64)) error {
	return func(tmp string, _ func(float64)) error {
		if err := os.WriteFile(tmp, data, 0o644); err != nil {
			return cannotWrite(tmp, err)
		}
		return nil
	}
}

func cannotWrite(path string, err error) error {
	return domain.Errorf(domain.CodeInvalid, "pdf.cannot_write", "cannot write %s: %v", path, err)
}
