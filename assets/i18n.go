package assets

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// Languages the interface and the document speak.
var Languages = []string{"en", "es"}

// The catalogue of a language is every i18n/LANG/*.json file merged: each area of the
// program keeps its strings in a file of its own, and a key must be defined only once.
var (
	catalogOnce sync.Once
	catalogs    map[string]map[string]string
	catalogErr  error
)

func loadCatalogs() {
	loads.Add(1)
	catalogs = map[string]map[string]string{}
	for _, lang := range Languages {
		m, err := loadLanguage(lang)
		if err != nil {
			catalogErr = err
			return
		}
		catalogs[lang] = m
	}
}

func loadLanguage(lang string) (map[string]string, error) {
	m := map[string]string{}
	names, err := fs.Glob(files, "i18n/"+lang+"/*.json")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		b, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var part map[string]string
		if err := json.Unmarshal(b, &part); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for k, v := range part {
			if _, dup := m[k]; dup {
				return nil, fmt.Errorf("%s: key %q defined twice", path.Base(name), k)
			}
			m[k] = v
		}
	}
	return m, nil
}

// Catalog returns every key and text of a language (nil for an unknown language).
func Catalog(lang string) map[string]string {
	catalogOnce.Do(loadCatalogs)
	return catalogs[lang]
}

// CatalogError reports a broken catalogue file (a test guards it; the program falls back to keys).
func CatalogError() error {
	catalogOnce.Do(loadCatalogs)
	return catalogErr
}

// Has reports whether the language defines key.
func Has(lang, key string) bool {
	_, ok := Catalog(lang)[key]
	return ok
}

// T translates key into lang, formatting args with fmt verbs in the text. A missing key
// falls back to English, then to the key itself, so nothing is ever blank.
func T(lang, key string, args ...any) string {
	s, ok := Catalog(lang)[key]
	if !ok {
		if s, ok = Catalog("en")[key]; !ok {
			s = key
		}
	}
	if len(args) == 0 || !strings.Contains(s, "%") {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// TCount is T for a text about n things: the language's key+".one" when n is 1 and the
// catalogue has it ("1 overdue action"), else key ("0 overdue actions", "3 overdue
// actions"). English and Spanish both use the one form for exactly 1. A text with several
// counts is written as single-count fragments, each translated with TCount.
func TCount(lang, key string, n int, args ...any) string {
	if n == 1 && Has(lang, key+".one") {
		key += ".one"
	}
	return T(lang, key, args...)
}

// Keys returns the sorted keys of a language.
func Keys(lang string) []string {
	var ks []string
	for k := range Catalog(lang) {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
