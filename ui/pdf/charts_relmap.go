package pdf

import (
	"strings"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// The relationship map on paper (internal edition only): the same org chart as the screen,
// from chart.LayoutOrgPages — cards and reports-to lines, informal links, split by subtree
// over pages with "continued" marks; every page's chart fits its page, so no chart is ever
// cut by a page break. Under it: the key, the informal links in words, and any name the
// cards had to shorten.

// orgScale is the size of a layout unit on paper, in millimetres (a card is 37.6 mm wide).
const orgScale = 0.2

// orgPaper sizes the cards for print: at orgScale the screen's type would be 4.5–6 pt, so
// names are set at 7.3 pt, titles, levels and badges at 6.5 pt (see minType), and the
// cards are larger to hold them.
func orgPaper() chart.OrgOptions {
	o := chart.DefaultOrgOptions()
	o.NameSize, o.TextSize, o.BadgeSize = 12.9, 11.5, 11.5
	o.CardW, o.CardH = 222, 92
	return o
}

// orgTint is how much of its attitude's colour a card is filled with; cardSubtle, the
// colour of its titles: darker than muted, to read on every tint.
const orgTint = 0.22

var cardSubtle = chart.Mix(chart.Muted, chart.Ink, 0.45)

// orgHeadingH is what a heading takes above a chart, in millimetres.
const orgHeadingH = 11

// relationshipMap is the client's org chart with our assessment on each card and the
// informal links (internal edition).
type relationshipMap struct{}

// pages splits the map into charts that each fit a page below a heading; the first is
// numbered first.
func (rm relationshipMap) pages(d *doc, first int) []chart.OrgChart {
	page := chart.Rect{W: d.width() / orgScale, H: (d.bottom() - marginTop - orgHeadingH) / orgScale}
	o := orgPaper()
	o.Measure = onPaper
	return chart.LayoutOrgPages(d.plan.Contacts, d.plan.Links, chart.OrgWords(d.t), o, page, first)
}

// draw draws the map, page by page, then its key, the informal links and the names it
// shortened. A map on one page floats to the next with all of these when it does not fit
// the rest of a page still under half full (see doc.place).
func (rm relationshipMap) draw(d *doc) {
	pages := rm.pages(d, 1)
	switch {
	case len(pages) == 0:
	case len(pages) == 1:
		d.floats.place(d, rm.height(d, pages[0]), func() { rm.drawPages(d, pages[0]) })
	default:
		rm.drawPages(d, pages[0])
	}
}

// height is what a map on one page takes with its heading, key and lists.
func (rm relationshipMap) height(d *doc, m chart.OrgChart) float64 {
	d.font("", smallSize)
	h := 9 + m.Frame.H*orgScale + 2 + float64(len(d.pdf.SplitText(rm.intro(d), d.width())))*3.8 + 1
	if lines := rm.links(d); len(lines) > 0 {
		h += 9 + float64(len(d.pdf.SplitText(strings.Join(lines, "\n"), d.width())))*3.8 + 1
	}
	if names := rm.shortened(d, []chart.OrgChart{m}); len(names) > 0 {
		h += d.flowHeight(d.t("relmap.pdf.shortened"), names)
	}
	return h + 2
}

func (rm relationshipMap) intro(d *doc) string { return d.t("relmap.pdf.intro", rm.badgeKey(d)) }

// drawPages draws the map under its heading, page by page, then its key and lists.
func (rm relationshipMap) drawPages(d *doc, first chart.OrgChart) {
	d.listedHeading(d.t("relmap.pdf.title"), first.Frame.H*orgScale+2)
	base := d.pdf.PageNo()
	pages := rm.pages(d, base)  // the same pages, now numbered
	drawnOn := map[string]int{} // contact → the page of its card
	for i, m := range pages {
		for _, c := range m.Cards {
			if !c.Repeated {
				drawnOn[c.ContactID] = base + i
			}
		}
	}
	for i, m := range pages {
		if i > 0 {
			d.pdf.AddPage()
			d.heading(d.t("relmap.pdf.continued"), m.Frame.H*orgScale+2)
		}
		rm.page(d, m, drawnOn)
	}
	d.font("", smallSize)
	d.colour(muted)
	d.pdf.MultiCell(d.width(), 3.8, rm.intro(d), "", "L", false)
	d.pdf.Ln(1)
	rm.linkList(d)
	if names := rm.shortened(d, pages); len(names) > 0 {
		d.flowNames(d.t("relmap.pdf.shortened"), names)
	}
	d.pdf.Ln(2)
}

// shortened are the people whose name the map's cards shorten.
func (rm relationshipMap) shortened(d *doc, pages []chart.OrgChart) []string {
	var names []string
	for _, m := range pages {
		for _, c := range m.Cards {
			if name := d.plan.FindContact(c.ContactID).Name; !c.Repeated && c.Name.Text != name {
				names = append(names, d.txt(name))
			}
		}
	}
	return names
}

// badgeKey explains the badges: "DEC decider, …".
func (rm relationshipMap) badgeKey(d *doc) string {
	var parts []string
	for _, r := range domain.BuyingRoles {
		parts = append(parts, d.t("relmap.badge."+string(r))+" "+strings.ToLower(d.t("buying."+string(r))))
	}
	for _, r := range domain.SellingRoles {
		parts = append(parts, d.t("relmap.badge."+chart.SellingBadge(r))+" "+strings.ToLower(d.t("selling."+string(r))))
	}
	return strings.Join(parts, ", ")
}

// page draws one page's chart at the current position; it returns the names it shortened.
// page draws one page of the map; a "continued from p. N" mark links to the page where
// its card is drawn (drawnOn).
func (rm relationshipMap) page(d *doc, m chart.OrgChart, drawnOn map[string]int) {
	defer d.pdf.Figure(altOf(d).Relationships(m.Cards))()
	s := chart.Scale{Origin: chart.Point{X: marginX, Y: d.pdf.GetY()}, Factor: orgScale}
	d.draw(muted)
	d.pdf.SetLineWidth(0.25)
	for _, l := range m.Tree {
		rm.line(d, s, l)
	}
	rm.drawLinks(d, s, m.Links) // under the cards: a link never crosses a card's text
	for _, c := range m.Cards {
		rm.card(d, s, c)
	}
	for _, l := range m.Marks {
		d.pdfLabel(s, l, orgPt(l), "I", muted, "L")
		if n, ok := drawnOn[l.ID]; ok {
			b := s.Rect(l.Box)
			d.pdf.Link(b.X, b.Y, b.W, b.H, d.pageLinks.to(d, n))
		}
	}
	d.pdf.SetY(s.Point(chart.Point{Y: m.Frame.Bottom()}).Y + 1)
}

// orgPt is the font size of a label in points.
func orgPt(l chart.Label) float64 { return chart.OrgFontSize(l) * orgScale / ptToMM }

func (rm relationshipMap) line(d *doc, s chart.Scale, l chart.Line) {
	a, b := s.Point(l.From), s.Point(l.To)
	d.pdf.Line(a.X, a.Y, b.X, b.Y)
}

// card draws a card.
func (rm relationshipMap) card(d *doc, s chart.Scale, c chart.OrgCard) {
	hue := chart.AttitudeColour(c.Attitude)
	pale := light(hue, orgTint)
	d.fill(pale)
	d.draw(hue)
	d.pdf.SetLineWidth(0.25)
	if c.KeyPlayer {
		d.pdf.SetLineWidth(0.6)
	}
	if c.Repeated {
		d.pdf.SetDashPattern([]float64{1, 0.8}, 0)
	}
	b := s.Rect(c.Box)
	d.pdf.RoundedRect(b.X, b.Y, b.W, b.H, 1, "1234", "FD")
	d.pdf.SetDashPattern(nil, 0)
	d.pdfLabel(s, c.Name, orgPt(c.Name), "B", ink, "L")
	d.pdfLabel(s, c.Key, orgPt(c.Key), "B", d.look.Mark(chart.KeyGold), "R")
	for _, l := range c.Title {
		d.pdfLabel(s, l, orgPt(l), "", cardSubtle, "L")
	}
	d.pdfLabel(s, c.Rel, orgPt(c.Rel), "", ink, "L")
	rm.cardMarks(d, s, c)
}

// cardMarks are a card's influence weight, its role badges and where it continues.
func (rm relationshipMap) cardMarks(d *doc, s chart.Scale, c chart.OrgCard) {
	d.pdf.SetLineWidth(0.15)
	for i, w := range c.Weight {
		var fill *chart.RGB
		if i < c.Influence {
			fill = &ink
		}
		d.pdfBox(s.Rect(w), fill, &ink)
	}
	grey := light(ink, 0.12)
	for _, l := range c.Badges {
		d.pdfBox(s.Rect(l.Box), &grey, nil)
		d.pdfLabel(s, l, orgPt(l), "B", ink, "C")
	}
	if c.Continues != nil {
		rm.pill(d, s, *c.Continues)
		b := s.Rect(c.Continues.Box)
		d.pdf.Link(b.X, b.Y, b.W, b.H, d.pageLinks.to(d, c.ContinuesOn))
	}
}

// pill is the "continues on page N" mark under a card.
func (rm relationshipMap) pill(d *doc, s chart.Scale, l chart.Label) {
	b := s.Rect(l.Box)
	d.fill(d.accent)
	d.pdf.RoundedRect(b.X, b.Y, b.W, b.H, b.H/2, "1234", "F")
	d.pdfLabel(s, l, orgPaper().TextSize*orgScale/ptToMM, "", d.look.TextOn(d.accent), "C") // the size it is measured at
}

// drawLinks draws the informal links: an arrow for "influences", red dashes for a conflict.
func (rm relationshipMap) drawLinks(d *doc, s chart.Scale, links []chart.OrgLink) {
	red := chart.Red
	for _, l := range links {
		if l.Kind == domain.LinkConflict {
			paint(d).Signal(true).Line(red)
			d.pdf.SetLineWidth(0.4)
			for _, x := range l.Dashes {
				rm.line(d, s, x)
			}
			continue
		}
		d.draw(d.accent)
		d.pdf.SetLineWidth(0.35)
		rm.line(d, s, l.Line)
		for _, x := range l.Arrow {
			rm.line(d, s, x)
		}
	}
}

// links says every informal link in words (a link may join people on two pages).
func (rm relationshipMap) links(d *doc) []string {
	name := func(id string) string {
		if k := d.plan.FindContact(id); k != nil {
			return d.txt(k.Name)
		}
		return "?"
	}
	var lines []string
	for _, l := range d.plan.Links {
		key := "relmap.pdf.link_influences"
		if l.Kind == domain.LinkConflict {
			key = "relmap.pdf.link_conflict"
		}
		lines = append(lines, d.t(key, name(l.From), name(l.To)))
	}
	return lines
}

// linkList lists the informal links under their heading.
func (rm relationshipMap) linkList(d *doc) {
	lines := rm.links(d)
	if len(lines) == 0 {
		return
	}
	d.heading(d.t("relmap.pdf.links"), 8)
	d.font("", smallSize)
	d.colour(ink)
	d.pdf.MultiCell(d.width(), 3.8, strings.Join(lines, "\n"), "", "L", false)
	d.pdf.Ln(1)
}
