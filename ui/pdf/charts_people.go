package pdf

import (
	"fmt"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// The influence map on paper is the layout the app draws (chart.LayoutInfluence), sized for
// the page: every contact has a card or is counted in its cell's "+N", and the names a
// crowded cell could not draw are listed under the map, so nobody is left out.

// influencePaper sizes the layout for the page (the drawing is scaled to the text width):
// tall enough for the most crowded cell, up to about two thirds of a page.
func influencePaper(contacts []domain.Contact) chart.InfluenceOptions {
	o := chart.DefaultInfluenceOptions()
	o.W, o.CardH, o.MinCardW = 900, 21, 130
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

// influenceText is the words of the map in the document's language.
func (d *doc) influenceText() chart.InfluenceText {
	tx := chart.InfluenceText{Zones: map[domain.GridCell]string{}, Influence: d.t("peoplemaps.axis.influence"),
		Attitude: d.t("peoplemaps.axis.attitude"), More: d.t("peoplemaps.more")}
	for _, z := range domain.GridCells {
		tx.Zones[z] = d.t("grid." + string(z))
	}
	for a := -2; a <= 2; a++ {
		tx.Attitudes[a+2] = d.t(fmt.Sprintf("attitude.%d", a))
	}
	return tx
}

// influenceLayout is the map of the plan's contacts and the scale that puts it on the page.
func (d *doc) influenceLayout() (chart.InfluenceMap, float64) {
	m := chart.LayoutInfluence(d.plan.Contacts, d.influenceText(), influencePaper(d.plan.Contacts))
	return m, d.width() / m.Frame.W
}

// influenceMapHeight is the height of the map with its heading, in millimetres.
func (d *doc) influenceMapHeight() float64 {
	m, f := d.influenceLayout()
	return m.Frame.H*f + 12
}

// influenceMap draws the map, then lists the people it could not show by name.
func (d *doc) influenceMap() {
	m, f := d.influenceLayout()
	h := m.Frame.H * f
	d.heading(d.t("pdf.influence_map"), h+2)
	d.need(h + 2)
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
	fontPt := chart.DefaultInfluenceOptions().FontSize * f / 0.3528
	for _, z := range m.Zones {
		d.pdfLabel(s, z.Label, fontPt, "B", zoneInk(z.Zone), "L")
	}
	for _, l := range m.Axes {
		d.pdfLabel(s, l, fontPt, "", muted, "C")
	}
	var shortened []string
	for _, c := range m.Cells {
		shortened = append(shortened, d.influenceCards(s, c, fontPt)...)
	}
	d.pdf.SetY(s.Point(chart.Point{Y: m.Frame.Bottom()}).Y + 2)
	d.influenceOverflow(m, shortened)
}

// influenceCards draws a cell's cards and "+N"; it returns the names it had to shorten.
func (d *doc) influenceCards(s chart.Scale, c chart.InfluenceCell, fontPt float64) []string {
	var shortened []string
	for _, k := range c.Cards {
		hue := chart.AttitudeColour(k.Attitude)
		pale := light(hue, 0.25)
		d.pdf.SetLineWidth(0.2)
		if k.KeyPlayer {
			d.pdf.SetLineWidth(0.5)
		}
		d.pdfBox(s.Rect(k.Box), &pale, &hue)
		style := ""
		if k.KeyPlayer {
			style = "B"
		}
		if !d.pdfLabel(s, k.Label, fontPt, style, ink, "L") || k.Label.Text != k.Name {
			shortened = append(shortened, k.Name)
		}
	}
	if c.More != nil {
		d.pdf.SetLineWidth(0.2)
		white := chart.White
		d.pdfBox(s.Rect(c.More.Box), &white, &d.accent)
		d.pdfLabel(s, c.More.Label, fontPt, "B", d.accent, "L")
	}
	return shortened
}

// influenceOverflow lists, cell by cell, the people of crowded cells with no card, then the
// names shortened on their cards: everyone is named on the map's pages.
func (d *doc) influenceOverflow(m chart.InfluenceMap, shortened []string) {
	type group struct {
		title string
		names []string
	}
	var groups []group
	for _, c := range m.Cells {
		if c.More == nil {
			continue
		}
		var names []string
		for _, id := range c.ContactIDs[len(c.Cards):] {
			if k := d.plan.FindContact(id); k != nil {
				names = append(names, k.Name)
			}
		}
		groups = append(groups, group{d.t("peoplemaps.pdf.overflow_cell", d.t("grid."+string(c.Zone)), c.Influence,
			d.t(fmt.Sprintf("attitude.%d", c.Attitude))), names})
	}
	if len(shortened) > 0 {
		groups = append(groups, group{d.t("peoplemaps.pdf.shortened"), shortened})
	}
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

// pdfBox fills and/or strokes a box in millimetres.
func (d *doc) pdfBox(r chart.Rect, fill, stroke *chart.RGB) {
	style := ""
	if fill != nil {
		d.fill(*fill)
		style += "F"
	}
	if stroke != nil {
		d.draw(*stroke)
		style += "D"
	}
	d.pdf.Rect(r.X, r.Y, r.W, r.H, style)
}

// pdfLabel writes a layout's label at its place. The layout measures text with an average
// glyph width; where the real font is wider the text is set smaller (down to 90 %), and only
// past that cut to its box (false then).
func (d *doc) pdfLabel(s chart.Scale, l chart.Label, pt float64, style string, c chart.RGB, align string) bool {
	if l.Text == "" {
		return true
	}
	b := s.Rect(l.Box)
	text := d.txt(l.Text)
	d.font(style, pt)
	fits := true
	if w := d.pdf.GetStringWidth(text); w > b.W {
		size := max(0.9, b.W/w) * pt
		d.font(style, size)
		if d.pdf.GetStringWidth(text) > b.W+0.01 {
			text, fits = d.fit(text, b.W), false
		}
	}
	d.colour(c)
	d.pdf.SetXY(b.X, b.Y)
	margin := d.pdf.GetCellMargin()
	d.pdf.SetCellMargin(0)
	d.pdf.CellFormat(b.W, b.H, text, "", 0, align+"M", false, 0, "")
	d.pdf.SetCellMargin(margin)
	return fits
}

func zoneTint(z domain.GridCell) *chart.RGB { c := light(chart.ZoneColour(z), 0.10); return &c }

func zoneInk(z domain.GridCell) chart.RGB { return light(chart.ZoneColour(z), 0.9) }
