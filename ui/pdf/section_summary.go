package pdf

import "kamplan/domain"

// maxAlerts is how many findings the executive summary lists.
const maxAlerts = 5

// summary fits on one page: the figures, the top objectives, the value proposition in a
// few lines, and (internal) the five most important findings, grouped, with where to look.
type summary struct{}

func (summary) key() string          { return "pdf.s.summary" }
func (summary) first(d *doc) float64 { return 0 }
func (summary) ownPage()             {}

func (s summary) draw(d *doc) {
	f := d.plan.Summarise(d.in.Settings.Cutoff, d.in.Today)
	rows := facts{}
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
		d.para(d.clip(d.txt(d.plan.ValueProposition), d.width(), 5))
	}
	s.alerts(d, f.Alerts)
}

// alerts lists the most important findings, each with the page where to look.
func (s summary) alerts(d *doc, as []domain.Alert) {
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

func (summary) alert(d *doc, a domain.Alert) {
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
