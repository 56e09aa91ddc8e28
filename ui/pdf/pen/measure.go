package pen

import (
	"sync"
	"unicode"
)

// measurer holds the faces' widths, read once per process from the fonts Load reads, and
// the cleaning of the text measured.
var measurer struct {
	sync.Mutex
	faces   map[[2]string]*advances // by family and style
	cleaner Cleaner
}

// ptPerMM is gofpdf's scale factor of a document in millimetres: points per millimetre.
const ptPerMM = 72.0 / 25.4

// Width is how wide s is drawn in the document's typeface of style ("" or "B") at size
// points, in millimetres, as a document draws it: cleaned, Chinese, Japanese and Korean
// in the fallback font, each run of one face measured as gofpdf measures it. The fonts
// must be loaded (see Load). Safe for concurrent use.
func Width(s, style string, size float64) float64 {
	measurer.Lock()
	defer measurer.Unlock()
	s = measurer.cleaner.Clean(s)
	fontSize := size / ptPerMM
	w, run := 0.0, 0
	curFam, curSty := Family, style
	adv := faceAdvances(curFam, curSty)
	for _, r := range s {
		fam, sty, ok := face(r, style)
		if !ok || unicode.IsSpace(r) {
			fam, sty = curFam, curSty // spaces and the placeholder go with their neighbours
		}
		if fam != curFam || sty != curSty {
			w += float64(run) * fontSize / 1000
			run, curFam, curSty = 0, fam, sty
			adv = faceAdvances(fam, sty)
		}
		run += adv.width(r)
	}
	return w + float64(run)*fontSize/1000
}

// faceAdvances reads a face's widths the first time it is measured.
func faceAdvances(fam, style string) *advances {
	key := [2]string{fam, style}
	if a, ok := measurer.faces[key]; ok {
		return a
	}
	ttf := fallbackBytes
	if fam == Family {
		ttf = fontBytes[style]
	}
	a, err := readAdvances(ttf)
	if err != nil { // the fonts were read by Load: this cannot happen with the embedded ones
		a = &advances{cw: make([]int, 256*256)}
	}
	if measurer.faces == nil {
		measurer.faces = map[[2]string]*advances{}
	}
	measurer.faces[key] = a
	return a
}
