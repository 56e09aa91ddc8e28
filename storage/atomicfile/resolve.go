package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"kamplan/domain"
)

// resolve follows the links at path to the file that is to be replaced, and says the mode
// the new file gets: the old file's, or NewFileMode when there is none. A folder, a device,
// a read-only file and a link that another user owns are refused.
func resolve(path string) (string, os.FileMode, error) {
	p := path
	for range maxLinks {
		info, err := os.Lstat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return p, NewFileMode, nil
		case err != nil && isNotDir(err):
			return "", 0, createError(path, filepath.Dir(p), err)
		case err != nil:
			return "", 0, wrap(path, err)
		case info.Mode()&fs.ModeSymlink == 0:
			return p, info.Mode().Perm(), replaceable(path, info)
		case !ownedByUser(info):
			return "", 0, domain.Errorf(domain.CodeInvalid, "store.write_foreign_link",
				"cannot write %s: it is a link that belongs to another user; choose another file", path)
		}
		if p, err = linkDestination(p); err != nil {
			return "", 0, wrap(path, err)
		}
	}
	return "", 0, domain.Errorf(domain.CodeInvalid, "store.write_link_loop",
		"cannot write %s: its links lead round in a circle", path)
}

// linkDestination reads the link at p; a relative destination is taken from the link's
// real folder, as the system would.
func linkDestination(p string) (string, error) {
	dest, err := os.Readlink(p)
	if err != nil || filepath.IsAbs(dest) {
		return dest, err
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(p))
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, dest), nil
}

// replaceable refuses to replace what is not an ordinary file the person may change.
func replaceable(path string, info fs.FileInfo) error {
	switch {
	case info.IsDir():
		return domain.Errorf(domain.CodeInvalid, "store.write_is_folder", "cannot write %s: it is a folder", path)
	case !info.Mode().IsRegular():
		return domain.Errorf(domain.CodeInvalid, "store.write_not_file",
			"cannot write %s: it is not an ordinary file", path)
	case info.Mode().Perm()&0o200 == 0:
		return domain.Errorf(domain.CodeInvalid, "store.write_read_only",
			"cannot write %s: the file is read-only; make it writable or choose another file", path)
	}
	return nil
}
