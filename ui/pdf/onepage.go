package pdf

import (
	"fmt"
	"sort"

	"kamplan/domain"
	"kamplan/domain/summary"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/charts"
	"kamplan/ui/pdf/theme"
)

// The plan on a page: one landscape page in three columns, under the edition's rules —
// account and wallet, (internal) the portfolio quadrant, the top objectives and the next
// actions, the key people with our coverage (internal) or the governance (client), and
// the KPI lights. Every line is cut to fit: the page never spills onto a second one.

const (
	opTop    = 34.0 // where the columns start
	opGap    = 8.0
	opLines  = 4.4
	opMaxKey = 10 // people, actions and KPIs listed at most
)

// A block is one part of the plan on a page, drawn at the cursor into a column.
type block interface{ draw(c column) }

// onePageColumns are the blocks of the plan on a page, column by column. A new block is a
// type and its place here.
var onePageColumns = [3][]block{
	{opWallet{}, opPosition{}, opKPIs{}},
	{opObjectives{}, opActions{}},
	{opPeople{}},
}

// onePage is the edition of the plan on one landscape page.
type onePage struct{}

func (op onePage) draw(d *doc) {
	d.pdf.SetAutoPageBreak(false, 0)
	d.pdf.AddPage()
	op.band(d)
	colW := (d.width() - 2*opGap) / 3
	for i, blocks := range onePageColumns {
		c := column{d: d, x: marginX + float64(i)*(colW+opGap), w: colW, scale: 1}
		d.pdf.SetXY(c.x, opTop)
		for _, b := range blocks {
			b.draw(c)
			d.pdf.SetY(d.pdf.GetY() + 4)
		}
	}
	op.footer(d)
}

// band is the top of the page: the account, the edition, the date, the period; on an
// accent band in the modern theme, else in the theme's title colour over its rule.
func (onePage) band(d *doc) {
	w, _ := d.pdf.GetPageSize()
	if d.look.Cover == theme.CoverBand {
		d.fill(d.accent)
		d.pdf.Rect(0, 0, w, 26, "F")
		d.pdf.SetTextColor(255, 255, 255)
	} else {
		d.colour(d.look.TitleColour(d.accent))
		d.pdf.SetY(26)
		titleRule(d)
	}
	d.pdf.SetXY(marginX, 6)
	d.look.HeadingFont(d.pdf, 17)
	d.pdf.CellFormat(d.width()*0.65, 8, d.fit(d.txt(d.account.Name), d.width()*0.65), "", 0, "L", false, 0, "")
	d.font("", 9)
	d.pdf.CellFormat(d.width()*0.35, 8, d.t("edition."+d.edition())+" · "+d.docDate(), "", 2, "R", false, 0, "")
	d.pdf.SetX(marginX)
	d.font("", 11)
	d.pdf.CellFormat(d.width(), 7, d.fit(d.t("pdf.title")+" · "+d.txt(d.plan.Period), d.width()), "", 0, "L", false, 0, "")
}

// column is where a block is drawn: the document, the column's left edge and width, and
// the scale of its lines of two (1 unless a block needs smaller type to list everything).
type column struct {
	d     *doc
	x, w  float64
	scale float64
}

// heading is a block's title, underlined.
func (c column) heading(key string) {
	d, x, w := c.d, c.x, c.w
	d.pdf.SetX(x)
	d.look.HeadingFont(d.pdf, 10.5)
	d.colour(d.look.TitleColour(d.accent))
	d.draw(ink) // the rule under it, whatever the block before drew with
	d.pdf.CellFormat(w, 6, d.t(key), "B", 2, "L", false, 0, "")
	d.pdf.SetY(d.pdf.GetY() + 1.5)
}

// line writes one line cut to fit, or a fact when it has a label.
func (c column) line(label, text string) {
	if label != "" {
		c.facts(fact{label, text})
		return
	}
	c.d.pdf.SetX(c.x)
	c.d.font("", 8.5)
	c.d.colour(ink)
	c.d.pdf.CellFormat(c.w, opLines, c.d.fit(text, c.w-2), "", 2, "L", false, 0, "")
}

