package pdf

// pageRef is a place where a section's page number is written once it is known.
type pageRef struct {
	page    int
	x, y, w float64
	section string
}

// pageRefAt reserves w millimetres at the cursor for the page of a section.
func (d *doc) pageRefAt(section string, w float64) {
	d.refs = append(d.refs, pageRef{page: d.pdf.PageNo(), x: d.pdf.GetX(), y: d.pdf.GetY(), w: w, section: section})
}

// fillPageRefs writes the page numbers reserved with pageRefAt.
func (d *doc) fillPageRefs() {
	last := d.pdf.PageNo()
	for _, r := range d.refs {
		n, ok := d.sectionPage[r.section]
		if !ok {
			continue
		}
		d.pdf.SetPage(r.page)
		d.pdf.SetXY(r.x, r.y)
		d.font("", smallSize)
		d.colour(d.accent)
		d.pdf.CellFormat(r.w, lineH, d.t("pdf.page_short", n), "", 0, "R", false, d.links[r.section], "")
	}
	d.pdf.SetPage(last)
}

// pageUse is how full each page is: the fraction of the text area its content reaches,
// and whether the page ends because the next section must start on a new page.
type pageUse struct {
	page   int
	used   float64
	forced bool
}

func (d *doc) pageUses() []pageUse {
	d.pdf.NoteUsed()
	_, h := d.pdf.GetPageSize()
	var out []pageUse
	for n := 1; n <= d.pdf.PageNo(); n++ {
		out = append(out, pageUse{page: n, used: (d.pdf.Used(n) - marginTop) / (h - marginBottom - marginTop), forced: d.forced[n]})
	}
	return out
}
