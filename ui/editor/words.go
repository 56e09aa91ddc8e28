package editor

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
	"kamplan/ui/locale"
)

// Texts the pages share, in the interface language.

// heading is a bold title over a part of a page, or over a column.
func heading(loc locale.Locale, key string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(loc.T(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func cadenceLabels(loc locale.Locale) []string {
	return forms.Keyed(loc, "cadence.", domain.Cadences, "")
}
func roleLabels(loc locale.Locale) []string { return forms.Keyed(loc, "role.", domain.TeamRoles, "") }

// clip is a text on one line, cut to n characters with an ellipsis.
func clip(s string, n int) string { return forms.Shorten(strings.Join(strings.Fields(s), " "), n) }

func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}
