package charts

import (
	"strings"

	"kamplan/domain"
	"kamplan/domain/plausible"
	"kamplan/ui/chart"
)

// SpaceKey is the white-space map's key: a swatch for each status and one for a cell not
// assessed, then what a cell shows (the currency named). Printed in grey the statuses'
// tints look alike: one caption then says in words that each cell names its status, and
// what else it shows.
func SpaceKey(c *Canvas, currency string) {
	var key Key
	var names []string
	for _, st := range domain.SpaceStatuses {
		k, _ := chart.SpaceColour(chart.SpaceClass(st))
		key = append(key, Swatch{Colour: Light(k, 0.7), Label: c.T("whitespace.status." + string(st))})
		names = append(names, key[len(key)-1].Label)
	}
	key = append(key, Swatch{Colour: chart.White, Label: c.T("whitespace.unknown")})
	if c.Look.InGrey {
		c.Caption(c.T(clientWords(c, "whitespace.pdf.note_grey"), strings.Join(names, ", "), currency), 1)
		return
	}
	key.Draw(c, c.MarginX, c.Width())
	c.Caption(c.T(clientWords(c, "whitespace.pdf.note"), currency), 1)
}

// SpaceReconcile says under the map what its "open" total counts and what makes up the
// rest of the white space (METHOD §2), in full amounts a reader can find in the wallet:
// the open potential of the open and competitor cells, plus what is still to win in the
// cells ours or in progress, is the map's potential − our revenue.
func SpaceReconcile(c *Canvas, p *domain.Plan) {
	all := plausible.SpaceTotals(p).All
	white := all.Potential - all.Revenue
	rest := white - all.Open
	if !all.HasMoney || all.Open <= 0 || rest <= 0 {
		return
	}
	money := func(v int64) string { return c.Loc.Money(v, p.Currency) }
	c.Caption(c.T(clientWords(c, "whitespace.pdf.reconcile"), money(all.Open), money(rest), money(white)), 2)
}

// SpaceOpen is the word before a total's open potential: the client's edition calls it the
// potential we do not cover yet, not what is left for us to win.
func SpaceOpen(c *Canvas) string {
	if c.Client {
		return c.T("whitespace.pdf.open_client")
	}
	return c.T("whitespace.open")
}

// clientWords is the key of the client edition's words for the text of key, in that edition.
func clientWords(c *Canvas, key string) string {
	if c.Client {
		return key + "_client"
	}
	return key
}

// Caption is a small muted paragraph across the text width, then space under it.
func (c *Canvas) Caption(text string, after float64) {
	c.font("", smallSize)
	c.colour(muted)
	c.Pen.SetX(c.MarginX)
	c.Pen.MultiCell(c.Width(), 3.8, text, "", "L", false)
	c.Pen.Ln(after)
}
