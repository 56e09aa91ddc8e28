package picture

import "fyne.io/fyne/v2"

// onScreen measures a layout's text as Fyne draws it: in the theme's font, and in whatever
// font Fyne takes for the characters that one lacks (Chinese, Korean…), so that a layout
// cuts and wraps text where the screen needs it. A layout unit is a canvas unit, as a text
// size is.
func onScreen(text string, size float64, bold bool) float64 {
	return float64(fyne.MeasureText(text, float32(size), fyne.TextStyle{Bold: bold}).Width)
}
