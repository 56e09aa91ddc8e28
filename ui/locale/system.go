package locale

import (
	"os"
	"runtime"
	"strings"

	golocale "github.com/jeandeaual/go-locale"
)

// localeVariables are read in this order by every Linux program.
var localeVariables = []string{"LC_ALL", "LC_MESSAGES", "LANG"}

// Interface is the language chosen in Settings (the "language" preference: en, es, or ""
// for the system's), else the system's.
func Interface(chosen string, system func() string) string {
	if chosen == "en" || chosen == "es" {
		return chosen
	}
	return system()
}

// System is the interface language when Settings chose none: Spanish when the system speaks
// it, English otherwise. The operating system's locale is a BCP 47 tag such as es-ES on
// Windows and macOS, and comes from the locale variables (LANGUAGE among them) on Linux.
func System() string { return languageFor(runtime.GOOS, os.Getenv, golocale.GetLocale) }

// languageFor reads the system's language on goos. On Linux and the BSDs the locale
// variables decide, as the person set them, then the system's other settings. Windows
// sets no such variable, and on macOS one comes from a terminal, not from the person's
// choice of language: there the operating system decides, the variables only when it
// cannot say.
func languageFor(goos string, getenv func(string) string, osLocale func() (string, error)) string {
	env := ""
	for _, v := range localeVariables {
		if env = getenv(v); env != "" {
			break
		}
	}
	if env != "" && goos != "windows" && goos != "darwin" {
		return languageOf(env)
	}
	if l, err := osLocale(); err == nil && l != "" {
		return languageOf(l)
	}
	return languageOf(env)
}

// languageOf is es for a Spanish locale in any spelling (es, es-419, es_MX.UTF-8,
// es_ES@euro, es:en), en for any other, "C" and "" included.
func languageOf(locale string) string {
	primary, _, _ := strings.Cut(strings.ToLower(locale), ":")
	if i := strings.IndexAny(primary, "-_.@"); i >= 0 {
		primary = primary[:i]
	}
	if primary == "es" {
		return "es"
	}
	return "en"
}
