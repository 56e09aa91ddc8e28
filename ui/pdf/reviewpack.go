package pdf

import (
	"kamplan/ui/pdf/pipelinepdf"
	"kamplan/ui/pdf/reviewpack"
)

// drawReviewPack lays out the review pack (Document.Review): a title as the theme sets a
// section's, then package reviewpack's tables and, in the internal edition, what changed
// since Document.Since (before the decisions).
func drawReviewPack(d *doc) {
	d.installHeaderFooter()
	d.pdf.AddPage()
	d.look.HeadingFont(d.pdf, 18)
	d.colour(d.look.TitleColour(d.accent))
	d.pdf.MultiCell(d.width(), 9, d.txt(d.account.Name)+" · "+d.txt(d.plan.Period), "", "L", false)
	titleRule(d)
	d.pdf.Ln(3)
	d.font("", 12)
	d.colour(muted)
	title := reviewpack.Title(d.plan, d.loc)
	if title == "" {
		title = d.loc.T("review.pdf.none")
	}
	d.pdf.MultiCell(d.width(), 7, d.txt(title), "", "L", false) // the running header names the edition
	for _, fact := range reviewpack.Facts(&d.in.Account, d.in.Plan, d.loc) {
		for _, line := range reviewpack.Lines(d.txt(fact), d.width()-2*d.pdf.GetCellMargin(), d.pdf.GetStringWidth) {
			d.pdf.MultiCell(d.width(), 6, line, "", "L", false)
		}
	}
	d.pdf.Ln(4)
	parts := reviewpack.Parts(d.plan, d.loc, d.in.Settings, d.client, d.in.Today)
	for i, part := range parts {
		if i == 2 && (changes{}).shown(d) {
			packChanges(d)
		}
		for _, t := range part {
			reviewpack.Clean(&t, d.txt)
			if t.List {
				packList(d, t)
				continue
			}
			table{header: t.Header, align: t.Align, nowrap: t.Nowrap, rows: t.Rows, least: t.Least}.drawHeaded(d, t.Title)
		}
	}
}

// packList writes a one-column table as a bulleted list under its title, which keeps the
// first item with it.
func packList(d *doc, t pipelinepdf.Table) {
	if len(t.Rows) == 0 {
		d.heading(t.Title, 10)
		d.notAssessed()
		return
	}
	d.font("", bodySize)
	d.heading(t.Title, float64(len(d.pdf.SplitText(t.Rows[0][0], d.width()-5)))*lineH)
	for _, row := range t.Rows {
		d.bullet(row[0])
	}
	d.pdf.Ln(2)
}

// packChanges is what changed since the last review under its heading, which keeps its
// intro and the first change with it.
func packChanges(d *doc) {
	d.font("I", bodySize)
	intro := float64(len(d.pdf.SplitText(changes{}.intro(d), d.width())))*lineH + 2
	d.heading(d.t("pdf.s.changes"), intro+headingH+2*lineH)
	changes{}.draw(d)
}
