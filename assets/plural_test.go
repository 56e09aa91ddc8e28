package assets

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A counted text never hedges its plural with "(s)": the catalogue gives the one and the
// other form, and the code picks (TCount).
func TestNoCatalogueValueHedgesItsPlural(t *testing.T) {
	hedge := regexp.MustCompile(`\p{L}\((s|es|as|os|a|o|n)\)`)
	for _, lang := range Languages {
		for k, v := range Catalog(lang) {
			if hedge.MatchString(v) {
				t.Errorf("%s %s: %q", lang, k, v)
			}
		}
	}
}

func TestTCountPicksTheOneForm(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1, "Imported X: 1 plan"}, {"en", 2, "Imported X: 2 plans"}, {"en", 0, "Imported X: 0 plans"},
		{"es", 1, "Importada X: 1 plan"}, {"es", 3, "Importada X: 3 planes"},
	}
	for _, tt := range tests {
		if got := TCount(tt.lang, "app.status.imported", tt.n, "X", tt.n); got != tt.want {
			t.Errorf("%s %d: %q", tt.lang, tt.n, got)
		}
	}
	if got := TCount("en", "app.more_problems", 1, 1); got != "… and 1 more" {
		t.Errorf("a key without a one form: %q", got)
	}
}

// countedKeys finds the keys the code passes with a count: trCount("key", …), a locale's
// TCount("key", …), TCount(lang, "key", …), the document's tc("key", …) and the importer's
// countPhrase("key", …), in every package of the app.
func countedKeys(t *testing.T) map[string]string {
	re := regexp.MustCompile(`(?:trCount|\btc|countPhrase|\.TCount)\(\s*"([a-z0-9_]+\.[a-z0-9_.]+)"|TCount\([^,()]+,\s*"([a-z0-9_.]+)"`)
	keys := map[string]string{}
	var files []string
	for _, root := range []string{"../ui", "../storage", "../domain"} {
		filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
				files = append(files, path)
			}
			return nil
		})
	}
	{
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range re.FindAllStringSubmatch(string(b), -1) {
				keys[m[1]+m[2]] = filepath.Base(f)
			}
		}
	}
	if len(keys) < 10 {
		t.Fatalf("found only %d counted keys: the scan is broken", len(keys))
	}
	return keys
}

// Every text the code counts has its one form in both languages, and every one form
// belongs to a text the code counts (else it would never be shown).
func TestCountedTextsHaveTheirOneForm(t *testing.T) {
	keys := countedKeys(t)
	for k, file := range keys {
		for _, lang := range Languages {
			if !Has(lang, k) || !Has(lang, k+".one") {
				t.Errorf("%s counts %q: %s lacks it or its .one form", file, k, lang)
			}
		}
	}
	for _, lang := range Languages {
		for k := range Catalog(lang) {
			if base, ok := strings.CutSuffix(k, ".one"); ok && keys[base] == "" {
				t.Errorf("%s: %q is the one form of a text no code counts", lang, k)
			}
		}
	}
}
