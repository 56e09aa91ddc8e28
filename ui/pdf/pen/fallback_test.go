package pen

import (
	"os"
	"os/exec"
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
