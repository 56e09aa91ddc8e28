package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// refusingApp is an app whose display refuses the window, as GLFW does when DISPLAY names an
// X server that is gone: it panics while the window is made.
type refusingApp struct{ fyne.App }

func (refusingApp) NewWindow(string) fyne.Window {
	panic("NotInitialized: The GLFW library is not initialized")
}

// A display that cannot be opened is said in one line, with the display named, not as the
// toolkit's panic.
func TestARefusedDisplayIsSaidNotPanicked(t *testing.T) {
	t.Setenv("DISPLAY", ":57")
	_, err := openWindow(refusingApp{test.NewTempApp(t)}, benchStoreT(t), "en")
	if err == nil || !strings.Contains(err.Error(), ":57") || !strings.Contains(err.Error(), "NotInitialized") {
		t.Fatalf("error %v", err)
	}
}
