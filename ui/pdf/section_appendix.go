package pdf

import (
	"fmt"
	"strings"

	"kamplan/domain"
	"kamplan/ui/locale"
)

// appendix is the plan's notes, every measured value of every KPI, and a glossary.
type appendix struct{}

func (appendix) key() string          { return "pdf.s.appendix" }
func (appendix) first(d *doc) float64 { return 30 }

func (a appendix) draw(d *doc) {
	a.notes(d)
	a.kpiHistory(d)
	a.glossary(d)
}

// notes are the plan's notes, an internal one marked so in the internal edition.
func (appendix) notes(d *doc) {
	if len(d.plan.Notes) > 0 {
		d.heading(d.t("pdf.notes"), 10)
		for _, n := range d.plan.Notes {
			text := d.txt(n.Text)
			if n.Internal {
				text = d.t("pdf.internal_mark") + " " + text
			}
			d.bullet(text)
		}
	}
}

// glossary says what the method's terms mean; the internal edition explains its own too.
func (appendix) glossary(d *doc) {
	var rows [][]string
	rows = append(rows, []string{d.t("pdf.share"), d.t("pdf.gloss.share")})
	rows = append(rows, []string{d.t("pdf.white_space"), d.t("pdf.gloss.white_space")})
	var stages []string
	for _, s := range domain.Stages {
		stages = append(stages, fmt.Sprintf("%d %s", s, d.stageName(s)))
	}
	rows = append(rows, []string{d.t("pdf.stage"), strings.Join(stages, " · ")})
	var rels []string
	for i := domain.RelNone; i <= domain.RelTrusted; i++ {
		rels = append(rels, fmt.Sprintf("%d %s", i, d.t(fmt.Sprintf("rel.%d", i))))
	}
	if !d.client {
		rows = append(rows, []string{d.t("pdf.relationship"), strings.Join(rels, " · ")})
	}
	rows = append(rows, []string{"SMART", d.t("pdf.gloss.smart")})
	rows = append(rows, []string{d.t("pdf.kpi"), d.t("pdf.gloss.kpi")})
	if !d.client {
		rows = append(rows, []string{d.t("pdf.influence_map"), d.t("pdf.gloss.grid")})
		rows = append(rows, []string{d.t("pdf.s.portfolio"), d.t("pdf.gloss.portfolio", d.loc.Number(d.in.Settings.Cutoff, 1))})
	}
	table{header: []string{d.t("pdf.term"), d.t("pdf.meaning")}, align: "LL", rows: rows}.drawHeaded(d, d.t("pdf.glossary"))
}

// kpiHistory lists every measured value of every KPI, period by period.
func (appendix) kpiHistory(d *doc) {
	var rows [][]string
	for _, k := range d.plan.KPIs {
		if len(k.History) == 0 {
			continue
		}
		var vals []string
		for _, m := range k.History {
			vals = append(vals, d.period(m.Period)+": "+d.loc.Number(m.Value, locale.Decimals(m.Value)))
		}
		rows = append(rows, []string{d.internalMark(k.Internal) + d.txt(k.Name), strings.Join(vals, " · ")})
	}
	if len(rows) > 0 {
		table{header: []string{d.t("pdf.kpi"), d.t("pdf.measured")}, align: "LL", rows: rows}.drawHeaded(d, d.t("pdf.kpi_history"))
	}
}
