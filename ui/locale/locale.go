// Package locale is the interface's and the document's language: the catalogue with its
// plural forms, and how numbers, amounts, percentages, dates and periods are written and
// read in English and Spanish — one implementation for the screen and the paper.
package locale

import (
	"kamplan/assets"
)

// Locale writes and reads in one language, en or es.
type Locale struct{ lang string }

// New is the locale of a language; anything but es is English.
func New(lang string) Locale {
	if lang == "es" {
		return Locale{"es"}
	}
	return Locale{"en"}
}

// Lang is en or es.
func (l Locale) Lang() string { return l.lang }

// Spanish says whether the locale is Spanish.
func (l Locale) Spanish() bool { return l.lang == "es" }

// T translates a catalogue key, filling in args.
func (l Locale) T(key string, args ...any) string { return assets.T(l.lang, key, args...) }

// TCount is T for a text about n things: "1 overdue action", "3 overdue actions" (the
// catalogue's key.one when n is 1).
func (l Locale) TCount(key string, n int, args ...any) string {
	return assets.TCount(l.lang, key, n, args...)
}

// Has says whether the catalogue has a key.
func (l Locale) Has(key string) bool { return assets.Has(l.lang, key) }

// Languages are the languages of the interface and the document, in the order a choice lists
// them, with their own names.
var (
	Languages     = []string{"en", "es"}
	LanguageNames = []string{"English", "Español"}
)

// LanguageIndex is a language's place in Languages (English for any other).
func LanguageIndex(lang string) int {
	if lang == "es" {
		return 1
	}
	return 0
}
