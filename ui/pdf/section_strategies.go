package pdf

import (
	"strings"

	"kamplan/domain"
)

// strategies are the strategies of the cross analysis, by kind, each with the SWOT items it
// is built on; and the value proposition, when the summary could not print it whole.
type strategies struct{}

func (strategies) key() string          { return "pdf.s.strategies" }
func (strategies) first(d *doc) float64 { return 40 }

func (st strategies) draw(d *doc) {
	if !wholeInSummary(d) {
		d.headedPara(d.t("pdf.value_proposition"), d.plan.ValueProposition)
	}
	if len(d.plan.Strategies) == 0 {
		d.notAssessed()
		return
	}
	used := map[string]bool{}
	rows := map[domain.StrategyKind][][]string{}
	for _, s := range d.plan.Strategies {
		var items []string
		for _, id := range s.ItemIDs {
			if it, w := d.plan.FindItem(id); it != nil {
				items = append(items, st.itemLabel(d, *it, w))
				used[string(it.Quadrant)], used[string(w.Subject)] = true, true
			}
		}
		rows[s.Kind] = append(rows[s.Kind], []string{d.txt(s.Text), strings.Join(items, "\n")})
	}
	for _, k := range domain.StrategyKinds {
		if len(rows[k]) > 0 { // numbered unless the only kind: a lone "5.1" read as a slip
			table{header: []string{d.t("pdf.strategy"), d.t("pdf.built_on")}, align: "LL", rows: rows[k], listed: len(rows) > 1}.drawHeaded(d, d.t("pdf.strategy_kind."+string(k)))
		}
	}
	canvasOf(d).Caption(st.builtOnKey(d, used), 2)
}

// builtOnKey says what the initials and brackets of the items stand for, only those printed: a
// client copy built on our and the client's SWOT does not speak of weaknesses or competitors.
func (strategies) builtOnKey(d *doc, used map[string]bool) string {
	var quadrants []string
	for _, q := range domain.Quadrants {
		if used[string(q)] {
			quadrants = append(quadrants, d.t("pdf.built_on_key."+string(q)))
		}
	}
	us := ""
	if used[string(domain.SubjectUs)] {
		us = d.t("pdf.built_on_key.us")
	}
	return d.t("pdf.built_on_key", strings.Join(quadrants, ", "), us)
}

func (s strategies) itemLabel(d *doc, it domain.SWOTItem, w *domain.SWOT) string {
	who := d.t("pdf.subject_short." + string(w.Subject))
	if w.Subject == domain.SubjectCompetitor {
		who = d.competitorName(*w, s.competitorIndex(d, w))
	}
	return "• " + d.t("pdf.quadrant_initial."+string(it.Quadrant)) + " (" + who + "): " + d.txt(it.Text)
}

// competitorIndex is the place of a competitor SWOT among the plan's competitor SWOTs, from 1.
func (strategies) competitorIndex(d *doc, w *domain.SWOT) int {
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
