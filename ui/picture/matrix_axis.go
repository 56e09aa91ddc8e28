package picture

import (
	"fmt"
	"image"
	"image/color"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"kamplan/assets"
)

// uprightScale is how many image pixels a unit of the turned text has (sharp on HiDPI too).
const uprightScale = 2

var (
	uprightOnce sync.Once
	uprightFont *opentype.Font
)

// uprightText draws text in the theme's font (Open Sans KAM) turned 90° to read upwards, the
// way a chart's vertical axis is named. Fyne cannot turn text, so it becomes an image.
func uprightText(text string, size float32, c color.Color) image.Image {
	uprightOnce.Do(func() {
		if data, ok := assets.UIFont("OpenSansKAM-Regular.ttf"); ok {
			uprightFont, _ = opentype.Parse(data)
		}
	})
	if uprightFont == nil || text == "" {
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	}
	face, err := opentype.NewFace(uprightFont, &opentype.FaceOptions{Size: float64(size * uprightScale), DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	}
	defer face.Close()
	m := face.Metrics()
	w := font.MeasureString(face, text).Ceil() + 2
	h := (m.Ascent + m.Descent).Ceil() + 2
	flat := image.NewNRGBA(image.Rect(0, 0, w, h))
	d := font.Drawer{Dst: flat, Src: image.NewUniform(c), Face: face, Dot: fixed.P(1, m.Ascent.Ceil()+1)}
	d.DrawString(text)
	return turnLeft(flat)
}

// turnLeft turns an image 90° counter-clockwise.
func turnLeft(src *image.NRGBA) *image.NRGBA {
	b := src.Bounds()
	out := image.NewNRGBA(image.Rect(0, 0, b.Dy(), b.Dx()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			out.SetNRGBA(y, b.Dx()-1-x, src.NRGBAAt(x, y))
		}
	}
	return out
}

func colourKey(c color.Color) string {
	r, g, b, a := c.RGBA()
	return fmt.Sprintf("%04x%04x%04x%04x", r, g, b, a)
}
