package cover

import (
	"bytes"
	"image"
	"image/draw"
	_ "image/jpeg" // logos may be JPEG
	"image/png"

	"github.com/jung-kurt/gofpdf"

	"kamplan/ui/chart"
)

// companyLogo draws the company's logo at the top of the page, its left edge at x (its
// right edge when right), on a white plate when it stands on the accent band.
func (c *page) companyLogo(x, y float64, right, plate bool) {
	b := c.in.By.Logo
	if len(b) == 0 {
		return
	}
	w, h, ok := size(b, 60, 18)
	if !ok {
		c.warn = append(c.warn, "the company logo is not a readable PNG or JPEG image: left out")
		return
	}
	if right {
		x -= w
	}
	if plate {
		c.fill(chart.White)
		c.p.RoundedRect(x-2, y-2, w+4, h+4, 2, "1234", "F")
	}
	c.logo("logo", b, x, y, w, h)
}

// logo draws an image at x, y within maxW × maxH mm, keeping its proportions, and
// returns its size; ok is false, with a warning, when it cannot be read or embedded.
func (c *page) logo(name string, b []byte, x, y, maxW, maxH float64) (w, h float64, ok bool) {
	w, h, ok = size(b, maxW, maxH)
	what := "the company logo"
	if name != "logo" {
		what = "the client's logo"
	}
	if !ok {
		c.warn = append(c.warn, what+" is not a readable PNG or JPEG image: left out")
		return 0, 0, false
	}
	opt := gofpdf.ImageOptions{ImageType: imageType(b)}
	info := c.p.RegisterImageOptionsReader(name, opt, bytes.NewReader(b))
	if c.p.Err() || info == nil { // gofpdf takes no PNG of 16 bits a channel: made 8 bits
		c.p.ClearError()
		opt.ImageType = "PNG"
		info = c.p.RegisterImageOptionsReader(name, opt, bytes.NewReader(eightBits(b)))
	}
	if c.p.Err() || info == nil {
		c.p.ClearError()
		c.warn = append(c.warn, what+" could not be embedded: left out")
		return 0, 0, false
	}
	c.p.ImageOptions(name, x, y, w, h, false, opt, 0, "")
	return w, h, true
}

// size fits a PNG or JPEG image in maxW × maxH mm; ok is false for another file.
func size(b []byte, maxW, maxH float64) (w, h float64, ok bool) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || (format != "png" && format != "jpeg") || cfg.Height == 0 || cfg.Width == 0 {
		return 0, 0, false
	}
	h = maxH
	w = h * float64(cfg.Width) / float64(cfg.Height)
	if w > maxW {
		w, h = maxW, maxW*float64(cfg.Height)/float64(cfg.Width)
	}
	return w, h, true
}

func imageType(b []byte) string {
	if _, format, _ := image.DecodeConfig(bytes.NewReader(b)); format == "jpeg" {
		return "JPG"
	}
	return "PNG"
}

// eightBits is the image as a PNG of 8 bits a channel, with its transparency; nil when it
// cannot be read.
func eightBits(b []byte) []byte {
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	rgba := image.NewNRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
	var out bytes.Buffer
	if png.Encode(&out, rgba) != nil {
		return nil
	}
	return out.Bytes()
}
