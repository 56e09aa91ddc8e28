package pdf

import (
	"strings"

	"kamplan/ui/chart"
	"kamplan/ui/pdf/pen"
)

// Page geometry in millimetres and the type scale in points.
const (
	marginX      = 20.0
	marginTop    = 24.0
	marginBottom = 20.0
	bodySize     = 9.5
	smallSize    = 8.0
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

// need starts a new page unless h millimetres are left: a chart or a block never splits.
func (d *doc) need(h float64) {
	if d.room() < h {
		d.pdf.AddPage()
	}
}

func (d *doc) colour(c chart.RGB)              { d.pdf.SetTextColor(int(c.R), int(c.G), int(c.B)) }
func (d *doc) fill(c chart.RGB)                { d.pdf.SetFillColor(int(c.R), int(c.G), int(c.B)) }
func (d *doc) draw(c chart.RGB)                { d.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B)) }
func (d *doc) font(style string, size float64) { d.pdf.SetFont(pen.Family, style, size) }

// tint mixes the accent colour with white: 0 is white, 1 the accent itself.
func (d *doc) tint(f float64) chart.RGB { return light(d.accent, f) }

// header and footer run on every page but the cover.
func (d *doc) installHeaderFooter() {
	d.pdf.SetHeaderFuncMode(func() {
		if d.pdf.PageNo() == 1 {
			return
		}
		d.font("", smallSize)
		d.colour(muted)
		d.pdf.SetXY(marginX, 10)
		left := d.txt(d.account.Name) + " · " + d.txt(d.plan.Period) + " · " + d.t("edition."+d.edition())
		d.pdf.CellFormat(d.width()*0.7, 5, left, "", 0, "L", false, 0, "")
		d.pdf.CellFormat(d.width()*0.3, 5, d.t("pdf.confidential."+d.edition()), "", 0, "R", false, 0, "")
		d.draw(rule)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(marginX, 16, marginX+d.width(), 16)
		d.pdf.SetXY(marginX, marginTop)
	}, true)
	d.pdf.SetFooterFunc(func() {
		if d.pdf.PageNo() == 1 {
			return
		}
		_, h := d.pdf.GetPageSize()
		d.font("", smallSize)
		d.colour(muted)
		d.pdf.SetXY(marginX, h-13)
		d.pdf.CellFormat(d.width()/2, 5, d.txt(d.in.Settings.CompanyName), "", 0, "L", false, 0, "")
		d.pdf.CellFormat(d.width()/2, 5, d.t("pdf.page_of", d.pdf.PageNo(), "{nb}"), "", 0, "R", false, 0, "")
	})
}

// newPageSections start on a page of their own; the others follow on the current page
// when a good part of it is still free, so no page is left mostly empty.
var newPageSections = map[string]bool{"pdf.s.summary": true, "pdf.s.profile": true}

// sectionRoom is how much of the page a section needs to start on it.
func (d *doc) sectionRoom() float64 { return (d.bottom() - marginTop) * 0.4 }

// section starts a numbered section, with a bookmark and a contents entry.
// first is the height of the section's first block, which stays with the title.
func (d *doc) section(key string, first float64) {
	if newPageSections[key] || d.room() < max(d.sectionRoom(), 19+first) {
		d.forced[d.pdf.PageNo()] = newPageSections[key]
		d.pdf.AddPage()
	} else {
		d.pdf.Ln(8)
	}
	title := d.t(key)
	link := d.sectionLink(key)
	d.pdf.SetLink(link, d.pdf.GetY(), d.pdf.PageNo())
	d.sectionPage[key] = d.pdf.PageNo()
	d.toc = append(d.toc, tocEntry{title: title, page: d.pdf.PageNo(), link: link})
	d.pdf.Bookmark(title, 0, -1)
	d.font("B", 17)
	d.colour(d.accent)
	d.pdf.MultiCell(d.width(), 8, title, "", "L", false)
	d.fill(d.accent)
	d.pdf.Rect(marginX, d.pdf.GetY()+1, 18, 0.9, "F")
	d.pdf.Ln(6)
}

// sectionLink is the internal link to a section, made before the section is laid out so
// that earlier pages (the summary) can point to it.
func (d *doc) sectionLink(key string) int {
	if l, ok := d.links[key]; ok {
		return l
	}
	l := d.pdf.AddLink()
	d.links[key] = l
	return l
}

// heading is a sub-heading that never ends a page alone: it keeps minBody mm with it.
func (d *doc) heading(text string, minBody float64) {
	d.need(9 + minBody)
	d.pdf.Ln(2)
	d.font("B", 11.5)
	d.colour(ink)
	d.pdf.MultiCell(d.width(), 6, text, "", "L", false)
	d.pdf.Ln(1)
}

// para writes wrapped body text.
func (d *doc) para(text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	d.font("", bodySize)
	d.colour(ink)
	d.pdf.MultiCell(d.width(), lineH, d.txt(text), "", "L", false)
	d.pdf.Ln(2)
}

// notAssessed says in one line that a part of the plan is still empty.
func (d *doc) notAssessed() {
	d.font("I", bodySize)
	d.colour(muted)
	d.pdf.MultiCell(d.width(), lineH, d.t("pdf.not_assessed"), "", "L", false)
	d.pdf.Ln(2)
}

// factsHeight is the height facts(rows) takes.
func (d *doc) factsHeight(rows [][2]string) float64 {
	labelW := d.width() * 0.32
	d.font("", bodySize)
	total := 2.0
	for _, r := range rows {
		if strings.TrimSpace(r[1]) != "" {
			total += float64(len(d.pdf.SplitText(r[1], d.width()-labelW)))*lineH + 0.8
		}
	}
	return total
}

// facts writes label–value lines in two columns.
func (d *doc) facts(rows [][2]string) {
	labelW := d.width() * 0.32
	if total := d.factsHeight(rows); total < 80 {
		d.need(total) // a short block of facts stays on one page
	}
	for _, r := range rows {
		if strings.TrimSpace(r[1]) == "" {
			continue
		}
		d.font("", bodySize)
		lines := d.pdf.SplitText(r[1], d.width()-labelW)
		d.need(float64(len(lines)) * lineH)
		y := d.pdf.GetY()
		d.colour(muted)
		d.pdf.SetXY(marginX, y)
		d.pdf.MultiCell(labelW, lineH, r[0], "", "L", false)
		d.colour(ink)
		d.pdf.SetXY(marginX+labelW, y)
		d.pdf.MultiCell(d.width()-labelW, lineH, r[1], "", "L", false)
		d.pdf.SetY(max(d.pdf.GetY(), y+lineH) + 0.8)
	}
	d.pdf.Ln(2)
}

// fit shortens text with an ellipsis to fit w millimetres in the current font.
func (d *doc) fit(s string, w float64) string {
	if d.pdf.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && d.pdf.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}
