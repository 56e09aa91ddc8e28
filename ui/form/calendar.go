package form

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// WithCalendar puts a calendar button beside a date entry: picking a day writes it into the
// entry in the interface language's format, as if typed.
func WithCalendar(h Host, en *Entry, picked func()) fyne.CanvasObject {
	return CalendarBeside(h, en, &en.Entry, picked)
}

// CalendarBeside is WithCalendar for an entry shown as obj (a widget that extends the entry).
func CalendarBeside(h Host, obj fyne.CanvasObject, en *widget.Entry, picked func()) fyne.CanvasObject {
	var btn *widget.Button
	btn = widget.NewButtonWithIcon("", theme.CalendarIcon(), func() {
		start := time.Now()
		if d, err := h.Locale().ParseDay(en.Text); err == nil && !d.IsZero() {
			start = d.Time()
		}
		var pop *widget.PopUp
		cal := widget.NewCalendar(start, func(t time.Time) {
			en.SetText(h.Locale().Day(domain.DateOf(t)))
			pop.Hide()
			if picked != nil {
				picked()
			}
		})
		pop = widget.NewPopUp(cal, h.Window().Canvas())
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(btn)
		pop.ShowAtPosition(pos.Add(fyne.NewPos(0, btn.Size().Height)))
	})
	return container.NewBorder(nil, nil, nil, btn, obj)
}
