package pdf

import "strconv"

// contents is the second page, reserved before the sections are laid out and written
// once the page of every section is known: the sections with their pages, clickable, and
// under each its listed headings (see listedHeading).
type contents struct{ page int }

// tocEntry is a section (level 0) or a listed heading (level 1) in the contents.
type tocEntry struct {
	level  int
	number string // 3, or 3.2
	title  string
	page   int
	link   int
}

// The columns the numbers of titles and headings take, in mm.
const (
	titleNumberW   = 11
	headingNumberW = 10
)

// tocList is the contents' entries in the order of the document.
type tocList []tocEntry

// add numbers a title or a listed heading, adds it to the contents and the outline at
// the cursor, and returns its number.
func (toc *tocList) add(d *doc, level int, title string, link int) string {
	sections, subs := 0, 0
	for _, e := range *toc {
		if e.level == 0 {
			sections, subs = sections+1, 0
		} else {
			subs++
		}
	}
	number := strconv.Itoa(sections + 1)
	if level == 1 {
		number = strconv.Itoa(sections) + "." + strconv.Itoa(subs+1)
	}
	*toc = append(*toc, tocEntry{level: level, number: number, title: title, page: d.pdf.PageNo(), link: link})
	d.pdf.Bookmark(number+"  "+title, level, -1)
	return number
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
	d.look.HeadingFont(d.pdf, 17)
	d.colour(d.look.TitleColour(d.accent))
	d.pdf.CellFormat(d.width(), 8, d.t("pdf.contents"), "", 2, "L", false, 0, "")
	titleRule(d)
	d.pdf.Ln(6)
	for _, e := range d.toc {
		c.line(d, e)
	}
	d.pdf.NoteUsed()
	d.pdf.SetPage(last)
}

// line is one entry: a section on a ruled line, a listed heading indented under it, the
// numbers in a column and the pages right-aligned, all of it a link.
func (contents) line(d *doc, e tocEntry) {
	size, h, indent, numberW := 10.5, 7.4, 0.0, 9.0
	if e.level == 1 {
		size, h, indent, numberW = 9, 5.2, 9, 10
	}
	y := d.pdf.GetY()
	d.font("", size)
	d.colour(ink)
	d.pdf.SetX(marginX + indent)
	d.pdf.CellFormat(numberW, h, e.number, "", 0, "L", false, e.link, "")
	d.pdf.CellFormat(d.width()-indent-numberW-15, h, e.title, "", 0, "L", false, e.link, "")
	d.colour(d.accent)
	d.pdf.CellFormat(15, h, strconv.Itoa(e.page), "", 1, "R", false, e.link, "")
	if e.level == 0 {
		d.draw(rule)
		d.pdf.SetLineWidth(0.1)
		d.pdf.Line(marginX, y, marginX+d.width(), y)
	}
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

// pageLinks are the internal links to pages, made once per page.
type pageLinks map[int]int

// to is the link to page n.
func (pl pageLinks) to(d *doc, n int) int {
	if l, ok := pl[n]; ok {
		return l
	}
	l := d.pdf.AddLink()
	d.pdf.SetLink(l, 0, n)
	pl[n] = l
	return l
}
