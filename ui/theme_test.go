package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"golang.org/x/image/font/sfnt"

	"kamplan/assets"
	"kamplan/storage"
)

// TestThemeFontDrawsEveryInterfaceGlyph checks every character of both catalogues and of every
// label written in the interface's code against the fonts the theme embeds.
func TestThemeFontDrawsEveryInterfaceGlyph(t *testing.T) {
	for _, res := range []string{"OpenSansKAM-Regular.ttf", "OpenSansKAM-Bold.ttf", "OpenSansKAM-Italic.ttf"} {
		b, err := assets.Font(res)
		if err != nil {
			t.Fatal(err)
		}
		f, err := sfnt.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		var probe sfnt.Buffer
		if g, _ := f.GlyphIndex(&probe, '合'); g != 0 {
			t.Fatal("the font claims a CJK character: this check could not fail")
		}
		missing := map[rune]string{}
		check := func(where, s string) {
			for _, r := range s {
				if r < 0x20 || r == '\uFE0F' {
					continue
				}
				var buf sfnt.Buffer
				// sfnt reads 16-bit cmaps: a rune beyond the BMP is never taken as drawable
				if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 || r > 0xFFFF {
					missing[r] = where
				}
			}
		}
		for _, lang := range assets.Languages {
			for k, v := range assets.Catalog(lang) {
				check(lang+":"+k, v)
			}
		}
		sources, _ := filepath.Glob("*.go")
		for _, name := range sources {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			check(name, string(src))
		}
		for r, where := range missing {
			t.Errorf("%s has no glyph for %q (U+%04X), used in %s", res, r, r, where)
		}
	}
	if newAppTheme().Font(fyneTextStyleBold()) != appFonts().bold {
		t.Error("bold text is not drawn with Open Sans KAM Bold")
	}
}

func fyneTextStyleBold() fyne.TextStyle { return fyne.TextStyle{Bold: true} }

// The window keeps its fonts for as long as it is open: the theme holds the program's own
// embedded bytes, not a copy of each font on the heap (2 MB).
func TestThemeFontsAreNotCopies(t *testing.T) {
	th := newAppTheme()
	for style, name := range map[fyne.TextStyle]string{{}: "OpenSansKAM-Regular.ttf", {Bold: true}: "OpenSansKAM-Bold.ttf", {Italic: true}: "OpenSansKAM-Italic.ttf"} {
		embedded, _ := assets.UIFont(name)
		if got := th.Font(style).Content(); len(got) == 0 || &got[0] != &embedded[0] {
			t.Errorf("%+v is drawn with a copy of %s", style, name)
		}
	}
}

// The theme is set once per process: a second window of the app (or the app built again over
// another store) keeps it, as setting it again makes the toolkit parse every font again.
func TestTheThemeIsSetOnce(t *testing.T) {
	fa := test.NewTempApp(t)
	New(fa, benchStoreT(t), "en")
	changes := 0
	fa.Settings().AddListener(func(fyne.Settings) { changes++ })
	New(fa, benchStoreT(t), "es")
	if _, ours := fa.Settings().Theme().(appTheme); !ours || changes != 0 {
		t.Fatalf("theme %T, set %d more times", fa.Settings().Theme(), changes)
	}
}

func benchStoreT(t *testing.T) *storage.Store {
	s, err := storage.OpenNoSeed(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
