package pen

import (
	"math"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// Width measures text as a page draws it — Chinese and Korean a full em wide in the
// fallback font, Latin in the text face, bold wider — and leaves the font a document is drawing
// with as it was.
func TestWidthIsTheWidthDrawn(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	doc := New(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm"}))
	doc.AddPage()
	const em = 10 * 25.4 / 72 // 10 pt in millimetres
	for _, c := range []struct {
		text, style string
		ems         float64 // 0: only compared with the page
	}{
		{"张伟", "", 2}, {"김민준", "B", 3}, {"山田（やまだ）", "", 7},
		{"张伟 (Zhang Wei)", "B", 0}, {"Itziar Iriarte", "", 0}, {"WWW MMM", "B", 0}, {"Plan 😀", "", 0},
	} {
		doc.SetFont(Family, c.style, 10)
		drawn := doc.GetStringWidth(c.text)
		doc.SetFont(Family, "I", 7)
		got := Width(c.text, c.style, 10)
		if math.Abs(got-drawn) > 1e-9 {
			t.Errorf("%q %q: Width %.3f mm, drawn %.3f mm", c.text, c.style, got, drawn)
		}
		if c.ems > 0 && math.Abs(got-c.ems*em) > 1e-6 {
			t.Errorf("%q: %.3f mm, want %.0f em (%.3f mm)", c.text, got, c.ems, c.ems*em)
		}
		if _, size := doc.GetFontSize(); doc.style != "I" || math.Abs(size-7*25.4/72) > 1e-9 {
			t.Errorf("%q: measuring changed the document's font to %q %.2f mm", c.text, doc.style, size)
		}
	}
	if bold, regular := Width("Itziar", "B", 10), Width("Itziar", "", 10); bold <= regular {
		t.Errorf("bold %.3f mm is not wider than regular %.3f mm", bold, regular)
	}
}

// The widths read from the fonts are gofpdf's, character by character, in every face a
// document uses: Width measures exactly what a page draws without a document of its own.
func TestAdvancesAreGofpdfWidths(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	inFallback('张') // reads the fallback font
	doc := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm"})
	faces := []faceKey{{fallbackFamily, ""}}
	for _, f := range faceFiles {
		faces = append(faces, f.key)
	}
	for _, f := range faces {
		ttf := faceData(f)
		doc.AddUTF8FontFromBytes(f.family, f.style, ttf)
		doc.SetFont(f.family, f.style, 10)
		a, err := readAdvances(ttf)
		if err != nil {
			t.Fatal(err)
		}
		differ := 0
		for r := rune(1); r <= lastDrawable; r++ {
			if r >= 0xD800 && r <= 0xDFFF { // surrogates are no characters
				continue
			}
			if got, want := a.width(r), doc.GetStringSymbolWidth(string(r)); got != want {
				if differ++; differ < 5 {
					t.Errorf("%s %q: %U is %d wide, gofpdf says %d", f.family, f.style, r, got, want)
				}
			}
		}
		if differ > 0 {
			t.Errorf("%s %q: %d widths differ", f.family, f.style, differ)
		}
	}
}

// A damaged font is an error, never a crash.
func TestDamagedFontHasNoAdvances(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	for _, ttf := range [][]byte{nil, fontBytes[faceKey{Family, ""}][:12], fontBytes[faceKey{Family, ""}][:4096]} {
		if _, err := readAdvances(ttf); err == nil {
			t.Errorf("a font of %d bytes was read", len(ttf))
		}
	}
}

// Setting the colour the text already has changes nothing; setting another always does,
// black after red included.
func TestTextColourChangesOnlyWhenAnother(t *testing.T) {
	p := New(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm"}))
	for _, c := range [][3]int{{200, 30, 30}, {200, 30, 30}, {0, 0, 0}, {0, 0, 1}} {
		SetInk(p, c[0], c[1], c[2])
		if r, g, b := p.GetTextColor(); [3]int{r, g, b} != c {
			t.Errorf("set %v, the text is %v", c, [3]int{r, g, b})
		}
	}
}
