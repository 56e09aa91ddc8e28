package pen

import (
	"sync"
	"unicode"
)

// measurer holds the faces' widths, read once per process from the fonts Load reads, and
// the cleaning of the text measured.
var measurer struct {
	sync.Mutex
	faces   map[faceKey]*advances // by family and style
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
	c := chainOf(Family, style)
	cur := faceKey{Family, style}
	adv := faceAdvances(cur)
	for _, r := range s {
		k, ok := c.face(r)
		if !ok || unicode.IsSpace(r) {
			k = cur // spaces go with their neighbours
		}
		if k != cur {
			w += float64(run) * fontSize / 1000
			run, cur = 0, k
			adv = faceAdvances(k)
		}
		run += adv.width(r)
	}
	return w + float64(run)*fontSize/1000
}

// faceAdvances reads a face's widths the first time it is measured.
func faceAdvances(key faceKey) *advances {
	if a, ok := measurer.faces[key]; ok {
		return a
	}
	a, err := readAdvances(faceData(key))
	if err != nil { // the fonts were read by Load: this cannot happen with the embedded ones
		a = &advances{cw: make([]int, 256*256)}
	}
	if measurer.faces == nil {
		measurer.faces = map[faceKey]*advances{}
	}
	measurer.faces[key] = a
	return a
}
