package assets

import (
	_ "embed" // the interface's faces below
	"unsafe"
)

// The interface's faces (the document's Open Sans KAM), embedded once more as strings: the compiler keeps one
// copy of bytes embedded twice, so these cost the program nothing, and they can be handed out
// without the copy Font makes.
var (
	//go:embed fonts/OpenSansKAM-Regular.ttf
	uiRegular string
	//go:embed fonts/OpenSansKAM-Bold.ttf
	uiBold string
	//go:embed fonts/OpenSansKAM-Italic.ttf
	uiItalic string
)

// UIFont returns one of the interface's faces ("OpenSansKAM-Regular.ttf", "OpenSansKAM-Bold.ttf",
// "OpenSansKAM-Italic.ttf") without copying it: the window keeps its fonts for as long as it
// is open, and a copy of each would stay on the heap beside the parsed face. The bytes are
// the program's own read-only image: a caller must never write them (the write would fault).
// The second result is false for any other name.
func UIFont(name string) ([]byte, bool) {
	var s string
	switch name {
	case "OpenSansKAM-Regular.ttf":
		s = uiRegular
	case "OpenSansKAM-Bold.ttf":
		s = uiBold
	case "OpenSansKAM-Italic.ttf":
		s = uiItalic
	default:
		return nil, false
	}
	loads.Add(1)
	return unsafe.Slice(unsafe.StringData(s), len(s)), true
}
