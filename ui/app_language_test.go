package ui

import (
	"testing"

	"fyne.io/fyne/v2/lang"
)

// A language chosen in the settings applies at once: the menus and the open plan speak it.
func TestAChosenLanguageAppliesAtOnce(t *testing.T) {
	a, _ := openSample(t, "en")
	a.applyLanguage("es")
	if a.loc.Lang() != "es" || a.win.MainMenu().Items[0].Label != "Archivo" || a.editor.SaveState() != "Todos los cambios guardados" {
		t.Fatalf("the interface did not switch to Spanish: %q", a.win.MainMenu().Items[0].Label)
	}
	if got := a.fyne.Preferences().String("language"); got != "es" {
		t.Fatalf("the choice was kept as %q", got)
	}
	if got := lang.L("Cancel"); got != "Cancelar" {
		t.Errorf("Fyne's own dialogs still say %q", got)
	}
	a.applyLanguage("en")
	if got := lang.L("Cancel"); got != "Cancel" {
		t.Errorf("back in English, Fyne's own dialogs say %q", got)
	}
}
