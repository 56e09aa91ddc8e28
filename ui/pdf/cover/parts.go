package cover

import (
	"strings"

	"kamplan/ui/chart"
	"kamplan/ui/pdf/pen"
)

// parties writes "Prepared for" and "Prepared by" side by side from y, each with its logo,
// person and organisation, and returns where the taller ends.
func (c *page) parties(y float64) float64 {
	colW := (c.textW() - 10) / 2
	end := y
	for i, party := range []Party{c.in.For, c.in.By} {
		if strings.TrimSpace(party.Person+party.Organisation) == "" && len(party.Logo) == 0 {
			continue
		}
		end = max(end, c.party(party, c.in.Margin+float64(i)*(colW+10), y, colW, i == 0))
	}
	return end
}

// party writes one side in a column w mm wide at x; the company's logo is at the top of
// the page, so only the client's is drawn here.
func (c *page) party(party Party, x, y, w float64, client bool) float64 {
	c.p.SetXY(x, y)
	c.p.SetFont(pen.Family, "B", 8)
	c.colour(c.labelColour())
	c.p.CellFormat(w, 5, strings.ToUpper(party.Label), "", 2, "L", false, 0, "")
	c.draw(chart.Rule)
	c.p.SetLineWidth(0.2)
	c.p.Line(x, c.p.GetY()+0.5, x+w, c.p.GetY()+0.5)
	c.p.SetY(c.p.GetY() + 3)
	if client && len(party.Logo) > 0 {
		if _, lh, ok := c.logo("clientlogo", party.Logo, x, c.p.GetY(), w*0.6, 16); ok {
			c.p.SetY(c.p.GetY() + lh + 3)
		}
	}
	name, title, _ := strings.Cut(party.Person, ", ") // "Name, Title": the title on a line of its own, not cut across two
	c.line(x, w, name, "B", 11, 5.5, chart.Ink)
	c.line(x, w, title, "", 9.5, 4.8, chart.Ink)
	c.line(x, w, party.Organisation, "", 9.5, 4.8, chart.Muted)
	return c.p.GetY()
}

// line writes text, if any, at x in a column w mm wide.
func (c *page) line(x, w float64, text, style string, size, h float64, k chart.RGB) {
	if strings.TrimSpace(text) == "" {
		return
	}
	c.p.SetX(x)
	c.p.SetFont(pen.Family, style, size)
	c.colour(k)
	c.p.MultiCell(w, h, text, "", "L", false)
	c.p.SetX(x)
}

// details writes the date and the edition in a row of labelled columns under a fine rule,
// and returns where they end.
func (c *page) details(y float64) float64 {
	if len(c.in.Details) == 0 {
		return y
	}
	c.draw(chart.Rule)
	c.p.SetLineWidth(0.2)
	c.p.Line(c.in.Margin, y, c.in.Margin+c.textW(), y)
	colW := (c.textW() - 10) / 2
	for i, d := range c.in.Details {
		x := c.in.Margin + float64(i%2)*(colW+10)
		row := y + 3 + float64(i/2)*11
		c.p.SetXY(x, row)
		c.p.SetFont(pen.Family, "", 8)
		c.colour(chart.Muted)
		c.p.CellFormat(colW, 4.5, d[0], "", 2, "L", false, 0, "")
		c.p.SetX(x)
		c.line(x, colW, d[1], "", 10, 5, chart.Ink)
	}
	return c.p.GetY()
}
