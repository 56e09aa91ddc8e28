package form

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Wrapped is a label that wraps its text at the width it is given.
func Wrapped(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// CopyableText shows text that can be selected and copied, but not edited.
func CopyableText(text string, rows int) fyne.CanvasObject {
	t := widget.NewMultiLineEntry()
	t.SetText(text)
	t.Wrapping = fyne.TextWrapWord
	t.SetMinRowsVisible(rows)
	t.OnChanged = func(string) { t.SetText(text) } // read-only, yet selectable
	return t
}
