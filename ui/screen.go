//go:build !ci

package ui

import "github.com/go-gl/glfw/v3.3/glfw"

// screenPixels is the size of the primary screen in pixels; ok is false when it is not known.
// It must run on the main thread, after the window system started.
func screenPixels() (w, h int, ok bool) {
	defer func() { _ = recover() }() // no screen information is not worth a crash
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return 0, 0, false
	}
	mode := m.GetVideoMode()
	if mode == nil {
		return 0, 0, false
	}
	return mode.Width, mode.Height, true
}
