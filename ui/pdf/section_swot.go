package pdf

import (
	"kamplan/domain"
	"kamplan/ui/pdf/charts"
)

// clientSWOT is the client's SWOT.
type clientSWOT struct{}

func (clientSWOT) key() string { return "pdf.s.client_swot" }

func (clientSWOT) first(d *doc) float64 { return swotKept(d, d.plan.SWOTOf(domain.SubjectClient, "")) }

func (clientSWOT) draw(d *doc) {
	charts.SWOTGrid{W: d.plan.SWOTOf(domain.SubjectClient, ""), Continued: swotContinued(d, d.t("pdf.s.client_swot")), KeyPage: &d.impactKeyPage}.Draw(canvasOf(d))
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
		keepWhole(d, headingH+swotKept(d, &w))
		d.heading(name, swotKept(d, &w))
		charts.SWOTGrid{W: &w, Continued: swotContinued(d, name), KeyPage: &d.impactKeyPage}.Draw(canvasOf(d))
	}
	if found == 0 {
		d.notAssessed()
	}
}

// swotKept is what stays with a SWOT's title or heading: the whole grid when it fits a
// page under a title, else its first row.
func swotKept(d *doc, w *domain.SWOT) float64 {
	return charts.SWOTGrid{W: w}.Kept(canvasOf(d), d.bottom()-marginTop-titleH)
}

// keepWhole ends the page when a block kept whole, h high, does not fit on the rest of it.
func keepWhole(d *doc, h float64) {
	if d.room() < h {
		d.forced[d.pdf.PageNo()] = true
		d.pdf.AddPage()
	}
}

// swotContinued titles the page a SWOT's second row moved on to with the SWOT's name.
func swotContinued(d *doc, name string) func() {
	return func() { d.heading(d.t("pdf.continued", name), 0) }
}
