package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"kamplan/domain"
)

// The app's file repository is Fyne's, changed in two ways.
//
// Fyne's save dialog opens, and so truncates, the chosen file before its callback runs:
// an export that then failed would leave an empty file where a good one was. So a writer
// opens its file only on its first write; the exports close it unwritten and rename their
// complete file into place.
//
// Fyne opens and closes a file to guess its type when a file dialog shows it, and to
// check that it can be read or written. Closing any descriptor of a file releases every
// lock the process holds on it (POSIX locks belong to the process), so doing that to the
// open database or its -wal and -shm files would take SQLite's locks from under the store:
// the command line run beside the app would then find the database unused, and on closing
// fold and delete the -wal file the app still writes to — the app's edits never reach the
// database, and it ends up damaged. So the open database's files are never opened here.
type fileRepository interface {
	repository.WritableRepository
	repository.AppendableRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.DeleteAllRepository
	repository.CopyableRepository
	repository.MovableRepository
}

type appFileRepository struct {
	fileRepository
	db openDatabase
}

func (r appFileRepository) Reader(u fyne.URI) (fyne.URIReadCloser, error) {
	if err := r.db.refuse(u); err != nil {
		return nil, err
	}
	return r.fileRepository.Reader(u)
}

func (r appFileRepository) CanRead(u fyne.URI) (bool, error) {
	if r.db.holds(u.Path()) {
		return false, nil
	}
	return r.fileRepository.CanRead(u)
}

func (r appFileRepository) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if err := r.db.refuse(u); err != nil {
		return nil, err
	}
	return &lazyWriter{uri: u, open: func() (fyne.URIWriteCloser, error) { return r.fileRepository.Writer(u) }}, nil
}

func (r appFileRepository) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if err := r.db.refuse(u); err != nil {
		return nil, err
	}
	return r.fileRepository.Appender(u)
}

func (r appFileRepository) CanWrite(u fyne.URI) (bool, error) {
	if r.db.holds(u.Path()) {
		return false, nil
	}
	return r.fileRepository.CanWrite(u)
}

// installFileRepository wraps the "file" repository the driver registered, keeping it
// away from the database at dbPath.
func installFileRepository(dbPath string) {
	repo, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if r, done := repo.(appFileRepository); done {
		repo = r.fileRepository
	}
	if fr, ok := repo.(fileRepository); ok {
		repository.Register("file", appFileRepository{fr, newOpenDatabase(dbPath)})
	}
}

// openDatabase is the database file the app has open, its links resolved.
type openDatabase string

func newOpenDatabase(path string) openDatabase {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		path = resolved
	}
	return openDatabase(path)
}

// holds tells whether path is the database, under any name, or one of SQLite's files
// beside it. It only looks at names and file identities: it opens nothing.
func (db openDatabase) holds(path string) bool {
	if db == "" {
		return false
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if sameFileOrName(path, string(db)+suffix) {
			return true
		}
	}
	return false
}

// refuse says why the file at u may not be opened: it is the open database.
func (db openDatabase) refuse(u fyne.URI) error {
	if !db.holds(u.Path()) {
		return nil
	}
	return domain.Errorf(domain.CodeInvalid, "app.open_database", "%s is the database the app has open: pick another file", u.Path())
}

func sameFileOrName(path, other string) bool {
	if filepath.Clean(path) == filepath.Clean(other) {
		return true
	}
	a, err := os.Stat(path)
	if err != nil {
		return false
	}
	b, err := os.Stat(other)
	return err == nil && os.SameFile(a, b)
}

type lazyWriter struct {
	uri  fyne.URI
	open func() (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open()
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
