package pen

import (
	"os"
	"os/exec"
	"slices"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// A plan in a Latin script never reads the 3.4 MB fallback font: it is read the first time
// a text has a character the other faces lack, and then draws it. Run in a fresh process, where no
// other test has read it yet.
func TestFallbackFontIsReadOnlyWhenATextNeedsIt(t *testing.T) {
	if os.Getenv("PEN_FRESH_PROCESS") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFallbackFontIsReadOnlyWhenATextNeedsIt$")
		cmd.Env = append(os.Environ(), "PEN_FRESH_PROCESS=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	p := New(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm"}))
	p.AddPage()
	p.SetFont(Family, "B", 10)
	p.Cell(50, 5, "Itziar Iriarte — 10 € → ✓ Ωmega Ж")
	_ = Width("Müller & Søn, S.A. – “Plan”", "", 10)
	if fallbackBytes != nil {
		t.Fatal("the fallback font was read for Latin, Greek and Cyrillic text")
	}
	if p.Clean("张伟") != "张伟" || fallbackBytes == nil {
		t.Fatal("Chinese text did not read the fallback font to be drawn")
	}
}

// A character the heading face lacks (Caladea has no Greek) is drawn in the text face of
// the same style, not in DejaVu Sans; Hebrew, which neither has, in DejaVu Sans.
func TestAFaceLackingAScriptFallsBackAlongTheChain(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	p := New(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm"}))
	p.AddPage()
	p.SetFont(Serif, "B", 12)
	got := p.runs("Plan Ωmega שלום")
	want := []run{{"Plan ", Serif, "B"}, {"Ω", Family, "B"}, {"mega ", Serif, "B"}, {"שלום", dejavuFamily, "B"}}
	if !slices.Equal(got, want) {
		t.Errorf("runs %v, want %v", got, want)
	}
}

// A plan in Latin script, with the document's arrows and marks, registers the text face
// alone: DejaVu Sans is parsed only for a character the text face lacks.
func TestLatinTextRegistersTheTextFaceOnly(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	p := New(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm"}))
	p.AddPage()
	p.SetFont(Family, "", 10)
	p.Cell(80, 5, "Cooperativa → Interdependiente ● ○ ★ ✓ − … € Ñandú □")
	p.SetFont(Family, "B", 10)
	p.Cell(80, 5, "Ωmega Жук →")
	for k := range p.faces {
		if k.family != Family {
			t.Errorf("%s %q was registered", k.family, k.style)
		}
	}
	p.Cell(80, 5, "שלום")
	if !p.faces[faceKey{dejavuFamily, "B"}] {
		t.Error("Hebrew did not register DejaVu Sans Bold")
	}
}
