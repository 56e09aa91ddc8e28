package assets

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

func TestCatalogsLoad(t *testing.T) {
	if err := CatalogError(); err != nil {
		t.Fatal(err)
	}
}

// Every key must exist in every language: a missing translation is a defect.
func TestLanguagesHaveTheSameKeys(t *testing.T) {
	en, es := Catalog("en"), Catalog("es")
	for k := range en {
		if _, ok := es[k]; !ok {
			t.Errorf("%q has no Spanish text", k)
		}
	}
	for k := range es {
		if _, ok := en[k]; !ok {
			t.Errorf("%q has no English text", k)
		}
	}
	for _, lang := range Languages {
		for k, v := range Catalog(lang) {
			if v == "" {
				t.Errorf("%s: %q is empty", lang, k)
			}
		}
	}
}

// Every message key the domain and the store report must be in the catalogue.
func TestDomainMessageKeysTranslated(t *testing.T) {
	var files []string
	for _, dir := range []string{"../domain", "../storage", "../storage/atomicfile", "../storage/csvimport"} {
		more, _ := filepath.Glob(dir + "/*.go")
		files = append(files, more...)
	}
	keyRE := regexp.MustCompile(`"((?:err|warn|smart|store|csv)\.[a-z_]+)"`)
	n := 0
	for _, f := range files {
		if filepath.Ext(f) != ".go" || regexp.MustCompile(`_test\.go$`).MatchString(f) {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyRE.FindAllStringSubmatch(string(b), -1) {
			n++
			for _, lang := range Languages {
				if !Has(lang, m[1]) {
					t.Errorf("%s: %s lacks %q", filepath.Base(f), lang, m[1])
				}
			}
		}
	}
	if n < 20 {
		t.Fatalf("found only %d message keys in domain/: the scan is broken", n)
	}
}

func TestTranslate(t *testing.T) {
	tests := []struct {
		lang, key string
		args      []any
		want      string
	}{
		{"es", "stage.3", nil, "Cooperativa"},
		{"en", "err.range", []any{1, 5}, "must be 1–5"},
		{"es", "err.range", []any{1, 5}, "debe estar entre 1 y 5"},
		{"es", "err.pct", nil, "debe estar entre 0 y 100 %"},
		{"fr", "stage.3", nil, "Cooperative"},
		{"en", "no.such.key", nil, "no.such.key"},
	}
	for _, tt := range tests {
		if got := T(tt.lang, tt.key, tt.args...); got != tt.want {
			t.Errorf("T(%s, %s) = %q, want %q", tt.lang, tt.key, got, tt.want)
		}
	}
}

func TestFontsEmbedded(t *testing.T) {
	for _, name := range []string{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"} {
		b, err := Font(name)
		if err != nil || len(b) < 100000 {
			t.Errorf("font %s: %d bytes, %v", name, len(b), err)
		}
	}
}
