package ui

import (
	"os"
	"strconv"
	"strings"

	"kamplan/assets"
)

// systemLanguage picks Spanish when the system speaks it, English otherwise.
func systemLanguage() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		if l := os.Getenv(v); l != "" {
			if strings.HasPrefix(strings.ToLower(l), "es") {
				return "es"
			}
			return "en"
		}
	}
	return "en"
}

// tr translates a key into the interface language.
func (a *App) tr(key string, args ...any) string { return assets.T(a.lang, key, args...) }

// decimal formats a number with the decimal comma in Spanish and the point in English.
func (a *App) decimal(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if a.lang == "es" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
