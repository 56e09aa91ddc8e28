package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// coveragePage is the matrix of our team × their people.
func (e *editor) coveragePage() fyne.CanvasObject { return widget.NewLabel("") }
