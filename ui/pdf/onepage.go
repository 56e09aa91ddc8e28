package pdf

import (
	"fmt"
	"sort"

	"kamplan/domain"
	"kamplan/domain/summary"
	"kamplan/ui/chart"
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

func (d *doc) buildOnePage() {
	d.pdf.SetAutoPageBreak(false, 0)
	d.pdf.AddPage()
	d.onePageBand()
	colW := (d.width() - 2*opGap) / 3
	x := [3]float64{marginX, marginX + colW + opGap, marginX + 2*(colW+opGap)}
	d.onePageColumn(x[0], colW, d.opWallet, d.opPosition)
	d.onePageColumn(x[1], colW, d.opObjectives, d.opActions)
	d.onePageColumn(x[2], colW, d.opPeople, d.opKPIs)
	d.onePageFooter()
}

func (d *doc) onePageBand() {
	w, _ := d.pdf.GetPageSize()
	d.fill(d.accent)
	d.pdf.Rect(0, 0, w, 26, "F")
	d.pdf.SetTextColor(255, 255, 255)
	d.pdf.SetXY(marginX, 6)
	d.font("B", 17)
	d.pdf.CellFormat(d.width()*0.65, 8, d.fit(d.txt(d.account.Name), d.width()*0.65), "", 0, "L", false, 0, "")
	d.font("", 9)
	d.pdf.CellFormat(d.width()*0.35, 8, d.t("edition."+d.edition())+" · "+d.docDate(), "", 2, "R", false, 0, "")
	d.pdf.SetX(marginX)
	d.font("", 11)
	d.pdf.CellFormat(d.width(), 7, d.fit(d.t("pdf.title")+" · "+d.txt(d.plan.Period), d.width()), "", 0, "L", false, 0, "")
}

// onePageColumn lays out blocks one under the other in a column of width w.
func (d *doc) onePageColumn(x, w float64, blocks ...func(x, w float64)) {
	d.pdf.SetXY(x, opTop)
	for _, b := range blocks {
		b(x, w)
		d.pdf.SetY(d.pdf.GetY() + 4)
	}
}

func (d *doc) opHeading(x, w float64, key string) {
	d.pdf.SetX(x)
	d.font("B", 10.5)
	d.colour(d.accent)
	d.pdf.CellFormat(w, 6, d.t(key), "B", 2, "L", false, 0, "")
	d.pdf.SetY(d.pdf.GetY() + 1.5)
}

// opLine writes one line cut to fit, with a muted label on the left when given.
func (d *doc) opLine(x, w float64, label, text string) {
	d.pdf.SetX(x)
	d.font("", 8.5)
	lw := 0.0
	if label != "" {
		lw = w * 0.5
		d.colour(muted)
		d.pdf.CellFormat(lw, opLines, d.fit(label, lw-2), "", 0, "L", false, 0, "")
	}
	d.colour(ink)
	d.pdf.CellFormat(w-lw, opLines, d.fit(text, w-lw-2), "", 2, "L", false, 0, "")
}

func (d *doc) opWallet(x, w float64) {
	d.opHeading(x, w, "pdf.wallet")
	wl := d.plan.Wallet
	if wl.Potential > 0 {
		y := d.pdf.GetY()
		ours := min(1, float64(wl.Revenue)/float64(wl.Potential))
		d.fill(chart.Rest)
		d.pdf.Rect(x, y, w, 6, "F")
		d.fill(d.accent)
		d.pdf.Rect(x, y, w*ours, 6, "F")
		d.pdf.SetY(y + 8)
	}
	d.opLine(x, w, d.t("pdf.share"), d.shareOnly(wl))
	d.opLine(x, w, d.t("pdf.potential"), d.loc.Money(wl.Potential, d.plan.Currency))
	d.opLine(x, w, d.t("pdf.revenue"), d.loc.Money(wl.Revenue, d.plan.Currency))
	d.opLine(x, w, d.t("pdf.white_space"), d.loc.Money(wl.WhiteSpace(), d.plan.Currency))
	d.opLine(x, w, d.t("pdf.sum.stage"), d.stageName(d.plan.StageNow)+" → "+d.stageName(d.plan.StageTarget))
}

func (d *doc) shareOnly(w domain.Wallet) string {
	if v, ok := w.ShareOfWallet(); ok {
		return d.loc.Pct(v)
	}
	return d.t("pdf.unknown")
}

// opPosition is the portfolio quadrant, internal edition only.
func (d *doc) opPosition(x, w float64) {
	if d.client {
		return
	}
	d.opHeading(x, w, "pdf.sum.quadrant")
	pos := d.plan.Portfolio.Position(d.in.Settings.Cutoff)
	if !pos.Placed {
		d.opLine(x, w, "", d.t("portfolio.incomplete"))
		return
	}
	d.opLine(x, w, "", d.t("portfolio."+string(pos.Quadrant)))
	d.opLine(x, w, d.t("portfolio.attractiveness"), d.loc.Number(pos.Attractiveness, 1))
	d.opLine(x, w, d.t("portfolio.strength"), d.loc.Number(pos.Strength, 1))
	d.pdf.SetX(x)
	d.font("", 8)
	d.colour(muted)
	d.pdf.MultiCell(w, 3.8, d.clip(d.t("portfolio."+string(pos.Quadrant)+".advice"), w, 2), "", "L", false)
}

func (d *doc) opObjectives(x, w float64) {
	d.opHeading(x, w, "pdf.sum.objectives")
	f := summary.Of(d.plan, d.in.Settings.Cutoff, d.in.Today)
	if len(f.TopObjectives) == 0 {
		d.opLine(x, w, "", d.t("pdf.not_assessed"))
	}
	for i, o := range f.TopObjectives {
		d.pdf.SetX(x)
		d.font("", 8.5)
		d.colour(ink)
		text := fmt.Sprintf("%d. %s", i+1, d.internalMark(o.Internal)+d.txt(o.Statement))
		d.pdf.MultiCell(w, 3.9, d.clip(text, w, 3), "", "L", false)
		d.opLine(x+4, w-4, d.t("pdf.deadline"), d.loc.LongDate(o.Deadline))
		d.pdf.SetY(d.pdf.GetY() + 1.5)
	}
}

// opActions are the next open actions by due date.
func (d *doc) opActions(x, w float64) {
	d.opHeading(x, w, "pdf.onepage.next_actions")
	var open []domain.Action
	for _, a := range d.plan.Actions {
		if a.Open() && !a.Due.IsZero() {
			open = append(open, a)
		}
	}
	sort.SliceStable(open, func(i, j int) bool { return open[i].Due.Before(open[j].Due) })
	if len(open) == 0 {
		d.opLine(x, w, "", d.t("pdf.none"))
	}
	for i, a := range open {
		if i == opMaxKey || !d.opRoom(9) {
			break
		}
		d.opTwoLines(x, w, d.loc.LongDate(a.Due)+" · "+d.txt(a.Owner), d.txt(a.Title))
	}
}

func (d *doc) opKPIs(x, w float64) {
	d.opHeading(x, w, "pdf.s.kpis")
	if len(d.plan.KPIs) == 0 {
		d.opLine(x, w, "", d.t("pdf.not_assessed"))
	}
	for i, k := range d.plan.KPIs {
		if i == opMaxKey || !d.opRoom(2*opLines) {
			d.opLine(x, w, "", d.t("pdf.and_more", len(d.plan.KPIs)-opMaxKey))
			break
		}
		y := d.pdf.GetY()
		d.fill(chart.StatusColour(k.Status()))
		d.pdf.Circle(x+1.8, y+opLines/2, 1.5, "F")
		d.opLine(x+5, w-5, "", d.internalMark(k.Internal)+d.txt(k.Name))
	}
}

// opRoom reports whether h millimetres still fit above the footer.
func (d *doc) opRoom(h float64) bool {
	_, ph := d.pdf.GetPageSize()
	return d.pdf.GetY()+h <= ph-16
}

// opTwoLines is a muted line over a text of at most two lines.
func (d *doc) opTwoLines(x, w float64, above, text string) {
	d.pdf.SetX(x)
	d.font("", 7.5)
	d.colour(muted)
	d.pdf.CellFormat(w, 3.6, d.fit(above, w-2), "", 2, "L", false, 0, "")
	d.pdf.SetX(x)
	d.font("", 8.5)
	d.colour(ink)
	d.pdf.MultiCell(w, 3.9, d.clip(text, w, 2), "", "L", false)
	d.pdf.SetY(d.pdf.GetY() + 1)
}

func (d *doc) onePageFooter() {
	_, h := d.pdf.GetPageSize()
	d.pdf.SetXY(marginX, h-12)
	d.font("", smallSize)
	d.colour(muted)
	d.pdf.CellFormat(d.width()/2, 5, d.fit(d.txt(d.in.Settings.CompanyName), d.width()/2), "", 0, "L", false, 0, "")
	d.colour(d.accent)
	d.pdf.CellFormat(d.width()/2, 5, d.t("pdf.confidential."+d.edition()), "", 0, "R", false, 0, "")
}
