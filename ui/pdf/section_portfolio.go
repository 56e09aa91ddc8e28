package pdf

import (
	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/charts"
)

// portfolio is the account's place on the Customer Portfolio Matrix among every account of
// the portfolio, and the scores it comes from (internal edition).
type portfolio struct{}

func (portfolio) key() string          { return "pdf.s.portfolio" }
func (portfolio) first(d *doc) float64 { return 12 }

func (p portfolio) draw(d *doc) {
	pos := d.plan.Portfolio.Position(d.in.Settings.Cutoff)
	facts{{d.t("pdf.sum.quadrant"), d.quadrantText(pos)}}.draw(d)
	d.floats.place(d, charts.MatrixHeight, func() { matrixOf(d).Draw(canvasOf(d)) })
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
			rows = append(rows, []string{p.factorName(d, f), d.loc.Number(float64(f.Weight), 0), score})
		}
		if total, ok := ax.axis.Total(); ok {
			rows = append(rows, []string{d.t("pdf.total"), "100", d.loc.Number(total, 2)})
		}
		table{header: []string{d.t("pdf.factor"), d.t("pdf.weight"), d.t("pdf.score")}, align: "LRR", rows: rows}.drawHeaded(d, d.t(ax.key))
	}
}

// factorName translates a factor that still has its default name.
func (portfolio) factorName(d *doc, f domain.Factor) string {
	for _, def := range append(domain.DefaultAttractivenessFactors(), domain.DefaultStrengthCriteria()...) {
		if def.ID == f.ID && def.Name == f.Name {
			return d.t("factor." + f.ID)
		}
	}
	return d.txt(f.Name)
}

// matrixOf is the portfolio matrix of the document: one bubble per placed account, from its
// newest plan, or from this plan for this account.
func matrixOf(d *doc) charts.Matrix {
	m := charts.Matrix{Selected: d.plan.AccountID, Cutoff: d.in.Settings.Cutoff, StrengthOnLeft: d.in.Settings.StrengthOnLeft}
	seen := map[string]bool{d.plan.AccountID: true}
	if pos := d.plan.Portfolio.Position(d.in.Settings.Cutoff); pos.Placed {
		m.Accounts = append(m.Accounts, chart.MatrixAccount{ID: d.plan.AccountID, Name: d.account.Name, Attractiveness: pos.Attractiveness,
			Strength: pos.Strength, Revenue: d.plan.Wallet.Revenue, Potential: d.plan.Wallet.Potential})
	}
	for _, r := range d.in.Portfolio {
		if seen[r.AccountID] || !r.Position.Placed {
			continue
		}
		seen[r.AccountID] = true
		m.Accounts = append(m.Accounts, chart.MatrixAccount{ID: r.AccountID, Name: r.AccountName, Attractiveness: r.Position.Attractiveness,
			Strength: r.Position.Strength, Revenue: r.Revenue, Potential: r.Potential})
	}
	return m
}
