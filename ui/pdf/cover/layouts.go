package cover

import (
	"kamplan/ui/chart"
	"kamplan/ui/pdf/pen"
	"kamplan/ui/pdf/theme"
)

// band is the modern cover: the title in white on a band of the accent colour across the
// top of the page, ending at its lower edge, the company logo on a white plate at its top
// right. It returns where the band ends.
func (c *page) band() float64 {
	bandH := 0.42 * c.h
	c.fill(c.in.Accent)
	c.p.Rect(0, 0, c.w, bandH, "F")
	c.companyLogo(c.w-c.in.Margin, 14, true, true)
	y := bandH - 14 - c.titleHeight(28)
	c.title(y, chart.White, chart.Mix(c.in.Accent, chart.White, 0.85), 28)
	return bandH
}

// ruled is the classic cover: the company logo top left, the title between fine accent
// rules a third of the way down a white page.
func (c *page) ruled() float64 {
	c.companyLogo(c.in.Margin, 22, false, false)
	y := 0.30 * c.h
	c.rule(y, c.textW(), 0.5, c.in.Accent)
	end := c.title(y+8, chart.Ink, c.in.Accent, 30)
	c.rule(end+6, c.textW(), 0.5, c.in.Accent)
	return end + 6
}

// plain is the sober cover: the company logo top right, the title in black with one
// short accent rule under it — the accent the sober theme prints, once, in colour.
func (c *page) plain() float64 {
	c.companyLogo(c.w-c.in.Margin, 22, true, false)
	end := c.title(0.30*c.h, chart.Ink, chart.Muted, 28)
	c.paint().Signal(true).Fill(c.in.Accent)
	c.p.Rect(c.in.Margin, end+5, 30, 1.2, "F")
	return end + 6
}

// rule draws a fine line w mm long from the left margin at y.
func (c *page) rule(y, w, thick float64, k chart.RGB) {
	c.draw(k)
	c.p.SetLineWidth(thick)
	c.p.Line(c.in.Margin, y, c.in.Margin+w, y)
}

// confidentiality is the note at the foot of the page: what the edition may be shown to.
// The modern cover sets it in a tinted box, with room around the text, the others under a
// fine rule; it starts no higher than 60 mm from the foot, and no higher than from.
func (c *page) confidentiality(from float64) {
	y := max(c.h-60, from)
	pad := 0.0
	c.fill(chart.Mix(chart.White, c.in.Accent, 0.1)) // also what the pages after the cover start with
	if c.t.Cover == theme.CoverBand {
		pad = 4
		c.draw(c.in.Accent)
		c.p.SetLineWidth(0.4)
		c.p.Rect(c.in.Margin, y, c.textW(), c.noteHeight(c.textW()-2*pad)+2*pad, "FD")
		y += pad
	} else {
		c.rule(y, c.textW(), 0.3, c.labelColour())
		y += 3
	}
	c.p.SetXY(c.in.Margin+pad, y)
	c.p.SetFont(pen.Family, "B", 9.5)
	c.colour(c.labelColour())
	c.p.MultiCell(c.textW()-2*pad, 6, c.in.Confidential, "", "L", false)
	c.p.SetX(c.in.Margin + pad)
	c.p.SetFont(pen.Family, "", 8)
	c.colour(chart.Ink)
	c.p.MultiCell(c.textW()-2*pad, 4.5, c.in.Note, "", "L", false)
}

// noteHeight is the height of the confidentiality note set w mm wide.
func (c *page) noteHeight(w float64) float64 {
	c.p.SetFont(pen.Family, "B", 9.5)
	h := float64(len(c.p.SplitText(c.in.Confidential, w))) * 6
	c.p.SetFont(pen.Family, "", 8)
	return h + float64(len(c.p.SplitText(c.in.Note, w)))*4.5
}
