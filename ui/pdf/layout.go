package pdf

import (
	"strconv"

	"kamplan/ui/chart"
	"kamplan/ui/pdf/deflate"
	"kamplan/ui/pdf/pen"
	"kamplan/ui/pdf/theme"
)

// Page geometry in millimetres and the type scale in points.
const (
	marginX      = 20.0
	marginTop    = 24.0
	marginBottom = 20.0
	bodySize     = 9.5
	smallSize    = 8.0
	minType      = 6.5 // the smallest type, in charts too: a footnote's size in print
	lineH        = 4.6
)

var (
	ink   = chart.Ink
	muted = chart.Muted
	rule  = chart.Rule
	zebra = chart.Zebra
)

func (d *doc) width() float64 {
	w, _ := d.pdf.GetPageSize()
	return w - 2*marginX
}

func (d *doc) bottom() float64 {
	_, h := d.pdf.GetPageSize()
	return h - marginBottom
}

func (d *doc) room() float64 { return d.bottom() - d.pdf.GetY() }

// filled is the part of the page's text area above the cursor, 0 to 1.
func filled(d *doc) float64 { return (d.pdf.GetY() - marginTop) / (d.bottom() - marginTop) }

// need starts a new page unless h millimetres are left: a chart or a block never splits.
func (d *doc) need(h float64) {
	if d.room() < h {
		d.pdf.AddPage()
	}
}

// paint sets colours as the document's theme prints them (theme.Paint).
func paint(d *doc) theme.Paint                 { return theme.Paint{Pen: d.pdf, Theme: d.look} }
func (d *doc) colour(c chart.RGB)              { paint(d).Text(c) }
func (d *doc) fill(c chart.RGB)                { paint(d).Fill(c) }
func (d *doc) draw(c chart.RGB)                { paint(d).Line(c) }
func (d *doc) font(style string, size float64) { d.pdf.SetFont(pen.Family, style, size) }

// tint mixes the accent colour with white: 0 is white, 1 the accent itself.
func (d *doc) tint(f float64) chart.RGB { return light(d.accent, f) }

// header and footer run on every page but the cover.
func (d *doc) installHeaderFooter() {
	d.pdf.SetHeaderFuncMode(func() {
		if d.pdf.PageNo() == 1 && !d.in.Review { // the review pack has no cover to say it is confidential
			return
		}
		d.font("", smallSize)
		d.colour(muted)
		d.pdf.SetXY(marginX, 10)
		left := d.txt(d.account.Name) + " · " + d.txt(d.plan.Period) + " · " + d.t("edition."+d.edition())
		d.pdf.CellFormat(d.width()*0.7, 5, left, "", 0, "L", false, 0, "")
		d.pdf.CellFormat(d.width()*0.3, 5, d.t("pdf.confidential."+d.edition()), "", 0, "R", false, 0, "")
		d.draw(rule)
		if d.look.RulesInAccent {
			d.draw(d.accent)
		}
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(marginX, 16, marginX+d.width(), 16)
		d.pdf.SetXY(marginX, marginTop)
		d.floats.draw()
	}, false)
	d.pdf.SetFooterFunc(func() {
		if d.pdf.PageNo() == 1 && !d.in.Review {
			return
		}
		_, h := d.pdf.GetPageSize()
		d.font("", smallSize)
		d.colour(muted)
		d.pdf.SetXY(marginX, h-13)
		d.pdf.CellFormat(d.width()/2, 5, d.txt(d.in.Settings.CompanyName), "", 0, "L", false, 0, "")
		d.pdf.CellFormat(d.width()/2, 5, d.t("pdf.page_of", d.pdf.PageNo(), pageCountMark), "", 0, "R", false, 0, "")
	})
}

// pageCountMark stands for the number of pages in the footers until it is known. gofpdf's
// own alias (AliasNbPages) would copy every page's content twice to replace it; pageCount
// replaces it while the pages are compressed.
const pageCountMark = "{nb}"

// pageCount writes the number of pages where the footers hold pageCountMark (gofpdf writes
// text in a Unicode font as UTF-16BE).
func pageCount(pages int) deflate.Edit {
	return deflate.Replace(pen.UTF16BE(pageCountMark), pen.UTF16BE(strconv.Itoa(pages)))
}

// pageUse is how full each page is: the fraction of the text area its content reaches,
// and whether the page ends because the next section must start on a new page.
type pageUse struct {
	page   int
	used   float64
	forced bool
}

func (d *doc) pageUses() []pageUse {
	d.pdf.NoteUsed()
	_, h := d.pdf.GetPageSize()
	var out []pageUse
	for n := 1; n <= d.pdf.PageNo(); n++ {
		out = append(out, pageUse{page: n, used: (d.pdf.Used(n) - marginTop) / (h - marginBottom - marginTop), forced: d.forced[n]})
	}
	return out
}
