package pdf

import (
	"strings"

	"kamplan/domain"
	"kamplan/domain/period"
	"kamplan/domain/smart"
	"kamplan/ui/chart"
)

// objectives are the SMART objectives in a table; its first rows stay with the title.
type objectives struct {
	laidOut *table // the table, laid out once for its height and to draw it
}

func (objectives) key() string { return "pdf.s.objectives" }

func (o *objectives) first(d *doc) float64 {
	if len(d.plan.Objectives) == 0 {
		return 10
	}
	tb := o.table(d)
	tb.split = !tb.whole(d, titleH) // decided where the section starts, before its title
	o.laidOut = &tb
	return tb.keepHeight(d)
}

func (o *objectives) draw(d *doc) {
	if len(d.plan.Objectives) == 0 {
		d.notAssessed()
		return
	}
	o.table(d).draw(d)
}

func (o *objectives) table(d *doc) table {
	if o.laidOut == nil {
		tb := o.makeTable(d).laidOut(d)
		o.laidOut = &tb
	}
	return *o.laidOut
}

// makeTable lists the objectives; the internal edition adds our SMART check of each
// (the letters, and why a letter fails), which the client edition leaves out.
func (*objectives) makeTable(d *doc) table {
	span := period.Parse(d.plan.Period)
	var rows [][]string
	failing := map[int]bool{}
	for i, ob := range d.plan.Objectives {
		statement := d.internalMark(ob.Internal) + d.txt(ob.Statement)
		if ob.Rationale != "" {
			statement += "\n" + d.t("pdf.rationale") + ": " + d.txt(ob.Rationale)
		}
		row := []string{statement, d.t("category." + string(ob.Category)), measure(d, ob), d.loc.LongDate(ob.Deadline), d.txt(ob.Owner)}
		if !d.client {
			letters, why := smartText(d, smart.Objective(d.plan, ob, span))
			failing[i] = why != ""
			row[0] += why
			row = append(row, letters)
		}
		rows = append(rows, row)
	}
	header := []string{d.t("pdf.objective"), d.t("pdf.category"), d.t("pdf.measure"), d.t("pdf.deadline"), d.t("pdf.owner")}
	if d.client {
		return table{header: header, align: "LLLLL", nowrap: "...x.", rows: rows}
	}
	return table{header: append(header, "SMART"), align: "LLLLLC", nowrap: "...x.x", rows: rows,
		colourOf: func(row, col int) (chart.RGB, bool) {
			if col != 5 {
				return chart.RGB{}, false
			}
			if failing[row] {
				return chart.StatusColour(domain.StatusAmber), true
			}
			return chart.StatusColour(domain.StatusGreen), true
		}}
}

// smartText is "S M A R T" with a ✓ when all pass, and the reasons of failing letters.
func smartText(d *doc, cs []smart.Check) (string, string) {
	var letters []string
	var why []string
	for _, c := range cs {
		if c.OK {
			letters = append(letters, c.Letter)
		} else {
			letters = append(letters, "·")
			why = append(why, d.t(c.Key))
		}
	}
	if len(why) == 0 {
		return "✓ " + strings.Join(letters, ""), ""
	}
	return strings.Join(letters, ""), "\n" + strings.Join(why, "\n")
}

// measure is an objective's baseline → target in its unit (or its KPI's), written as the KPI
// table writes figures (see locale.ObjectiveMeasure).
func measure(d *doc, o domain.Objective) string {
	return d.txt(d.loc.ObjectiveMeasure(o, d.plan.FindKPI(o.KPIID)))
}
