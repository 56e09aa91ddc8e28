package pdf

// contents is the second page, reserved before the sections are laid out and written
// once the page of every section is known: the sections with their pages, clickable.
type contents struct{ page int }

// tocEntry is a section in the contents.
type tocEntry struct {
	title string
	page  int
	link  int
}

// reserveContents adds the contents' page, to write once the sections are laid out.
func reserveContents(d *doc) contents {
	d.pdf.AddPage()
	return contents{page: d.pdf.PageNo()}
}

// draw goes back to the reserved page and lists the sections.
func (c contents) draw(d *doc) {
	last := d.pdf.PageNo()
	d.pdf.SetPage(c.page)
	d.pdf.SetXY(marginX, marginTop)
	d.font("B", 17)
	d.colour(d.accent)
	d.pdf.CellFormat(d.width(), 8, d.t("pdf.contents"), "", 2, "L", false, 0, "")
	d.pdf.Ln(6)
	for i, e := range d.toc {
		y := d.pdf.GetY()
		d.font("", 10.5)
		d.colour(ink)
		num := d.loc.Number(float64(i+1), 0) + "  "
		d.pdf.CellFormat(d.width()-15, 8, num+e.title, "", 0, "L", false, e.link, "")
		d.colour(d.accent)
		d.pdf.CellFormat(15, 8, d.loc.Number(float64(e.page), 0), "", 1, "R", false, e.link, "")
		d.draw(rule)
		d.pdf.SetLineWidth(0.1)
		d.pdf.Line(marginX, y+8, marginX+d.width(), y+8)
	}
	d.pdf.SetPage(last)
}

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
