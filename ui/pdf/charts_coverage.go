package pdf

import (
	"kamplan/domain"
	"kamplan/domain/gaps"
	"kamplan/ui/chart"
)

// The team coverage on paper is the app's layout (chart.LayoutCoverage) cut into slices of
// rows, one per page, each under the repeated header: their people × our team, each pair
// with the relationship now → target and frequency, a red mark on every row with a gap.

// coverageMatrix is our team × their people (internal edition), then the gaps.
type coverageMatrix struct{}

// coveragePaper sizes the matrix for the page: a wide team gets narrower columns rather
// than smaller type, which stays at minType or more.
func coveragePaper(d *doc) chart.CoverageOptions {
	o := chart.DefaultCoverageOptions()
	o.HeadH = 36
	o.Measure = onPaper
	least := minType * ptToMM / o.FontSize // the scale that sets the type at minType
	members := float64(len(chart.CoverageMembers(d.plan, d.account.Team)))
	if w := d.width() / least; o.HeadW+members*o.ColW > w && members > 0 {
		o.HeadW = min(o.HeadW, 0.28*w)
		o.ColW = (w - o.HeadW) / members
		o.HeadH += o.LineH // narrower columns wrap names and levels onto one more line
		o.RowH += o.LineH
	}
	return o
}

// scale is the millimetres per unit: the text width, no larger than ~7 pt text.
func (cm coverageMatrix) scale(d *doc, frameW float64) float64 {
	return min(d.width()/frameW, 0.22)
}

func (cm coverageMatrix) draw(d *doc) {
	o, tx, team := coveragePaper(d), chart.CoverageWords(d.t, "!"), d.account.Team
	cov := chart.NewCoverage(d.plan, team, d.in.Today, tx)
	rows, cols := cov.Size()
	if len(d.plan.Coverage) == 0 || cols == 0 {
		d.listedHeading(d.t("peoplemaps.pdf.coverage"), 10)
		d.para(d.t("peoplemaps.pdf.coverage_empty"))
		return
	}
	f := cm.scale(d, o.HeadW+float64(cols)*o.ColW)
	rowH, headH := o.RowH*f, o.HeadH*f
	d.listedHeading(d.t("peoplemaps.pdf.coverage"), headH+3*rowH+12)
	d.font("", smallSize)
	d.colour(muted)
	d.pdf.MultiCell(d.width(), 3.8, d.t("peoplemaps.pdf.coverage_note"), "", "L", false)
	d.pdf.Ln(1.5)
	for from := 0; from < rows; {
		fit := int((d.room() - headH - 2) / rowH)
		if fit < min(3, rows-from) {
			d.pdf.AddPage()
			d.heading(d.t("peoplemaps.pdf.coverage_continued"), headH+3*rowH)
			continue
		}
		o.RowFrom, o.RowTo = from, min(rows, from+fit)
		cm.slice(d, cov.Layout(o), f)
		from = o.RowTo
	}
	cm.gapList(d)
}

// slice draws one slice of the matrix at the current position.
func (cm coverageMatrix) slice(d *doc, m chart.CoverageMatrix, f float64) {
	defer d.pdf.Figure(altOf(d).Coverage())()
	s := chart.Scale{Origin: chart.Point{X: marginX, Y: d.pdf.GetY()}, Factor: f}
	pt := chart.DefaultCoverageOptions().FontSize * f / ptToMM
	cm.header(d, m, s, pt)
	cm.rows(d, m, s, pt)
	cm.cells(d, m, s, pt)
	d.pdf.SetY(s.Point(chart.Point{Y: m.Frame.Bottom()}).Y + 3)
}

// header is the corner and a column head for each member of our team.
func (cm coverageMatrix) header(d *doc, m chart.CoverageMatrix, s chart.Scale, pt float64) {
	head := light(d.accent, 0.12)
	d.pdf.SetLineWidth(0.15)
	d.pdfBox(s.Rect(m.Corner), &head, &rule)
	d.pdfLabel(s, chart.Label{Text: d.t("peoplemaps.coverage.person"), Box: m.Corner.Inset(5)}, pt, "B", ink, "L")
	for _, c := range m.Cols {
		d.pdfBox(s.Rect(c.Box), &head, &rule)
		for i, l := range c.Labels {
			d.pdfLabel(s, l, pt, map[bool]string{true: "B", false: ""}[i == 0], ink, "C")
		}
	}
}

// rows are their people, zebra-striped, a gap marked in red.
func (cm coverageMatrix) rows(d *doc, m chart.CoverageMatrix, s chart.Scale, pt float64) {
	red := chart.StatusColour(domain.StatusRed)
	for i, r := range m.Rows {
		row := chart.Rect{X: 0, Y: r.Box.Y, W: m.Frame.W, H: r.Box.H}
		fill := chart.White
		if i%2 == 1 {
			fill = zebra
		}
		d.pdfBox(s.Rect(row), &fill, &rule)
		for k, l := range r.Labels {
			d.pdfLabel(s, l, pt, map[bool]string{true: "B", false: ""}[k == 0], ink, "L")
		}
		if r.Mark != nil {
			canvasOf(d).SignalLabel(s, *r.Mark, pt, "B", red, "L")
		}
	}
}

// cells are the column rules and the pairs, tinted by how good the relationship is now.
func (cm coverageMatrix) cells(d *doc, m chart.CoverageMatrix, s chart.Scale, pt float64) {
	for _, c := range m.Cols {
		a, b := s.Point(chart.Point{X: c.Box.X}), s.Point(chart.Point{X: c.Box.X, Y: m.Frame.H})
		d.draw(rule)
		d.pdf.Line(a.X, a.Y, b.X, b.Y)
	}
	for _, c := range m.Cells {
		tint := light(d.accent, 0.10+0.10*float64(c.RelNow))
		d.pdfBox(s.Rect(c.Box.Inset(2)), &tint, nil)
		for _, l := range c.Labels {
			d.pdfLabel(s, l, pt, "", ink, "C")
		}
	}
}

// gaps lists the gaps of the team's coverage under the matrix.
func (cm coverageMatrix) gapList(d *doc) {
	found := gaps.Of(d.plan, d.in.Today)
	if len(found) == 0 {
		return
	}
	d.heading(d.t("peoplemaps.pdf.gaps"), 2*lineH)
	for _, k := range gaps.Kinds { // grouped by kind, as the summary groups them
		var names []string
		for _, g := range found {
			switch {
			case g.Kind != k:
			case k == gaps.NotMet:
				names = append(names, d.tc("peoplemaps.pdf.gaps.days", g.Days, g.Name, g.Days))
			default:
				names = append(names, g.Name)
			}
		}
		if len(names) > 0 {
			d.flowNames(d.t("peoplemaps.pdf.gaps."+string(k), len(names)), names)
		}
	}
	d.pdf.Ln(2)
}
