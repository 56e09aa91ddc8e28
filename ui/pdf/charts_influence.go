package pdf

import (
	"fmt"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// The influence map on paper is the layout the app draws (chart.LayoutInfluence), sized for
// the page: every contact has a card or is counted in its cell's "+N", and the names a
// crowded cell could not draw are listed under the map, so nobody is left out.

// influenceMap is the stakeholders on the grid of influence × attitude (internal edition).
type influenceMap struct{}

// influencePaper sizes the layout for the page (the drawing is scaled to the text width):
// tall enough for the most crowded cell, up to about two thirds of a page.
func influencePaper(contacts []domain.Contact) chart.InfluenceOptions {
	o := chart.DefaultInfluenceOptions()
	o.W, o.CardH, o.MinCardW = 900, 21, 130
	o.FontSize = 12.6 // 6.7 pt on A4's text width (see minType)
	o.Measure = onPaper
	crowd := map[[2]int]int{}
	most := 3
	for _, c := range contacts {
		k := [2]int{c.Influence, c.Attitude}
		crowd[k]++
		most = max(most, crowd[k])
	}
	o.H = min(800, 5*(2*o.Pad+float64(most)*(o.CardH+o.Gap))+2*o.ZoneH+3*o.FontSize*1.3+2*o.Pad)
	return o
}

// layout is the map of the plan's contacts and the scale that puts it on the page.
func (im influenceMap) layout(d *doc) (chart.InfluenceMap, float64) {
	m := chart.LayoutInfluence(d.plan.Contacts, chart.InfluenceWords(d.t), influencePaper(d.plan.Contacts))
	return m, d.width() / m.Frame.W
}

// height is the height of the map with its heading, in millimetres.
func (im influenceMap) height(d *doc) float64 {
	m, f := im.layout(d)
	return im.withList(d, m, f) + 10
}

// withList is the height of the map and of the list of people it does not name, which
// stays with it when the two fit a page.
func (im influenceMap) withList(d *doc, m chart.InfluenceMap, f float64) float64 {
	h := m.Frame.H*f + 2 + im.keyHeight(d)
	groups := im.unnamed(d, m)
	if len(groups) == 0 {
		return h
	}
	d.font("I", smallSize)
	h += float64(len(d.pdf.SplitText(d.t("peoplemaps.pdf.overflow"), d.width()))) * 4
	for _, g := range groups {
		h += d.flowHeight(g.title, g.names)
	}
	if h > d.bottom()-marginTop-headingH {
		return m.Frame.H*f + 2 + im.keyHeight(d) + 4 + lineH
	}
	return h
}

// draw draws the map, then lists the people it could not show by name.
func (im influenceMap) draw(d *doc) {
	m, f := im.layout(d)
	h := im.withList(d, m, f)
	d.listedHeading(d.t("pdf.influence_map"), h)
	d.need(h)
	end := d.pdf.Figure(altOf(d).Influence())
	s := chart.Scale{Origin: chart.Point{X: marginX, Y: d.pdf.GetY()}, Factor: f}
	for _, z := range m.Zones {
		d.pdfBox(s.Rect(z.Box), zoneTint(z.Zone), nil)
	}
	d.pdf.SetLineWidth(0.15)
	for _, c := range m.Cells {
		d.pdfBox(s.Rect(c.Box), nil, &rule)
	}
	d.draw(ink)
	d.pdf.SetLineWidth(0.5)
	for _, l := range m.Cuts {
		a, b := s.Point(l.From), s.Point(l.To)
		d.pdf.Line(a.X, a.Y, b.X, b.Y)
	}
	fontPt := influencePaper(d.plan.Contacts).FontSize * f / ptToMM
	for _, z := range m.Zones {
		d.pdfLabel(s, z.Label, fontPt, "B", zoneInk(z.Zone), "L")
	}
	for _, l := range m.Axes {
		d.pdfLabel(s, l, fontPt, "", muted, "C")
	}
	for _, c := range m.Cells {
		im.cards(d, s, c, fontPt)
	}
	d.pdf.SetY(s.Point(chart.Point{Y: m.Frame.Bottom()}).Y + 2)
	end()
	im.key(d)
	im.overflow(d, m)
}

// key explains the names' colours, borders and weights. Printed in grey the attitudes'
// tints look alike: the key then says that the column is the attitude.
func (im influenceMap) key(d *doc) {
	if !d.look.InGrey {
		var key colourKey
		for a := -2; a <= 2; a++ {
			key = append(key, swatch{Colour: light(chart.AttitudeColour(a), chipTint), Label: d.t(fmt.Sprintf("attitude.%d", a))})
		}
		drawKey(d, key)
	}
	d.font("", smallSize)
	d.colour(muted)
	d.pdf.MultiCell(d.width(), 3.8, d.t(im.keyText(d)), "", "L", false)
	d.pdf.Ln(1.5)
}

// keyHeight is the height of the key.
func (im influenceMap) keyHeight(d *doc) float64 {
	d.font("", smallSize)
	return 4.2 + float64(len(d.pdf.SplitText(d.t(im.keyText(d)), d.width())))*3.8 + 1.5
}

func (influenceMap) keyText(d *doc) string {
	if d.look.InGrey {
		return "peoplemaps.pdf.chip_key_grey"
	}
	return "peoplemaps.pdf.chip_key"
}

// cards draws a cell's cards and "+N".
func (im influenceMap) cards(d *doc, s chart.Scale, c chart.InfluenceCell, fontPt float64) {
	for _, k := range c.Cards {
		hue := chart.AttitudeColour(k.Attitude)
		pale := light(hue, chipTint)
		d.pdf.SetLineWidth(0.2)
		if k.KeyPlayer {
			d.pdf.SetLineWidth(0.5)
		}
		d.pdfBox(s.Rect(k.Box), &pale, &hue)
		style := ""
		if k.KeyPlayer {
			style = "B"
		}
		d.pdfLabel(s, k.Label, fontPt, style, ink, "L")
	}
	if c.More != nil {
		d.pdf.SetLineWidth(0.2)
		white := chart.White
		d.pdfBox(s.Rect(c.More.Box), &white, &d.accent)
		d.pdfLabel(s, c.More.Label, fontPt, "B", d.accent, "L")
	}
}

// unnamedGroup is a title and the people under it the map does not name in full.
type unnamedGroup struct {
	title string
	names []string
}

// unnamed are, cell by cell, the people of crowded cells with no card, then the names
// shortened on their cards.
func (im influenceMap) unnamed(d *doc, m chart.InfluenceMap) []unnamedGroup {
	var groups []unnamedGroup
	var shortened []string
	for _, c := range m.Cells {
		for _, k := range c.Cards {
			if k.Label.Text != k.Name {
				shortened = append(shortened, k.Name)
			}
		}
		if c.More == nil {
			continue
		}
		var names []string
		for _, id := range c.ContactIDs[len(c.Cards):] {
			if k := d.plan.FindContact(id); k != nil {
				names = append(names, k.Name)
			}
		}
		groups = append(groups, unnamedGroup{d.t("peoplemaps.pdf.overflow_cell", d.t("grid."+string(c.Zone)), c.Influence,
			d.t(fmt.Sprintf("attitude.%d", c.Attitude))), names})
	}
	if len(shortened) > 0 {
		groups = append(groups, unnamedGroup{d.t("peoplemaps.pdf.shortened"), shortened})
	}
	return groups
}

// overflow lists the people the map does not name in full: everyone is named on the
// map's pages.
func (im influenceMap) overflow(d *doc, m chart.InfluenceMap) {
	groups := im.unnamed(d, m)
	if len(groups) == 0 {
		d.pdf.Ln(3)
		return
	}
	d.font("I", smallSize)
	d.colour(muted)
	d.need(4 + lineH)
	d.pdf.MultiCell(d.width(), 4, d.t("peoplemaps.pdf.overflow"), "", "L", false)
	for _, g := range groups {
		d.flowNames(g.title, g.names)
	}
	d.pdf.Ln(3)
}

// chipTint is how much of its attitude's colour a name's chip is filled with.
const chipTint = 0.25

func zoneTint(z domain.GridCell) *chart.RGB { c := light(chart.ZoneColour(z), 0.10); return &c }

func zoneInk(z domain.GridCell) chart.RGB { return light(chart.ZoneColour(z), 0.9) }
