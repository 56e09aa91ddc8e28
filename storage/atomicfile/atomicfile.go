// Package atomicfile is the one writer of the files KAM Planner hands to people: PDFs,
// plan files and backups. A file written through it is either the old file, untouched,
// or the complete new one, on disk before success is reported.
package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"kamplan/domain"
)

// NewFileMode is the mode of a file that did not exist: plans, documents and backups hold
// people's business data, so only their owner may read them.
const NewFileMode os.FileMode = 0o600

// maxLinks is how many links in a row are followed before the path is refused as a loop.
const maxLinks = 40

// syncFile flushes a file or folder to disk; a variable so that tests can make it fail.
var syncFile = (*os.File).Sync

// Write puts at path what fill writes into a new, empty file: fill gets a temporary file
// in path's folder, which is flushed to disk and renamed over path only when fill
// succeeded, then the folder is flushed too. A replaced file keeps its mode, a new one
// gets NewFileMode; a link at path stays a link, and the file it leads to is replaced.
// When anything fails, path is as it was and no temporary file is left.
func Write(path string, fill func(f *os.File) error) error {
	target, mode, err := resolve(path)
	if err != nil {
		return err
	}
	dir := filepath.Dir(target)
	tmp, err := os.CreateTemp(dir, ".kamplan-*.tmp")
	if err != nil {
		return createError(path, dir, err)
	}
	if err := complete(tmp, mode, fill); err != nil {
		os.Remove(tmp.Name())
		return wrap(path, err)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		os.Remove(tmp.Name())
		return wrap(path, err)
	}
	if err := syncDir(dir); err != nil {
		return wrap(path, err)
	}
	return nil
}

// WriteBytes is Write for content that already exists.
func WriteBytes(path string, data []byte) error {
	return Write(path, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}

// complete fills the temporary file, gives it its mode, flushes it to disk and closes it.
func complete(tmp *os.File, mode os.FileMode, fill func(f *os.File) error) error {
	err := fill(tmp)
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = syncFile(tmp)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	return err
}

// wrap explains a failure of the file system; an error fill made for a person is kept.
func wrap(path string, err error) error {
	var de *domain.Error
	var ps domain.Problems
	if errors.As(err, &de) || errors.As(err, &ps) {
		return err
	}
	return domain.Errorf(domain.CodeInvalid, "store.write", "cannot write %s: %v", path, err)
}

func createError(path, dir string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist) || isNotDir(err):
		return domain.Errorf(domain.CodeInvalid, "store.write_no_folder",
			"cannot write %s: the folder %s does not exist", path, dir)
	case errors.Is(err, fs.ErrPermission):
		return domain.Errorf(domain.CodeInvalid, "store.write_no_permission",
			"cannot write %s: you are not allowed to create files in the folder %s", path, dir)
	}
	return wrap(path, err)
}
