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

// orgHeadingH is what a heading takes above a chart, in millimetres.
const orgHeadingH = 11

// relationshipMap is the client's org chart with our assessment on each card and the
// informal links (internal edition).
type relationshipMap struct{}

// pages splits the map into charts that each fit a page below a heading; the first is
// numbered first.
func (rm relationshipMap) pages(d *doc, first int) []chart.OrgChart {
	page := chart.Rect{W: d.width() / orgScale, H: (d.bottom() - marginTop - orgHeadingH) / orgScale}
	o := chart.DefaultOrgOptions()
	o.Measure = onPaper
	return chart.LayoutOrgPages(d.plan.Contacts, d.plan.Links, chart.OrgWords(d.t), o, page, first)
}

// draw draws the map, page by page, then its key and the informal links.
func (rm relationshipMap) draw(d *doc) {
	pages := rm.pages(d, 1)
	if len(pages) == 0 {
		return
	}
	d.heading(d.t("relmap.pdf.title"), pages[0].Frame.H*orgScale+2)
	pages = rm.pages(d, d.pdf.PageNo()) // the same pages, now numbered
	var shortened []string
	for i, m := range pages {
		if i > 0 {
			d.pdf.AddPage()
			d.heading(d.t("relmap.pdf.continued"), m.Frame.H*orgScale+2)
		}
		shortened = append(shortened, rm.page(d, m)...)
	}
	d.font("", smallSize)
	d.colour(muted)
	d.pdf.MultiCell(d.width(), 3.8, d.t("relmap.pdf.intro", rm.badgeKey(d)), "", "L", false)
	d.pdf.Ln(1)
	rm.linkList(d)
	if len(shortened) > 0 {
		d.flowNames(d.t("relmap.pdf.shortened"), shortened)
	}
	d.pdf.Ln(2)
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
func (rm relationshipMap) page(d *doc, m chart.OrgChart) []string {
	defer d.pdf.Figure(d.alt().Relationships(m.Cards))()
	s := chart.Scale{Origin: chart.Point{X: marginX, Y: d.pdf.GetY()}, Factor: orgScale}
	d.draw(muted)
	d.pdf.SetLineWidth(0.25)
	for _, l := range m.Tree {
		rm.line(d, s, l)
	}
	rm.drawLinks(d, s, m.Links) // under the cards: a link never crosses a card's text
	var shortened []string
	for _, c := range m.Cards {
		if rm.card(d, s, c) && !c.Repeated {
			shortened = append(shortened, d.txt(d.plan.FindContact(c.ContactID).Name))
		}
	}
	for _, l := range m.Marks {
		d.pdfLabel(s, l, orgPt(l), "I", muted, "L")
	}
	d.pdf.SetY(s.Point(chart.Point{Y: m.Frame.Bottom()}).Y + 1)
	return shortened
}

// orgPt is the font size of a label in points.
func orgPt(l chart.Label) float64 { return chart.OrgFontSize(l) * orgScale / ptToMM }

func (rm relationshipMap) line(d *doc, s chart.Scale, l chart.Line) {
	a, b := s.Point(l.From), s.Point(l.To)
	d.pdf.Line(a.X, a.Y, b.X, b.Y)
}

// card draws a card; true when its name had to be shortened.
func (rm relationshipMap) card(d *doc, s chart.Scale, c chart.OrgCard) bool {
	hue := chart.AttitudeColour(c.Attitude)
	pale := light(hue, 0.22)
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
	full := d.pdfLabel(s, c.Name, orgPt(c.Name), "B", ink, "L")
	full = full && c.Name.Text == d.plan.FindContact(c.ContactID).Name
	d.pdfLabel(s, c.Key, orgPt(c.Key), "B", chart.KeyGold, "R")
	for _, l := range c.Title {
		d.pdfLabel(s, l, orgPt(l), "", muted, "L")
	}
	d.pdfLabel(s, c.Rel, orgPt(c.Rel), "", ink, "L")
	rm.cardMarks(d, s, c)
	return !full
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
	}
}

// pill is the "continues on page N" mark under a card.
func (rm relationshipMap) pill(d *doc, s chart.Scale, l chart.Label) {
	b := s.Rect(l.Box)
	d.fill(d.accent)
	d.pdf.RoundedRect(b.X, b.Y, b.W, b.H, b.H/2, "1234", "F")
	d.pdfLabel(s, l, orgPt(l), "", chart.White, "C")
}

// drawLinks draws the informal links: an arrow for "influences", red dashes for a conflict.
func (rm relationshipMap) drawLinks(d *doc, s chart.Scale, links []chart.OrgLink) {
	red := chart.Red
	for _, l := range links {
		if l.Kind == domain.LinkConflict {
			d.draw(red)
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

// linkList says every informal link in words (a link may join people on two pages).
func (rm relationshipMap) linkList(d *doc) {
	if len(d.plan.Links) == 0 {
		return
	}
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
	d.heading(d.t("relmap.pdf.links"), 8)
	d.font("", smallSize)
	d.colour(ink)
	d.pdf.MultiCell(d.width(), 3.8, strings.Join(lines, "\n"), "", "L", false)
	d.pdf.Ln(1)
}
