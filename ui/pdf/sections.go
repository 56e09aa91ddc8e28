package pdf

import (
	"fmt"
	"strings"

	"kamplan/domain"
)

func (d *doc) summary() {
	d.section("pdf.s.summary")
	f := d.plan.Summarise(d.in.Settings.Cutoff, d.in.Today)
	rows := [][2]string{}
	if !d.client {
		rows = append(rows, [2]string{d.t("pdf.sum.quadrant"), d.quadrantText(f.Position)})
	}
	rows = append(rows,
		[2]string{d.t("pdf.sum.stage"), d.stageName(f.StageNow) + " → " + d.stageName(f.StageTarget)},
		[2]string{d.t("pdf.sum.share"), d.shareText(d.plan.Wallet)},
		[2]string{d.t("pdf.sum.white_space"), d.money(f.WhiteSpace, d.plan.Currency)},
		[2]string{d.t("pdf.sum.kpis"), d.t("pdf.sum.kpi_counts", f.KPIStatus[domain.StatusGreen], f.KPIStatus[domain.StatusAmber], f.KPIStatus[domain.StatusRed])},
		[2]string{d.t("pdf.sum.overdue"), d.number(float64(f.Overdue), 0)},
	)
	d.facts(rows)
	d.heading(d.t("pdf.sum.objectives"), 10)
	if len(f.TopObjectives) == 0 {
		d.notAssessed()
	}
	for _, o := range f.TopObjectives {
		d.bullet(d.txt(o.Statement))
	}
	d.pdf.Ln(2)
	if d.plan.ValueProposition != "" {
		d.heading(d.t("pdf.value_proposition"), 10)
		d.para(d.plan.ValueProposition)
	}
	if !d.client && (len(f.Warnings) > 0 || len(f.PlanBActive) > 0) {
		d.heading(d.t("pdf.sum.warnings"), 10)
		for _, w := range f.Warnings {
			d.bullet(d.t(w.Key, w.Args...))
		}
		for _, name := range f.PlanBActive {
			d.bullet(d.t("pdf.sum.plan_b_active", d.txt(name)))
		}
	}
}

func (d *doc) bullet(text string) {
	d.font("", bodySize)
	d.colour(ink)
	lines := d.pdf.SplitText(text, d.width()-6)
	d.need(float64(len(lines)) * lineH)
	y := d.pdf.GetY()
	d.fill(d.accent)
	d.pdf.Circle(marginX+1.5, y+2.3, 0.8, "F")
	d.pdf.SetXY(marginX+5, y)
	d.pdf.MultiCell(d.width()-5, lineH, text, "", "L", false)
	d.pdf.Ln(0.8)
}

