package ui

import (
	"kamplan/ui/shell"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Run is the one way the app runs slow work (PDF, import, backup) off the UI goroutine:
// behind a progress dialog titled title (a moving bar when the work reports no progress),
// then done runs on the UI goroutine with the work's error. A panic in the work is
// recovered and logged with its stack, and done receives it as an internal error, so the
// app shows it and goes on; every save is one transaction, so nothing is left half-saved.
func (a *App) Run(title string, reportsProgress bool, work func(progress func(float64)) error, done func(error)) {
	var bar fyne.CanvasObject = widget.NewProgressBarInfinite()
	progress := func(float64) {}
	if reportsProgress {
		b := widget.NewProgressBar()
		bar, progress = b, func(f float64) { fyne.Do(func() { b.SetValue(f) }) }
	}
	d := dialog.NewCustomWithoutButtons(title, container.NewPadded(bar), a.win)
	d.Resize(fyne.NewSize(420, 120))
	d.Show()
	go func() {
		err := shell.Recovered(func() error { return work(progress) })
		fyne.Do(func() {
			d.Hide()
			done(err)
		})
	}()
}
