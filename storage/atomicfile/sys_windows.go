package atomicfile

import "io/fs"

// syncDir does nothing on Windows, where a folder cannot be opened for flushing; the file
// itself was flushed before the rename.
func syncDir(string) error { return nil }

// ownedByUser is true on Windows, where only an administrator or a developer may create
// links.
func ownedByUser(fs.FileInfo) bool { return true }

// isNotDir is false on Windows, which reports a file used as a folder as not existing.
func isNotDir(error) bool { return false }
