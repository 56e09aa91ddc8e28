package pdf

import (
	"kamplan/domain"
	"kamplan/ui/pdf/charts"
)

// clientSWOT is the client's SWOT.
type clientSWOT struct{}

func (clientSWOT) key() string { return "pdf.s.client_swot" }

func (clientSWOT) first(d *doc) float64 {
	return charts.SWOTGrid{W: d.plan.SWOTOf(domain.SubjectClient, "")}.FirstRow(canvasOf(d))
}

func (clientSWOT) draw(d *doc) {
	charts.SWOTGrid{W: d.plan.SWOTOf(domain.SubjectClient, ""), Continued: swotContinued(d, d.t("pdf.s.client_swot"))}.Draw(canvasOf(d))
}

// competitors are the competitors' SWOTs; the client's copy holds only the shared ones,
// and leaves the section out when there are none.
type competitors struct{}

func (competitors) key() string          { return "pdf.s.competitors" }
func (competitors) first(d *doc) float64 { return 70 }

func (competitors) shown(d *doc) bool {
	return !d.client || d.plan.SWOTOf(domain.SubjectCompetitor, "") != nil
}

func (competitors) draw(d *doc) {
	found := 0
	for _, w := range d.plan.SWOTs {
		if w.Subject != domain.SubjectCompetitor {
			continue
		}
		found++
		name := d.competitorName(w, found)
		d.heading(name, 70)
		charts.SWOTGrid{W: &w, Continued: swotContinued(d, name)}.Draw(canvasOf(d))
	}
	if found == 0 {
		d.notAssessed()
	}
}

// swotContinued titles the page a SWOT's second row moved on to with the SWOT's name.
func swotContinued(d *doc, name string) func() {
	return func() { d.heading(d.t("pdf.swot_continued", name), 0) }
}
