package assets

import (
	"bytes"
	"testing"
)

// The interface's faces are handed out as the embedded bytes themselves: the same font as the
// file, and no copy made (a copy would stay on the heap for as long as the window is open).
func TestUIFontIsTheEmbeddedFileUncopied(t *testing.T) {
	for _, name := range []string{"OpenSansKAM-Regular.ttf", "OpenSansKAM-Bold.ttf", "OpenSansKAM-Italic.ttf"} {
		shared, ok := UIFont(name)
		file, err := Font(name)
		if !ok || err != nil || !bytes.Equal(shared, file) {
			t.Errorf("UIFont(%s): %d bytes, %v; the file has %d bytes, %v", name, len(shared), ok, len(file), err)
		}
		kept, _ = UIFont(name) // kept as the window keeps it: a copy could not be optimised away
		if len(kept) == 0 || &kept[0] != &shared[0] {
			t.Errorf("UIFont(%s) gave another copy the second time", name)
		}
		if n := testing.AllocsPerRun(5, func() { kept, _ = UIFont(name) }); n != 0 {
			t.Errorf("UIFont(%s) allocates %.0f times", name, n)
		}
	}
}

// kept holds a font beyond the call, as the theme does.
var kept []byte

func TestUIFontHasOnlyTheInterfaceFaces(t *testing.T) {
	for _, name := range []string{"DejaVuSans.ttf", "DroidSansFallback.ttf", "", "../icon.png"} {
		if b, ok := UIFont(name); ok || b != nil {
			t.Errorf("UIFont(%q) = %d bytes, %v", name, len(b), ok)
		}
	}
}
