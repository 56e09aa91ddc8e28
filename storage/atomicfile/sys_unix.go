//go:build unix

package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// syncDir flushes a folder, so that a rename in it survives a power cut. Some file
// systems cannot flush a folder and say so with EINVAL; there is nothing more to do there.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := syncFile(d); err != nil && !errors.Is(err, syscall.EINVAL) {
		return err
	}
	return nil
}

// ownedByUser tells whether the person running the program owns the link: a link someone
// else put in a shared folder is never followed to replace the file it leads to.
func ownedByUser(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return !ok || int(st.Uid) == os.Geteuid()
}

func isNotDir(err error) bool { return errors.Is(err, syscall.ENOTDIR) }
