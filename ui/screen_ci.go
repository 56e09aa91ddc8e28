//go:build ci

package ui

// screenPixels is unknown under the test driver.
func screenPixels() (w, h int, ok bool) { return 0, 0, false }
