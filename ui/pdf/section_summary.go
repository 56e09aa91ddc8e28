package pdf

import (
	"fmt"
	"kamplan/domain"
	"kamplan/domain/summary"
	"strings"
)

// maxAlerts is how many findings the executive summary lists.
const maxAlerts = 5

// summary fits on one page: the figures, the top objectives, the value proposition in a
// few lines, and (internal) the five most important findings, grouped, with where to look.
func (d *doc) summary() {
	d.section("pdf.s.summary", 0)
	f := summary.Of(d.plan, d.in.Settings.Cutoff, d.in.Today)
	rows := [][2]string{}
	if !d.client {
		rows = append(rows, [2]string{d.t("pdf.sum.quadrant"), d.quadrantText(f.Position)})
	}
	rows = append(rows,
		[2]string{d.t("pdf.sum.stage"), d.stageName(f.StageNow) + " → " + d.stageName(f.StageTarget)},
		[2]string{d.t("pdf.sum.share"), d.shareText(d.plan.Wallet)},
		[2]string{d.t("pdf.sum.white_space"), d.loc.Money(f.WhiteSpace, d.plan.Currency)},
		[2]string{d.t("pdf.sum.kpis"), d.t("pdf.sum.kpi_counts", f.KPIStatus[domain.StatusGreen], f.KPIStatus[domain.StatusAmber], f.KPIStatus[domain.StatusRed])},
		[2]string{d.t("pdf.sum.overdue"), d.loc.Number(float64(f.Overdue), 0)},
	)
	d.facts(rows)
	d.heading(d.t("pdf.sum.objectives"), 10)
	if len(f.TopObjectives) == 0 {
		d.notAssessed()
	}
	for _, o := range f.TopObjectives {
		d.bullet(d.clip(d.txt(o.Statement), d.width()-5, 2))
	}
	d.pdf.Ln(2)
	if d.plan.ValueProposition != "" {
		d.heading(d.t("pdf.value_proposition"), 10)
		d.font("", bodySize)
		d.para(d.clip(d.txt(d.plan.ValueProposition), d.width(), 5))
	}
	d.alerts(f.Alerts)
}

// alerts lists the most important findings, each with the page where to look.
func (d *doc) alerts(as []summary.Alert) {
	if d.client || len(as) == 0 {
		return
	}
	d.heading(d.t("pdf.sum.warnings"), 10)
	for i, a := range as {
		if i == maxAlerts {
			d.font("I", smallSize)
			d.colour(muted)
			d.pdf.MultiCell(d.width(), lineH, d.tc("pdf.sum.more_alerts", len(as)-maxAlerts, len(as)-maxAlerts), "", "L", false)
			break
		}
		d.alert(a)
	}
}

func (d *doc) alert(a summary.Alert) {
	text := d.t(a.Key, a.Args...)
	if len(a.Names) > 0 && a.Names[0] != "" {
		text = d.t(a.Key, len(a.Names), d.nameList(a.Names, 4))
	}
	text = d.clip(text, d.width()-30, 2)
	y := d.pdf.GetY()
	d.bulletAt(text, d.width()-30)
	after := d.pdf.GetY()
	d.pdf.SetXY(marginX+d.width()-24, y)
	d.pageRefAt("pdf.s."+a.Section, 24)
	d.pdf.SetY(after)
}

// nameList joins names, at most n of them and "and N more".
func (d *doc) nameList(names []string, n int) string {
	var out []string
	for i, s := range names {
		if i == n {
			return strings.Join(out, ", ") + " " + d.t("pdf.and_more", len(names)-n)
		}
		out = append(out, d.txt(s))
	}
	return strings.Join(out, ", ")
}

// clip keeps at most lines lines of text at width w in the current font, ending in "…".
func (d *doc) clip(text string, w float64, lines int) string {
	got := d.pdf.SplitText(text, w)
	if len(got) <= lines {
		return text
	}
	last := d.fit(got[lines-1]+" …", w-2)
	return strings.Join(append(got[:lines-1], last), " ")
}

func (d *doc) bullet(text string) { d.bulletAt(text, d.width()) }

// bulletAt writes a bulleted paragraph w millimetres wide.
func (d *doc) bulletAt(text string, w float64) {
	d.font("", bodySize)
	d.colour(ink)
	lines := d.pdf.SplitText(text, w-5)
	d.need(float64(len(lines)) * lineH)
	y := d.pdf.GetY()
	d.fill(d.accent)
	d.pdf.Circle(marginX+1.5, y+2.3, 0.8, "F")
	d.pdf.SetXY(marginX+5, y)
	d.pdf.MultiCell(w-5, lineH, text, "", "L", false)
	d.pdf.Ln(0.8)
}

func (d *doc) quadrantText(p domain.Position) string {
	if !p.Placed {
		return d.t("portfolio.incomplete")
	}
	return fmt.Sprintf("%s (%s %s, %s %s) — %s", d.t("portfolio."+string(p.Quadrant)),
		d.t("portfolio.attractiveness"), d.loc.Number(p.Attractiveness, 1), d.t("portfolio.strength"), d.loc.Number(p.Strength, 1),
		d.t("portfolio."+string(p.Quadrant)+".advice"))
}

func (d *doc) stageName(s domain.Stage) string {
	if !s.Valid() {
		return "—"
	}
	return d.t(fmt.Sprintf("stage.%d", s))
}

func (d *doc) shareText(w domain.Wallet) string {
	v, ok := w.ShareOfWallet()
	if !ok {
		return d.t("pdf.unknown")
	}
	return d.t("pdf.share_of", d.loc.Pct(v), d.loc.Money(w.Revenue, d.plan.Currency), d.loc.Money(w.Potential, d.plan.Currency))
}
