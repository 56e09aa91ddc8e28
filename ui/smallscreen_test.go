package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestEveryScreenFitsA1024By700Window: the window cannot be smaller than its content's minimum
// size, so a page wider than the screen pushes controls off its right edge.
func TestEveryScreenFitsA1024By700Window(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		a := newTestApp(t, lang)
		openSampleIn(t, a)
		limit := fyne.NewSize(1024, 700-60) // the menu bar and window frame take the rest
		if got := a.win.Content().MinSize(); got.Width > limit.Width || got.Height > limit.Height {
			t.Errorf("%s: the editor needs %v", lang, got)
		}
		a.ShowHome()
		if got := a.win.Content().MinSize(); got.Width > limit.Width || got.Height > limit.Height {
			t.Errorf("%s: the portfolio needs %v", lang, got)
		}
	}
}
