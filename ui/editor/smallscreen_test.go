package editor

import (
	"testing"

	"fyne.io/fyne/v2"
)

// Every page of the editor fits a 1024 × 700 window: the window cannot be smaller than its
// content's minimum size, so a page wider than the screen pushes controls off its right edge.
func TestEveryPageFitsA1024By700Window(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		a, e := openSample(t, lang)
		limit := fyne.NewSize(1024, 700-60) // the menu bar and window frame take the rest
		if got := a.win.Content().MinSize(); got.Width > limit.Width || got.Height > limit.Height {
			t.Errorf("%s: the editor needs %v", lang, got)
		}
		for i, phase := range e.subs {
			for j, page := range phase.Items {
				if w := page.Content.MinSize().Width; w > limit.Width-200 {
					t.Errorf("%s: page %d.%d (%s) needs %.0f px", lang, i, j, page.Text, w)
				}
			}
		}
	}
}
