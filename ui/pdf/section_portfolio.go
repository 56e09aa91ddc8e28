package pdf

import (
	"kamplan/domain"
	"strings"
)

func (d *doc) portfolio() {
	d.section("pdf.s.portfolio", 150)
	pos := d.plan.Portfolio.Position(d.in.Settings.Cutoff)
	d.facts([][2]string{{d.t("pdf.sum.quadrant"), d.quadrantText(pos)}})
	d.matrix()
	for _, ax := range []struct {
		key  string
		axis domain.Axis
	}{{"portfolio.attractiveness", d.plan.Portfolio.Attractiveness}, {"portfolio.strength", d.plan.Portfolio.Strength}} {
		var rows [][]string
		for _, f := range ax.axis.Factors {
			score := "—"
			if s, ok := ax.axis.Scores[f.ID]; ok {
				score = d.loc.Number(float64(s), 0)
			}
			rows = append(rows, []string{d.factorName(f), d.loc.Number(float64(f.Weight), 0), score})
		}
		if total, ok := ax.axis.Total(); ok {
			rows = append(rows, []string{d.t("pdf.total"), "100", d.loc.Number(total, 2)})
		}
		table{header: []string{d.t("pdf.factor"), d.t("pdf.weight"), d.t("pdf.score")}, align: "LRR", rows: rows}.drawHeaded(d, d.t(ax.key))
	}
}

func (d *doc) competitors() {
	d.section("pdf.s.competitors", 70)
	found := 0
	for _, w := range d.plan.SWOTs {
		if w.Subject != domain.SubjectCompetitor {
			continue
		}
		found++
		d.heading(d.competitorName(w, found), 70)
		d.swotOrNot(&w)
	}
	if found == 0 {
		d.notAssessed()
	}
}

// competitorName is the competitor's name, or in the client edition (which names no
// competitor) "Competitor 2", the n-th competitor SWOT of the plan.
func (d *doc) competitorName(w domain.SWOT, n int) string {
	if w.Competitor == "" {
		return d.t("pdf.competitor_n", n)
	}
	return d.txt(w.Competitor)
}

func (d *doc) strategies() {
	d.section("pdf.s.strategies", 40)
	if d.plan.ValueProposition != "" {
		d.heading(d.t("pdf.value_proposition"), 10)
		d.para(d.plan.ValueProposition)
	}
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
					items = append(items, d.itemLabel(*it, w))
				}
			}
			rows = append(rows, []string{d.txt(s.Text), strings.Join(items, "\n")})
		}
		if len(rows) == 0 {
			continue
		}
		table{header: []string{d.t("pdf.strategy"), d.t("pdf.built_on")}, align: "LL", rows: rows}.drawHeaded(d, d.t("strategy."+string(k)))
	}
}

func (d *doc) itemLabel(it domain.SWOTItem, w *domain.SWOT) string {
	who := d.t("pdf.subject_short." + string(w.Subject))
	if w.Subject == domain.SubjectCompetitor {
		who = d.competitorName(*w, d.competitorIndex(w))
	}
	return "• " + string(it.Quadrant) + " (" + who + "): " + d.txt(it.Text)
}

// competitorIndex is the place of a competitor SWOT among the plan's competitor SWOTs, from 1.
func (d *doc) competitorIndex(w *domain.SWOT) int {
	n := 0
	for i := range d.plan.SWOTs {
		if d.plan.SWOTs[i].Subject == domain.SubjectCompetitor {
			n++
		}
		if &d.plan.SWOTs[i] == w {
			return n
		}
	}
	return n
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
