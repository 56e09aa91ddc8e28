package pdf

import (
	"fmt"
	"strings"

	"kamplan/domain"
	"kamplan/ui/pdf/pen"
)

// appendix is the plan's notes, every measured value of every KPI, and a glossary.
type appendix struct {
	laid []titledTable // its tables laid out, once (see tables)
}

func (*appendix) key() string { return "pdf.s.appendix" }

// first keeps the whole appendix together when it fits on a page: it starts a page of its
// own rather than leave its glossary alone on the last page. But it leaves no page less than
// half full for that: it starts on such a page when its glossary can start there too, and
// the rest runs on overleaf (see tables).
func (a *appendix) first(d *doc) float64 {
	h, tables := a.height(d), a.tables(d)
	glossary := tables[len(tables)-1].tb
	startsHere := filled(d) < halfFull && titleH+h-glossary.height(d)+glossary.keepHeight(d) <= d.room()
	if a.whole(d) && !startsHere {
		return h
	}
	return 30
}

func (a *appendix) whole(d *doc) bool { return titleH+a.height(d) <= d.bottom()-marginTop }

func (a *appendix) draw(d *doc) {
	a.notes(d)
	for _, t := range a.tables(d) {
		t.tb.drawHeaded(d, t.title)
	}
}

// height is the appendix's height under its title.
func (a *appendix) height(d *doc) float64 {
	h := 0.0
	if len(d.plan.Notes) > 0 {
		h += headingH
		d.font("", bodySize)
		for _, n := range d.plan.Notes {
			h += float64(len(d.pdf.SplitText(a.noteText(d, n), d.width()-5)))*lineH + 0.8
		}
	}
	for _, t := range a.tables(d) {
		h += headingH + t.tb.height(d) + 3 // with the space after the table
	}
	return h
}

// titledTable is a table under its heading.
type titledTable struct {
	title string
	tb    table
}

// tables are the KPI history, when a KPI was measured, and the glossary, laid out: small as
// they are, they may split, saying "(continued)" overleaf (an appendix that fits on a page
// is kept whole).
func (a *appendix) tables(d *doc) []titledTable {
	if a.laid == nil {
		a.laid = a.makeTables(d)
		for i := range a.laid {
			a.laid[i].tb = a.laid[i].tb.laidOut(d)
		}
	}
	return a.laid
}

func (a *appendix) makeTables(d *doc) []titledTable {
	var out []titledTable
	if rows := a.kpiHistory(d); len(rows) > 0 {
		out = append(out, titledTable{d.t("pdf.kpi_history"), table{header: []string{d.t("pdf.kpi"), d.t("pdf.measured")}, align: "LL", rows: rows, split: true}})
	}
	glossary := table{header: []string{d.t("pdf.term"), d.t("pdf.meaning")}, align: "LL", rows: a.glossary(d), split: true}
	return append(out, titledTable{d.t("pdf.glossary"), glossary})
}

// notes are the plan's notes, an internal one marked so in the internal edition.
func (a *appendix) notes(d *doc) {
	if len(d.plan.Notes) > 0 {
		d.heading(d.t("pdf.notes"), 10)
		for _, n := range d.plan.Notes {
			d.bullet(a.noteText(d, n))
		}
	}
}

func (*appendix) noteText(d *doc, n domain.Note) string {
	if n.Internal {
		return d.t("pdf.internal_mark") + " " + d.txt(n.Text)
	}
	return d.txt(n.Text)
}

// glossary says what the method's terms mean; the internal edition explains its own too.
func (*appendix) glossary(d *doc) [][]string {
	var rows [][]string
	if d.walletShown() {
		rows = [][]string{{d.t("pdf.share"), d.t("pdf.gloss.share")}, {d.t("pdf.white_space"), d.t("pdf.gloss.white_space")}}
	}
	var stages []string
	for _, s := range domain.Stages {
		stages = append(stages, fmt.Sprintf("%d %s", s, d.stageName(s)))
	}
	rows = append(rows, []string{d.t("pdf.stage"), strings.Join(stages, " · ")})
	if !d.client {
		var rels []string
		for i := domain.RelNone; i <= domain.RelTrusted; i++ {
			rels = append(rels, fmt.Sprintf("%d %s", i, d.t(fmt.Sprintf("rel.%d", i))))
		}
		rows = append(rows, []string{d.t("pdf.relationship"), strings.Join(rels, " · ")})
	}
	smart := "pdf.gloss.smart"
	if d.client && len(d.plan.Strategies) == 0 { // the client's copy holds the shared ones only
		smart += "_client"
	}
	rows = append(rows, []string{"SMART", d.t(smart)}, []string{d.t("pdf.kpi"), d.t("pdf.gloss.kpi")})
	if !d.client {
		rows = append(rows, []string{d.t("pdf.influence_map"), d.t("pdf.gloss.grid")},
			[]string{d.t("pdf.s.portfolio"), d.t("pdf.gloss.portfolio", d.loc.Number(d.in.Settings.Cutoff, 1))})
	}
	return rows
}

// kpiHistory lists every measured value of every KPI, period by period, and its interim targets.
func (*appendix) kpiHistory(d *doc) [][]string {
	var rows [][]string
	for _, k := range d.plan.KPIs {
		var lines []string
		if len(k.History) > 0 {
			lines = append(lines, byPeriod(d, k, k.History))
		}
		if len(k.Milestones) > 0 {
			lines = append(lines, d.t("field.milestones")+": "+byPeriod(d, k, k.Milestones))
		}
		if len(lines) > 0 {
			rows = append(rows, []string{d.internalMark(k.Internal) + d.txt(k.Name), strings.Join(lines, "\n")})
		}
	}
	return rows
}

// byPeriod writes values by period, "Mar 2026: 4 · Jun 2026: 6", wrapped after a dot.
func byPeriod(d *doc, k domain.KPI, values []domain.Measurement) string {
	var out []string
	for _, m := range values {
		out = append(out, strings.ReplaceAll(d.period(m.Period)+": "+d.loc.KPIFigure(k, m.Value), " ", string(pen.NoBreakSpace))) // one piece: never "jul / 2026: 35"
	}
	return strings.Join(out, string(pen.NoBreakSpace)+"· ")
}
