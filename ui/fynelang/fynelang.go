// Package fynelang makes Fyne's own texts — its dialogs' buttons, the file dialog, the
// calendar's days — speak the interface language chosen in the app, not the system's: a
// Spanish-speaking manager on a laptop set up in English reads "Cancelar", and the other way
// round. en.json and es.json are Fyne's catalogues (BSD-3-Clause, as Fyne), the Spanish one
// with its accents and words put right ("Sí", "Aceptar", "Superior" for the folder above).
package fynelang

import (
	"embed"

	"fyne.io/fyne/v2/lang"
)

//go:embed en.json es.json
var catalogues embed.FS

// Use gives Fyne's texts in language code (en or es) under the system's locale, which Fyne
// then prefers to any catalogue of its own.
func Use(code string) error {
	data, err := catalogues.ReadFile(code + ".json")
	if err != nil {
		return err
	}
	return lang.AddTranslationsForLocale(data, lang.SystemLocale())
}
