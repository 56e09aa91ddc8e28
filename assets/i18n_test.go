package assets

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
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
	for _, dir := range []string{"../domain", "../storage"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	keyRE := regexp.MustCompile(`"((?:err|warn|smart|store|csv)\.[a-z_]+)"|Errorf\([^,()]+,\s*"([a-z_]+\.[a-z_.]+)"|Key:\s*"([a-z_]+\.[a-z_.]+)"`)
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyRE.FindAllStringSubmatch(string(b), -1) {
			key := m[1] + m[2] + m[3]
			if strings.HasSuffix(key, ".") {
				continue // the start of a key made as the code runs
			}
			n++
			for _, lang := range Languages {
				if !Has(lang, key) {
					t.Errorf("%s: %s lacks %q", f, lang, key)
				}
			}
		}
	}
	if n < 100 {
		t.Fatalf("found only %d message keys in domain/ and storage/: the scan is broken", n)
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
	for _, name := range []string{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
		"OpenSansKAM-Regular.ttf", "OpenSansKAM-Bold.ttf", "OpenSansKAM-Italic.ttf", "Caladea-Bold.ttf"} {
		b, err := Font(name)
		if err != nil || len(b) < 50000 {
			t.Errorf("font %s: %d bytes, %v", name, len(b), err)
		}
	}
}