func (d *doc) quadrantText(p domain.Position) string {
	if !p.Placed {
		return d.t("portfolio.incomplete")
	}
	return fmt.Sprintf("%s (%s %s, %s %s) — %s", d.t("portfolio."+string(p.Quadrant)),
		d.t("portfolio.attractiveness"), d.number(p.Attractiveness, 1), d.t("portfolio.strength"), d.number(p.Strength, 1),
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
	return d.t("pdf.share_of", d.pct(v), d.money(w.Revenue, d.plan.Currency), d.money(w.Potential, d.plan.Currency))
}

func (d *doc) profile() {
	d.section("pdf.s.profile")
	a := d.account
	d.facts([][2]string{
		{d.t("pdf.account"), d.txt(a.Name)},
		{d.t("pdf.tier"), d.t("tier." + string(a.Tier))},
		{d.t("pdf.industry"), d.txt(a.Industry)},
		{d.t("pdf.country"), d.txt(a.Country)},
		{d.t("pdf.size"), d.txt(a.Size)},
		{d.t("pdf.website"), d.txt(a.Website)},
		{d.t("pdf.owner"), d.txt(a.Owner)},
	})
	d.heading(d.t("pdf.team"), 10)
	if len(a.Team) == 0 {
		d.notAssessed()
	}
	var rows [][]string
	for _, m := range a.Team {
		rows = append(rows, []string{d.txt(m.Name), d.t("role." + string(m.Role))})
	}
	if len(rows) > 0 {
		d.table(table{header: []string{d.t("pdf.name"), d.t("pdf.role")}, widths: []float64{0.5, 0.5}, align: "LL", rows: rows})
	}
	d.heading(d.t("pdf.context"), 10)
	if strings.TrimSpace(d.plan.Context) == "" {
		d.notAssessed()
	}
	d.para(d.plan.Context)
	if !d.client && a.Notes != "" {
		d.heading(d.t("pdf.internal_notes"), 10)
		d.para(a.Notes)
	}
}

func (d *doc) clientSWOT() {
	d.section("pdf.s.client_swot")
	d.swotOrNot(d.plan.SWOTOf(domain.SubjectClient, ""))
}

func (d *doc) swotOrNot(w *domain.SWOT) {
	if w == nil || len(w.Items) == 0 {
		d.notAssessed()
		return
	}
	d.swotGrid(*w)
}

func (d *doc) position() {
	d.section("pdf.s.position")
	d.heading(d.t("subject.us"), 60)
	d.swotOrNot(d.plan.SWOTOf(domain.SubjectUs, ""))
	d.heading(d.t("pdf.stage"), 60)
	d.pyramid(d.plan.StageNow, d.plan.StageTarget)
	d.heading(d.t("pdf.wallet"), 40)
	d.wallet()
}

func (d *doc) wallet() {
	w := d.plan.Wallet
	if w.Potential <= 0 && w.Revenue <= 0 {
		d.notAssessed()
		return
	}
	d.walletBar(w)
	rows := [][2]string{
		{d.t("pdf.potential"), d.money(w.Potential, d.plan.Currency)},
		{d.t("pdf.revenue"), d.money(w.Revenue, d.plan.Currency)},
		{d.t("pdf.share"), d.shareText(w)},
		{d.t("pdf.white_space"), d.money(w.WhiteSpace(), d.plan.Currency)},
		{d.t("pdf.basis"), d.txt(w.Basis)},
	}
	if !d.client && w.MarginPct != nil {
		rows = append(rows, [2]string{d.t("pdf.margin"), d.pct(*w.MarginPct)})
	}
	if !d.client && w.TargetShare != nil {
		rows = append(rows, [2]string{d.t("pdf.target_share"), d.pct(*w.TargetShare)})
	}
	d.facts(rows)
	if len(w.Offerings) > 0 {
		var rs [][]string
		for _, o := range w.Offerings {
			share := "—"
			if v, ok := domain.ShareOfWallet(o.Revenue, o.Potential); ok {
				share = d.pct(v)
			}
			rs = append(rs, []string{d.txt(o.Name), d.money(o.Potential, d.plan.Currency), d.money(o.Revenue, d.plan.Currency), share, d.money(o.WhiteSpace(), d.plan.Currency)})
		}
		d.heading(d.t("pdf.offerings"), 20)
		d.table(table{header: []string{d.t("pdf.offering"), d.t("pdf.potential"), d.t("pdf.revenue"), d.t("pdf.share"), d.t("pdf.white_space")},
			widths: []float64{0.32, 0.17, 0.17, 0.14, 0.2}, align: "LRRRR", rows: rs})
	}
	if len(w.Competitors) > 0 {
		var rs [][]string
		for _, c := range w.Competitors {
			rs = append(rs, []string{d.txt(c.Name), d.pct(c.SharePct)})
		}
		d.heading(d.t("pdf.competitors_present"), 20)
		d.table(table{header: []string{d.t("pdf.competitor"), d.t("pdf.est_share")}, widths: []float64{0.7, 0.3}, align: "LR", rows: rs})
	}
}

func (d *doc) portfolio() {
	d.section("pdf.s.portfolio")
	pos := d.plan.Portfolio.Position(d.in.Settings.Cutoff)
	d.facts([][2]string{{d.t("pdf.sum.quadrant"), d.quadrantText(pos)}})
	d.matrix()
	for _, ax := range []struct {
		key  string
		axis domain.Axis
	}{{"portfolio.attractiveness", d.plan.Portfolio.Attractiveness}, {"portfolio.strength", d.plan.Portfolio.Strength}} {
		d.heading(d.t(ax.key), float64(len(ax.axis.Factors)+2)*6.5+8) // the table stays with its heading
		var rows [][]string
		for _, f := range ax.axis.Factors {
			score := "—"
			if s, ok := ax.axis.Scores[f.ID]; ok {
				score = d.number(float64(s), 0)
			}
			rows = append(rows, []string{d.factorName(f), d.number(float64(f.Weight), 0), score})
		}
		if total, ok := ax.axis.Total(); ok {
			rows = append(rows, []string{d.t("pdf.total"), "100", d.number(total, 2)})
		}
		d.table(table{header: []string{d.t("pdf.factor"), d.t("pdf.weight"), d.t("pdf.score")}, widths: []float64{0.6, 0.2, 0.2}, align: "LRR", rows: rows})
	}
}

func (d *doc) competitors() {
	d.section("pdf.s.competitors")
	found := false
	for _, w := range d.plan.SWOTs {
		if w.Subject != domain.SubjectCompetitor {
			continue
		}
		found = true
		d.heading(d.txt(w.Competitor), 70)
		d.swotOrNot(&w)
	}
	if !found {
		d.notAssessed()
	}
}

func (d *doc) strategies() {
	d.section("pdf.s.strategies")
	if len(d.plan.Strategies) == 0 {
		d.notAssessed()
		return
	}
	for _, k := range domain.StrategyKinds {
		var rows [][]string
		for _, s := range d.plan.Strategies {
			if s.Kind != k {
				continue
			}
			var items []string
			for _, id := range s.ItemIDs {
				if it, w := d.plan.FindItem(id); it != nil {
					items = append(items, d.itemLabel(*it, *w))
				}
			}
			rows = append(rows, []string{d.txt(s.Text), strings.Join(items, "\n")})
		}
		if len(rows) == 0 {
			continue
		}
		d.heading(d.t("strategy."+string(k)), 20)
		d.table(table{header: []string{d.t("pdf.strategy"), d.t("pdf.built_on")}, widths: []float64{0.45, 0.55}, align: "LL", rows: rows})
	}
}

func (d *doc) itemLabel(it domain.SWOTItem, w domain.SWOT) string {
	who := d.t("pdf.subject_short." + string(w.Subject))
	if w.Subject == domain.SubjectCompetitor {
		who = d.txt(w.Competitor)
	}
	return "• " + string(it.Quadrant) + " (" + who + "): " + d.txt(it.Text)
}

// factorName translates a factor that still has its default name.
func (d *doc) factorName(f domain.Factor) string {
	for _, def := range append(domain.DefaultAttractivenessFactors(), domain.DefaultStrengthCriteria()...) {
		if def.ID == f.ID && def.Name == f.Name {
			return d.t("factor." + f.ID)
		}
	}
	return d.txt(f.Name)
}