// fact is one line of a list of facts: a muted label and its value.
type fact struct{ label, value string }

// facts writes a list whose values all start at one x, right of the widest label (at most
// half the column away); a value too long for the rest of the line wraps under itself.
func (c column) facts(fs ...fact) {
	d := c.d
	d.font("", 8.5)
	lw := 0.0
	for _, f := range fs {
		lw = max(lw, d.pdf.GetStringWidth(f.label)+3)
	}
	lw = min(lw, c.w/2)
	for _, f := range fs {
		d.pdf.SetX(c.x)
		d.colour(muted)
		d.pdf.CellFormat(lw, opLines, d.fit(f.label, lw-2), "", 0, "L", false, 0, "")
		d.colour(ink)
		d.pdf.MultiCell(c.w-lw, opLines, d.clip(f.value, c.w-lw-2, 2), "", "L", false)
	}
}

// opWallet is the wallet: a bar of our share with its key, and the figures.
type opWallet struct{}

func (opWallet) draw(c column) {
	d := c.d
	if !d.walletShown() {
		return
	}
	c.heading("pdf.wallet")
	wl := d.plan.Wallet
	charts.SpendBar{Revenue: wl.Revenue, Potential: wl.Potential}.Draw(canvasOf(d), c.x, c.w)
	money := func(v int64) string { return d.loc.Money(v, d.plan.Currency) }
	c.facts(fact{d.t("pdf.share"), d.shareOnly(wl)}, fact{d.t("pdf.potential"), money(wl.Potential)},
		fact{d.t("pdf.revenue"), money(wl.Revenue)}, fact{d.t("pdf.white_space"), money(wl.WhiteSpace())})
}

// opPosition is the portfolio quadrant, internal edition only.
type opPosition struct{}

func (opPosition) draw(c column) {
	d, x, w := c.d, c.x, c.w
	if d.client {
		return
	}
	c.heading("pdf.sum.quadrant")
	pos := d.plan.Portfolio.Position(d.in.Settings.Cutoff)
	if !pos.Placed {
		c.line("", d.t("portfolio.incomplete"))
		return
	}
	c.line("", d.t("portfolio."+string(pos.Quadrant)))
	c.facts(fact{d.t("portfolio.attractiveness"), d.loc.Number(pos.Attractiveness, 1)},
		fact{d.t("portfolio.strength"), d.loc.Number(pos.Strength, 1)})
	d.pdf.SetX(x)
	d.font("", 8)
	d.colour(muted)
	d.pdf.MultiCell(w, 3.8, d.clip(d.t("portfolio."+string(pos.Quadrant)+".advice"), w, 2), "", "L", false)
}

// opObjectives are the top objectives with their deadlines.
type opObjectives struct{}

func (opObjectives) draw(c column) {
	d, x, w := c.d, c.x, c.w
	c.heading("pdf.sum.objectives")
	f := summary.Of(d.plan, d.in.Settings.Cutoff, d.in.Today)
	if len(f.TopObjectives) == 0 {
		c.line("", d.t("pdf.not_assessed"))
	}
	for i, o := range f.TopObjectives {
		d.pdf.SetX(x)
		d.font("", 8.5)
		d.colour(ink)
		text := fmt.Sprintf("%d. %s", i+1, d.internalMark(o.Internal)+d.txt(o.Statement))
		d.pdf.MultiCell(w, 3.9, d.clip(text, w, 3), "", "L", false)
		column{d, x + 4, w - 4, 1}.line(d.t("pdf.deadline"), d.loc.LongDate(o.Deadline))
		d.pdf.SetY(d.pdf.GetY() + 1.5)
	}
}

// opActions are the next open actions by due date.
type opActions struct{}

