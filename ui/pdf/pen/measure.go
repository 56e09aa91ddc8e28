package pen

import (
	"sync"

	"github.com/jung-kurt/gofpdf"
)

// measurer is a pen with no page of its own: Width sets its fonts, so that measuring
// never writes into a document nor changes the font a document is drawing with.
var measurer struct {
	sync.Mutex
	pen *Pen
}

// Width is how wide s is drawn in the document's typeface of style ("" or "B") at size
// points, in millimetres, as a document draws it: cleaned, Chinese, Japanese and Korean
// in the fallback font. The fonts must be loaded (see Load). Safe for concurrent use.
func Width(s, style string, size float64) float64 {
	measurer.Lock()
	defer measurer.Unlock()
	if measurer.pen == nil {
		measurer.pen = New(gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm"}))
	}
	measurer.pen.SetFont(Family, style, size)
	return measurer.pen.GetStringWidth(s)
}
