package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog opens, and so truncates, the chosen file before its callback runs:
// an export that then failed would leave an empty file where a good one was. The file
// repository is wrapped so that a writer opens its file only on its first write; the
// exports close it unwritten and rename their complete file into place.
type fileRepository interface {
	repository.WritableRepository
	repository.AppendableRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.DeleteAllRepository
	repository.CopyableRepository
	repository.MovableRepository
}

type lazyFileRepository struct{ fileRepository }

func (r lazyFileRepository) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, open: func() (fyne.URIWriteCloser, error) { return r.fileRepository.Writer(u) }}, nil
}

// installLazyFileWriter wraps the "file" repository the driver registered, once.
func installLazyFileWriter() {
	repo, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := repo.(lazyFileRepository); done {
		return
	}
	if fr, ok := repo.(fileRepository); ok {
		repository.Register("file", lazyFileRepository{fr})
	}
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
