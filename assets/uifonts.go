package assets

import (
	_ "embed" // the interface's faces below
	"unsafe"
)

// The interface's faces (DejaVu Sans), embedded once more as strings: the compiler keeps one
// copy of bytes embedded twice, so these cost the program nothing, and they can be handed out
// without the copy Font makes.
var (
	//go:embed fonts/DejaVuSans.ttf
	uiRegular string
	//go:embed fonts/DejaVuSans-Bold.ttf
	uiBold string
	//go:embed fonts/DejaVuSans-Oblique.ttf
	uiItalic string
)

// UIFont returns one of the interface's faces ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
// "DejaVuSans-Oblique.ttf") without copying it: the window keeps its fonts for as long as it
// is open, and a copy of each would stay on the heap beside the parsed face. The bytes are
// the program's own read-only image: a caller must never write them (the write would fault).
// The second result is false for any other name.
func UIFont(name string) ([]byte, bool) {
	var s string
	switch name {
	case "DejaVuSans.ttf":
		s = uiRegular
	case "DejaVuSans-Bold.ttf":
		s = uiBold
	case "DejaVuSans-Oblique.ttf":
		s = uiItalic
	default:
		return nil, false
	}
	loads.Add(1)
	return unsafe.Slice(unsafe.StringData(s), len(s)), true
}
