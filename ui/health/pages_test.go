package health

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain/health"
)

// Every check leads to a page, and has its name in both languages.
func TestEveryCheckHasAPageAndAName(t *testing.T) {
	for _, k := range health.Keys() {
		if _, ok := PageOf(k); !ok {
			t.Errorf("%s leads to no page", k)
		}
		for _, lang := range assets.Languages {
			if !assets.Has(lang, "health."+k+".name") {
				t.Errorf("%s: no name for %s", lang, k)
			}
		}
	}
}

// Every reason the checks give has its sentence in both languages.
func TestEveryReasonIsInTheCatalogues(t *testing.T) {
	files, _ := filepath.Glob("../../domain/health/*.go")
	re := regexp.MustCompile(`"(health\.[a-z_]+\.[a-z_]+)"`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			n++
			for _, lang := range assets.Languages {
				if !assets.Has(lang, m[1]) {
					t.Errorf("%s: no sentence for %s", lang, m[1])
				}
			}
		}
	}
	if n < 40 {
		t.Fatalf("found only %d reasons: the scan is broken", n)
	}
}
