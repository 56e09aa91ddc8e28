package ui

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"kamplan/assets"
)

// appTheme is Fyne's theme drawn with the document's own face, Open Sans KAM (Open Sans with
// DejaVu's arrows, checks and signs), so that every glyph the interface uses (→ ← ✓ ✗ ⚠ − … in
// both catalogues) is there whatever fonts the system has: a bare Windows or Wine install showed
// "�" for the arrows with the toolkit's own font. It is a third of DejaVu Sans, which the window
// used before: the toolkit parses the theme's face once for each text style it draws.
type appTheme struct{ fyne.Theme }

// appFonts are the theme's fonts, taken from the embedded files (not copied) when the window
// first asks.
var appFonts = sync.OnceValue(func() (f struct{ regular, bold, italic fyne.Resource }) {
	f.regular, f.bold, f.italic = fontResource("OpenSansKAM-Regular.ttf"), fontResource("OpenSansKAM-Bold.ttf"), fontResource("OpenSansKAM-Italic.ttf")
	return f
})

func fontResource(name string) fyne.Resource {
	b, ok := assets.UIFont(name)
	if !ok {
		return nil
	}
	return fyne.NewStaticResource(name, b)
}

func newAppTheme() fyne.Theme { return appTheme{theme.DefaultTheme()} }

func (t appTheme) Font(s fyne.TextStyle) fyne.Resource {
	f := appFonts()
	switch {
	case s.Monospace || s.Symbol || f.regular == nil:
		return t.Theme.Font(s)
	case s.Bold:
		return f.bold
	case s.Italic:
		return f.italic
	}
	return f.regular
}

// The first window fits a 1366×768 laptop screen with its task bar; the size a person
// chooses is remembered.
const (
	defaultWidth  = 1200
	defaultHeight = 680
)

// fitScreen shrinks the window to the screen it opens on (a 1366×768 or 1024×700 laptop), leaving
// room for the task bar and the window frame.
func (a *App) fitScreen() {
	pw, ph, ok := screenPixels()
	scale := a.win.Canvas().Scale()
	if !ok || scale <= 0 {
		return
	}
	maxW, maxH := float32(pw)/scale-16, float32(ph)/scale-72
	size := a.win.Canvas().Size()
	if size.Width > maxW || size.Height > maxH {
		a.win.Resize(fyne.NewSize(min(size.Width, maxW), min(size.Height, maxH)))
	}
}
