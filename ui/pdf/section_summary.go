package pdf

import (
	"kamplan/domain"
	"kamplan/domain/summary"
	"kamplan/ui/pdf/healthpdf"
)

// maxAlerts is how many findings the executive summary lists.
const maxAlerts = 5

// summary fits on one page: the figures, the top objectives, the value proposition in a
// few lines, and (internal) the five most important findings, grouped, with where to look.
type execSummary struct{}

func (execSummary) key() string          { return "pdf.s.summary" }
func (execSummary) first(d *doc) float64 { return 0 }
func (execSummary) ownPage()             {}

func (s execSummary) draw(d *doc) {
	f := summary.Of(d.plan, d.in.Settings.Cutoff, d.in.Today)
	rows := facts{}
	var score healthpdf.Summary // internal only: see package healthpdf
	if !d.client {
		score = healthpdf.Of(d.plan, d.in.Settings, d.in.Today, d.loc, maxHealthReasons)
		rows = append(rows, [2]string{d.t("pdf.sum.quadrant"), d.quadrantText(f.Position)}, [2]string{d.t("health.title"), score.Score})
	}
	rows = append(rows, [2]string{d.t("pdf.sum.stage"), d.stageName(f.StageNow) + " → " + d.stageName(f.StageTarget)})
	if d.walletShown() {
		rows = append(rows, [2]string{d.t("pdf.sum.share"), d.shareText(d.plan.Wallet)},
			[2]string{d.t("pdf.sum.white_space"), d.loc.Money(f.WhiteSpace, d.plan.Currency)})
	}
	rows = append(rows, [2]string{d.t("pdf.sum.kpis"), d.t("pdf.sum.kpi_counts", f.KPIStatus[domain.StatusGreen], f.KPIStatus[domain.StatusAmber], f.KPIStatus[domain.StatusRed])},
		[2]string{d.t("pdf.sum.overdue"), d.loc.Number(float64(f.Overdue), 0)},
	)
	rows.draw(d)
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
		d.para(d.clip(d.txt(d.plan.ValueProposition), d.width(), summaryLines))
	}
	s.alerts(d, f.Alerts)
	s.health(d, score)
}

// summaryLines is how many lines of the value proposition the summary prints: one that is
// longer is printed whole with the strategies, and only then (see wholeInSummary).
const summaryLines = 5

// wholeInSummary says that the summary prints the value proposition whole.
func wholeInSummary(d *doc) bool {
	d.font("", bodySize)
	return len(d.pdf.SplitText(d.txt(d.plan.ValueProposition), d.width())) <= summaryLines
}

// maxHealthReasons is how many reasons of the plan health score the summary lists.
const maxHealthReasons = 3

func (execSummary) health(d *doc, h healthpdf.Summary) {
	if len(h.Reasons) == 0 {
		return
	}
	d.heading(d.txt(h.Title), 10)
	for _, r := range h.Reasons {
		d.bullet(d.clip(d.txt(r), d.width()-5, 2))
	}
}

// alerts lists the most important findings, each with the page where to look.
func (s execSummary) alerts(d *doc, as []summary.Alert) {
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
		s.alert(d, a)
	}
}

func (execSummary) alert(d *doc, a summary.Alert) {
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
