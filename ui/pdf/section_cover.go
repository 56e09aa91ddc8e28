package pdf

import (
	"bytes"
	"image"
	_ "image/jpeg" // logos may be JPEG
	_ "image/png"  // or PNG

	"github.com/jung-kurt/gofpdf"

	"kamplan/ui/chart"
)

// cover is the first page: the account, the plan's period, who prepared it for whom, the
// edition and what the edition may be shown to.
type cover struct{}

func (c cover) draw(d *doc) {
	d.pdf.AddPage()
	w, h := d.pdf.GetPageSize()
	d.fill(d.accent)
	d.pdf.Rect(0, 0, w, 92, "F")
	c.logo(d, w)
	d.pdf.SetXY(marginX, 40)
	d.font("", 12)
	d.pdf.SetTextColor(255, 255, 255)
	d.pdf.CellFormat(d.width(), 7, d.t("pdf.title"), "", 2, "L", false, 0, "")
	d.font("B", 26)
	d.pdf.MultiCell(d.width(), 11, d.txt(d.account.Name), "", "L", false)
	d.font("", 14)
	d.pdf.CellFormat(d.width(), 8, d.txt(d.plan.Period), "", 2, "L", false, 0, "")

	d.pdf.SetXY(marginX, 110)
	facts{
		{d.t("pdf.cover.prepared_by"), d.txt(d.plan.PreparedBy)},
		{d.t("pdf.cover.prepared_for"), d.txt(d.plan.PreparedFor)},
		{d.t("pdf.cover.company"), d.txt(d.in.Settings.CompanyName)},
		{d.t("pdf.cover.date"), d.docDate()},
		{d.t("pdf.cover.edition"), d.t("edition." + d.edition())},
	}.draw(d)
	d.pdf.SetXY(marginX, h-60)
	d.fill(d.tint(0.1))
	d.draw(d.accent)
	d.pdf.SetLineWidth(0.4)
	d.font("B", bodySize)
	d.colour(d.accent)
	d.pdf.MultiCell(d.width(), 6, d.t("pdf.confidential."+d.edition()), "LTR", "L", true)
	d.font("", smallSize)
	d.colour(ink)
	d.pdf.MultiCell(d.width(), 4.5, d.t("pdf.confidential_note."+d.edition()), "LBR", "L", true)
}

// logo draws the company logo on the cover, top right, when one is set and readable.
func (cover) logo(d *doc, pageW float64) {
	b := d.in.Settings.Logo
	if len(b) == 0 {
		return
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || (format != "png" && format != "jpeg") || cfg.Height == 0 {
		d.warnings = append(d.warnings, "the company logo is not a readable PNG or JPEG image: left out")
		return
	}
	tp := "PNG"
	if format == "jpeg" {
		tp = "JPG"
	}
	info := d.pdf.RegisterImageOptionsReader("logo", gofpdf.ImageOptions{ImageType: tp}, bytes.NewReader(b))
	if d.pdf.Err() || info == nil {
		d.pdf.ClearError()
		d.warnings = append(d.warnings, "the company logo could not be embedded: left out")
		return
	}
	hgt := 18.0
	wid := hgt * float64(cfg.Width) / float64(cfg.Height)
	if wid > 60 {
		wid, hgt = 60, 60*float64(cfg.Height)/float64(cfg.Width)
	}
	d.fill(chart.White)
	d.pdf.RoundedRect(pageW-marginX-wid-4, 12, wid+4, hgt+4, 2, "1234", "F")
	d.pdf.ImageOptions("logo", pageW-marginX-wid-2, 14, wid, hgt, false, gofpdf.ImageOptions{ImageType: tp}, 0, "")
}
