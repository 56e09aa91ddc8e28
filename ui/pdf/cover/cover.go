// Package cover draws the document's first page in the layout of its theme: the title
// (the account and the plan's period), who prepared it for whom with their logos, the date
// and edition, and what the edition may be shown to. The page is composed in every theme:
// the title takes its upper part, the parties and details the middle, the confidentiality
// note the foot.
package cover

import (
	"kamplan/ui/chart"
	"kamplan/ui/pdf/pen"
	"kamplan/ui/pdf/theme"
)

// Input is what the cover says, in the document's language, cleaned for the page.
type Input struct {
	Label, Account, Period string // "Account plan", the account's name, the plan's period
	For, By                Party  // the client, and the company that prepared the plan
	Details                [][2]string
	Confidential, Note     string // the edition's confidentiality and what it means
	Accent                 chart.RGB
	Margin                 float64 // left and right, in mm
}

// Party is one side of the plan: a label ("Prepared for"), a person, an organisation and
// its logo (PNG or JPEG; none: nothing drawn).
type Party struct {
	Label, Person, Organisation string
	Logo                        []byte
}

// page is the cover being drawn.
type page struct {
	p    *pen.Pen
	in   Input
	t    theme.Theme
	w, h float64 // the page's size
	warn []string
}

// Draw adds the cover page to the document. The warnings say which logo was left out.
func Draw(p *pen.Pen, in Input, t theme.Theme) []string {
	p.AddPage()
	w, h := p.GetPageSize()
	c := &page{p: p, in: in, t: t, w: w, h: h}
	var top float64
	switch t.Cover {
	case theme.CoverRuled:
		top = c.ruled()
	case theme.CoverPlain:
		top = c.plain()
	default:
		top = c.band()
	}
	y := c.parties(max(top+14, 0.52*h))
	c.confidentiality(c.details(y+8) + 10)
	return c.warn
}

func (c *page) textW() float64 { return c.w - 2*c.in.Margin }

func (c *page) paint() theme.Paint { return theme.Paint{Pen: c.p, Theme: c.t} }
func (c *page) colour(k chart.RGB) { c.paint().Text(k) }
func (c *page) fill(k chart.RGB)   { c.paint().Fill(k) }
func (c *page) draw(k chart.RGB)   { c.paint().Line(k) }

// labelColour is the colour of the small labels: the accent, or grey in the sober theme.
func (c *page) labelColour() chart.RGB {
	if c.t.Cover == theme.CoverPlain {
		return chart.Muted
	}
	return c.in.Accent
}

// title writes the label, the account in the heading face and the period from y in
// colour ink, and returns where it ends.
func (c *page) title(y float64, ink, label chart.RGB, size float64) float64 {
	c.p.SetXY(c.in.Margin, y)
	c.p.SetFont(pen.Family, "", 12)
	c.colour(label)
	c.p.CellFormat(c.textW(), 7, c.in.Label, "", 2, "L", false, 0, "")
	c.p.Ln(1)
	c.t.HeadingFont(c.p, size)
	c.colour(ink)
	c.p.MultiCell(c.textW(), size*0.45, c.in.Account, "", "L", false)
	c.p.Ln(1.5)
	c.p.SetFont(pen.Family, "", 14)
	c.colour(label)
	c.p.CellFormat(c.textW(), 8, c.in.Period, "", 2, "L", false, 0, "")
	return c.p.GetY()
}

// titleHeight is how tall title writes the account at size points.
func (c *page) titleHeight(size float64) float64 {
	c.t.HeadingFont(c.p, size)
	return 7 + 1 + float64(len(c.p.SplitText(c.in.Account, c.textW())))*size*0.45 + 1.5 + 8
}
