package health

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"kamplan/ui/locale"
)

// A plan not scored yet (a team store's plan saved before the score existed) shows no badge;
// the others are coloured by how good they are.
func TestBadge(t *testing.T) {
	loc := locale.New("es")
	tests := []struct {
		score int
		text  string
		imp   widget.Importance
	}{
		{-1, "", widget.LowImportance}, {0, "Salud 0/100", widget.DangerImportance},
		{49, "Salud 49/100", widget.DangerImportance}, {50, "Salud 50/100", widget.WarningImportance},
		{75, "Salud 75/100", widget.SuccessImportance}, {100, "Salud 100/100", widget.SuccessImportance},
	}
	for _, tt := range tests {
		if got := Badge(loc, tt.score); got != tt.text || Importance(tt.score) != tt.imp {
			t.Errorf("%d: %q %v", tt.score, got, Importance(tt.score))
		}
	}
}
