package locale

import (
	"errors"
	"testing"
)

// The interface language the system asks for when Settings chose none: the operating
// system's locale on Windows, macOS and Linux alike — Windows sets no LANG — with the
// locale variables first on Linux, where they are how the person chooses.
func TestSystemLanguage(t *testing.T) {
	tests := []struct {
		goos, lang, osLocale string
		osErr                error
		want                 string
	}{
		{"windows", "", "es-ES", nil, "es"},
		{"windows", "", "es-419", nil, "es"},
		{"windows", "", "en-US", nil, "en"},
		{"windows", "", "pt-BR", nil, "en"},
		{"windows", "", "", errors.New("locale not found"), "en"},
		{"darwin", "", "es-MX", nil, "es"},
		{"darwin", "en_US.UTF-8", "es-ES", nil, "es"}, // a terminal's variable does not outvote the system's choice
		{"linux", "", "es_MX.UTF-8", nil, "es"},
		{"linux", "", "es", nil, "es"},
		{"linux", "", "es:en", nil, "es"}, // LANGUAGE, a list
		{"linux", "", "C", nil, "en"},
		{"linux", "", "", nil, "en"},
		{"linux", "", "pt-BR", nil, "en"},
		{"linux", "es_ES.UTF-8", "en-US", nil, "es"},
		{"linux", "en_GB.UTF-8", "es-ES", nil, "en"},
		{"linux", "C", "es-ES", nil, "en"},
		{"linux", "es_ES@euro", "", nil, "es"},
		{"linux", "estonian", "", nil, "en"},
	}
	for _, tt := range tests {
		getenv := func(v string) string {
			if v == "LANG" {
				return tt.lang
			}
			return ""
		}
		got := languageFor(tt.goos, getenv, func() (string, error) { return tt.osLocale, tt.osErr })
		if got != tt.want {
			t.Errorf("%s, LANG=%q, system %q: %s, want %s", tt.goos, tt.lang, tt.osLocale, got, tt.want)
		}
	}
}

// LC_ALL outvotes LC_MESSAGES, which outvotes LANG, as in every Linux program.
func TestLocaleVariablesInOrder(t *testing.T) {
	env := map[string]string{"LC_ALL": "", "LC_MESSAGES": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}
	noSystem := func() (string, error) { return "", nil }
	if got := languageFor("linux", func(v string) string { return env[v] }, noSystem); got != "es" {
		t.Fatalf("LC_MESSAGES=es_ES, LANG=en_US: %s", got)
	}
	env["LC_ALL"] = "en_US.UTF-8"
	if got := languageFor("linux", func(v string) string { return env[v] }, noSystem); got != "en" {
		t.Fatalf("LC_ALL=en_US, LC_MESSAGES=es_ES: %s", got)
	}
}

// A language chosen in Settings outvotes the system's; "System" (or a preference this
// version does not know) follows it.
func TestSettingsLanguageOutvotesTheSystem(t *testing.T) {
	spanishSystem := func() string { return "es" }
	for chosen, want := range map[string]string{"en": "en", "es": "es", "": "es", "fr": "es"} {
		if got := Interface(chosen, spanishSystem); got != want {
			t.Errorf("Settings %q on a Spanish system: %s, want %s", chosen, got, want)
		}
	}
}
