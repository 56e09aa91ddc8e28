package picture

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"kamplan/ui/chart"
)

// The bubbles of the matrix are painted into one raster rather than drawn as two canvas
// circles per account: with 1,000 accounts, 2,000 circle objects cost Fyne's painters far
// more than filling the few pixels each bubble covers (anti-aliased, one pass per bubble).

func (r *matrixRenderer) drawBubbles(l chart.MatrixLayout) {
	if r.bubbles == nil {
		r.bubbles = canvas.NewRaster(r.paintBubbles)
	}
	r.bubbles.Move(fyne.NewPos(0, 0))
	r.bubbles.Resize(r.m.Size())
	r.bubbles.Refresh()
	r.objects = append(r.objects, r.bubbles)
}

// paintBubbles paints the layout's rings and discs at w×h pixels (the widget's size times
// the screen's scale), in drawing order: each ring, then its disc over it.
func (r *matrixRenderer) paintBubbles(w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	size := r.m.Size()
	if size.Width <= 0 {
		return img
	}
	s := float64(w) / float64(size.Width)
	fg := theme.Color(theme.ColorNameForeground)
	for i, b := range r.m.layout.Bubbles {
		c := chart.Point{X: b.Centre.X * s, Y: b.Centre.Y * s}
		if b.Ring > 0 {
			paintCircle(img, c, b.Ring*s, s, chart.QuadrantColour(b.Class).WithAlpha(0xC0), false)
		}
		if b.Selected || i == r.m.hover {
			paintCircle(img, c, b.Radius*s, 0, chart.QuadrantColour(b.Class).WithAlpha(0xFF), true)
			paintCircle(img, c, b.Radius*s, 2*s, fg, false)
			continue
		}
		paintCircle(img, c, b.Radius*s, 0, chart.QuadrantColour(b.Class).WithAlpha(0xB8), true)
	}
	return img
}

// paintCircle blends a disc (fill) or a ring of the given stroke width onto img, with a
// one-pixel soft edge.
func paintCircle(img *image.RGBA, c chart.Point, radius, stroke float64, col color.Color, fill bool) {
	outer := radius + stroke/2 + 1
	b := img.Bounds().Intersect(image.Rect(int(c.X-outer), int(c.Y-outer), int(c.X+outer)+1, int(c.Y+outer)+1))
	cr, cg, cb, ca := col.RGBA()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		dy := float64(y) + 0.5 - c.Y
		for x := b.Min.X; x < b.Max.X; x++ {
			dx := float64(x) + 0.5 - c.X
			d := math.Sqrt(dx*dx + dy*dy)
			cover := radius + 0.5 - d
			if !fill {
				cover = stroke/2 + 0.5 - math.Abs(d-radius)
			}
			if cover <= 0 {
				continue
			}
			blend(img, x, y, [4]uint32{cr, cg, cb, ca}, math.Min(1, cover))
		}
	}
}

// blend puts a premultiplied colour over the pixel at x, y with the given coverage.
func blend(img *image.RGBA, x, y int, c [4]uint32, cover float64) {
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	a := float64(c[3]) / 0xFFFF * cover
	for k := range 3 {
		src := float64(c[k]) / 0xFFFF * cover * 255
		p[k] = uint8(src + float64(p[k])*(1-a) + 0.5)
	}
	p[3] = uint8(a*255 + float64(p[3])*(1-a) + 0.5)
}
