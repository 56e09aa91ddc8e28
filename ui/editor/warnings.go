package editor

import (
	"kamplan/domain/plausible"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// warningsLabel shows, under the fields it concerns, the warnings warn gives for the plan as
// it is after every edit; it takes no room when there is none. The values stay stored: a
// warning says a figure looks wrong, it does not refuse it.
func warningsLabel(e *Editor, warn func() []domain.Warning) *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	show := func() {
		var lines []string
		for _, w := range warn() {
			lines = append(lines, "⚠ "+e.tr(w.Key, w.Args...))
		}
		l.SetText(strings.Join(lines, "\n"))
		l.Hidden = len(lines) == 0
		l.Refresh()
	}
	show()
	e.live(show)
	return l
}

// one is a warning that may be nil as a list.
func one(w *domain.Warning) []domain.Warning {
	if w == nil {
		return nil
	}
	return []domain.Warning{*w}
}

// cellsAgainstWallet are the white-space map's sums that differ from the wallet's figures.
func cellsAgainstWallet(p *domain.Plan) []domain.Warning {
	var out []domain.Warning
	for _, w := range plausible.SpaceWarnings(p) {
		if strings.HasPrefix(w.Key, "whitespace.warn.") {
			out = append(out, w)
		}
	}
	return out
}