func (opActions) draw(c column) {
	d := c.d
	c.heading("pdf.onepage.next_actions")
	fired := summary.FiredPlanB(d.plan)
	var open []domain.Action
	for _, a := range d.plan.Actions {
		if a.Open() && !a.Due.IsZero() && (!a.Contingency || fired[a.ID]) {
			open = append(open, a)
		}
	}
	sort.SliceStable(open, func(i, j int) bool { return open[i].Due.Before(open[j].Due) })
	if len(open) == 0 {
		c.line("", d.t("pdf.none"))
	}
	for i, a := range open {
		if i == opMaxKey || !c.room(9) {
			c.line("", d.t("pdf.and_more", len(open)-i))
			break
		}
		when, title := d.loc.LongDate(a.Due)+" · "+d.txt(a.Owner), d.internalMark(a.Internal)+d.txt(a.Title)
		if !a.Overdue(d.in.Today) {
			c.twoLines(when, title)
			continue
		}
		overdue := chart.StatusColour(domain.StatusRed) // a signal, in colour in every theme
		c.twoLinesAbove(paint(d).Signal(true), overdue, d.t("status.overdue")+" · "+when, title)
	}
}

// opKPIs are the KPIs with their lights.
type opKPIs struct{}

func (opKPIs) draw(c column) {
	d, x, w := c.d, c.x, c.w
	c.heading("pdf.s.kpis")
	if len(d.plan.KPIs) == 0 {
		c.line("", d.t("pdf.not_assessed"))
	}
	for i, k := range d.plan.KPIs {
		if i == opMaxKey || !c.room(2*opLines) {
			c.line("", d.t("pdf.and_more", len(d.plan.KPIs)-opMaxKey))
			break
		}
		y := d.pdf.GetY()
		paint(d).Signal(true).Fill(chart.StatusColour(k.Status()))
		d.pdf.Circle(x+1.8, y+1.95, 1.5, "F") // beside the name, its value under it
		column{d, x + 5, w - 5, 1}.textThenLine(d.internalMark(k.Internal)+d.txt(k.Name), d.txt(d.loc.KPIAgainstTarget(k))+" · "+d.t(charts.LightKey(k.Status())))
	}
	if next := nextReview(d); next != "" && c.room(opLines) {
		c.line(d.t("pdf.next_review"), next)
	}
}

// room reports whether h millimetres still fit above the footer.
func (c column) room(h float64) bool {
	_, ph := c.d.pdf.GetPageSize()
	return c.d.pdf.GetY()+h <= ph-16
}

// twoLines is a muted line over a text of at most two lines.
func (c column) twoLines(above, text string) { c.twoLinesAbove(paint(c.d), muted, above, text) }

// twoLinesAbove is twoLines with the line above in colour k, as p prints it.
func (c column) twoLinesAbove(p theme.Paint, k chart.RGB, above, text string) {
	c.small(p, k, above)
	c.text(text)
	c.d.pdf.SetY(c.d.pdf.GetY() + c.scale)
}

// textThenLine is a text of at most two lines with a muted line under it: a person, then who
// meets them (above, the line read as the person's before).
func (c column) textThenLine(text, below string) {
	c.text(text)
	c.small(paint(c.d), muted, below)
	c.d.pdf.SetY(c.d.pdf.GetY() + 1.6*c.scale)
}

// small is a line of small type in colour k, cut to the column.
func (c column) small(p theme.Paint, k chart.RGB, line string) {
	c.d.pdf.SetX(c.x)
	c.d.font("", 7.5*c.scale)
	p.Text(k)
	c.d.pdf.CellFormat(c.w, 3.6*c.scale, c.d.fit(line, c.w-2), "", 2, "L", false, 0, "")
}

// text is a text of at most two lines in ink.
func (c column) text(t string) {
	c.d.pdf.SetX(c.x)
	c.d.font("", 8.5*c.scale)
	c.d.colour(ink)
	c.d.pdf.MultiCell(c.w, 3.9*c.scale, c.d.clip(t, c.w, 2), "", "L", false)
}

// footer is our company and what the edition may be shown to.
func (onePage) footer(d *doc) {
	_, h := d.pdf.GetPageSize()
	d.pdf.SetXY(marginX, h-12)
	d.font("", smallSize)
	d.colour(muted)
	d.pdf.CellFormat(d.width()/2, 5, d.fit(d.txt(d.in.Settings.CompanyName), d.width()/2), "", 0, "L", false, 0, "")
	d.colour(d.accent)
	d.pdf.CellFormat(d.width()/2, 5, d.t("pdf.confidential."+d.edition()), "", 0, "R", false, 0, "")
}
