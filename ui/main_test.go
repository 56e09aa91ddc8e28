package ui

import (
	"image/color"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestMain keeps the pause-in-typing timers from firing during the tests: under the test driver
// fyne.Do runs a timer's callback on the timer's goroutine, beside the test's own. The tests
// commit and save the way a person's pause would, by leaving the field and flushing.
func TestMain(m *testing.M) {
	saveDelay = time.Hour
	os.Exit(m.Run())
}

// variantTheme draws the default theme in one variant, whatever the system prefers.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

func setVariantTheme(app fyne.App, variant string) {
	v := theme.VariantLight
	if variant == "dark" {
		v = theme.VariantDark
	}
	app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), v})
}
