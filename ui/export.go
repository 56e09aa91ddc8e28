package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// Every file the app exports (PDF, plan file, backup) goes the same way: the person picks
// a path in a save dialog, and the export writes it once through the one file writer
// (kamplan/storage/atomicfile): a temporary file beside it, flushed to disk and renamed
// over the path only when complete. A failed export leaves an existing file
// byte-identical and no temporary file behind; a replaced file keeps its mode, a new one
// is its owner's alone, and a link stays a link.

// chooseExportFile asks for a file with Fyne's save dialog, proposing name, then runs
// export with the chosen path. The dialog's writer is closed without writing a byte, and
// it never emptied the file (see installFileRepository).
func (a fileMenu) chooseExportFile(name string, export func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			a.ShowError(err)
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
	a.ShowDialog(d, nil)
}

// exportTo runs write, one of the exports, for path in the background and calls done on
// the UI goroutine.
func (a fileMenu) exportTo(path, title string, write func(path string, progress func(float64)) error, done func(error)) {
	a.Run(title, true, func(progress func(float64)) error { return write(path, progress) }, done)
}
