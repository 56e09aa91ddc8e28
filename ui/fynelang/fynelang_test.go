package fynelang

import (
	"testing"

	"fyne.io/fyne/v2/lang"
)

// Fyne's texts follow the language chosen, back and forth, whatever the system speaks.
func TestFyneTextsFollowTheChosenLanguage(t *testing.T) {
	for _, system := range []string{"en_US.UTF-8", "es_ES.UTF-8", "de_DE.UTF-8", "C"} {
		t.Setenv("LANGUAGE", "")
		t.Setenv("LC_ALL", system)
		for _, c := range []struct{ code, cancel, yes, parent string }{
			{"es", "Cancelar", "Sí", "Superior"}, {"en", "Cancel", "Yes", "Parent"}, {"es", "Cancelar", "Sí", "Superior"},
		} {
			if err := Use(c.code); err != nil {
				t.Fatal(err)
			}
			if got := lang.L("Cancel"); got != c.cancel {
				t.Errorf("system %s, app %s: Cancel is %q, want %q", system, c.code, got, c.cancel)
			}
			if got := lang.L("Yes"); got != c.yes {
				t.Errorf("system %s, app %s: Yes is %q, want %q", system, c.code, got, c.yes)
			}
			if got := lang.X("file.parent", "Parent"); got != c.parent {
				t.Errorf("system %s, app %s: the parent folder is %q, want %q", system, c.code, got, c.parent)
			}
		}
	}
}

func TestAnUnknownLanguageIsRefused(t *testing.T) {
	if err := Use("xx"); err == nil {
		t.Error("a language without a catalogue was taken")
	}
}
