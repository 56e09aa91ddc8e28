package pdf

import "kamplan/ui/pdf/theme"

// A section is one numbered part of the document: its title — with a bookmark, a link and
// an entry in the contents — then its body. The title never ends a page alone: the section
// starts on a new page when the page has no room for the title and the first block of the
// body, or when too little of the page is left (see doc.open).
type section interface {
	// key is the catalogue key of the title; it also names the section's link and page.
	key() string
	// first is the height of the first block of the body, which stays with the title.
	first(d *doc) float64
	// draw writes the body under the title.
	draw(d *doc)
}

// ownPage is a section that always starts on a page of its own.
type ownPage interface{ ownPage() }

// optional is a section that some documents leave out.
type optional interface{ shown(d *doc) bool }

// A new section is a type, as section_changes.go's changes (what changed since the last
// review, in the internal edition when there is something to compare with):
//
//	type changes struct{}
//
//	func (changes) key() string          { return "pdf.s.changes" } // its title, in the catalogues
//	func (changes) first(d *doc) float64 { return 12 }              // kept with the title
//	func (changes) shown(d *doc) bool    { return … }               // only if optional
//	func (changes) draw(d *doc)          { … }                      // d.heading, d.para, d.bullet, table{…}.draw(d)
//
// and changes{} in an edition's list below, where it goes in the document.

// editionSections are the sections of an edition in the order of the method (METHOD.md
// §9). The client's has no portfolio position and no plan B, and governance in place of
// the stakeholder map. A new section is a type and a line here.
func editionSections(client bool) []section {
	if client {
		return []section{
			execSummary{},
			profile{},
			clientSWOT{},
			position{},
			competitors{}, // when a competitor's SWOT is shared
			strategies{},
			governance{},
			&objectives{},
			actions{}, opportunities{"pdf.s.proposals"},
			kpis{},
			commitment{},
			&appendix{},
		}
	}
	return []section{
		execSummary{},
		changes{}, // when there is a last review to compare with
		profile{},
		clientSWOT{},
		position{},
		portfolio{},
		competitors{},
		strategies{},
		stakeholders{},
		&objectives{},
		actions{}, opportunities{"pdf.s.pipeline"},
		kpis{},
		risks{},
		commitment{},
		&appendix{},
	}
}

// shownSections are the sections of d's edition that d shows.
func shownSections(d *doc) []section {
	var out []section
	for _, s := range editionSections(d.client) {
		if o, ok := s.(optional); !ok || o.shown(d) {
			out = append(out, s)
		}
	}
	return out
}

// build lays out the document: the cover, the contents, then every section of the
// edition (see editionSections); last, the contents and the page numbers that point to a
// section are written in.
func (d *doc) build() {
	d.installHeaderFooter()
	cover{}.draw(d)
	toc := reserveContents(d)
	sections := shownSections(d)
	for i, s := range sections {
		d.floats.flush(d)
		d.open(s)
		s.draw(d)
		d.step(0.9 * float64(i+1) / float64(len(sections)))
	}
	d.floats.flush(d)
	d.pdf.NoteUsed() // before the contents and page numbers move the cursor to earlier pages
	toc.draw(d)
	d.fillPageRefs()
}

// titleH is the height of a section's title, with the space above and under it.
const titleH = 22

// sectionRoom is how much of the page a section needs to start on it.
func (d *doc) sectionRoom() float64 { return (d.bottom() - marginTop) * 0.4 }

// open starts a section, with a bookmark and a contents entry: on a new page when it must
// have one of its own or the page has not room enough, else on the current page (so no
// page is left mostly empty).
func (d *doc) open(s section) {
	key, first := s.key(), s.first(d)
	_, own := s.(ownPage)
	// a first block taller than sectionRoom is kept whole (a SWOT, a timeline, the appendix):
	// the page ends for it
	whole := titleH+first > max(d.sectionRoom(), d.room())
	if own || d.pushed[len(d.kept)] || d.room() < max(d.sectionRoom(), titleH+first) {
		d.forced[d.pdf.PageNo()] = own || whole
		d.pdf.AddPage()
	} else {
		d.pdf.Ln(8)
	}
	d.keep(func() { d.title(key) })
}

// title writes a section's number and title with its link, bookmark and contents entry.
func (d *doc) title(key string) {
	title := d.t(key)
	link := d.sectionLink(key)
	d.pdf.SetLink(link, d.pdf.GetY(), d.pdf.PageNo())
	d.sectionPage[key] = d.pdf.PageNo()
	number := d.toc.add(d, 0, title, link)
	d.look.HeadingFont(d.pdf, 17)
	d.colour(d.look.TitleColour(d.accent))
	writeNumbered(d, number, title, 8, titleNumberW)
	titleRule(d)
	d.pdf.Ln(6)
}

// sectionLink is the internal link to a section, made before the section is laid out so
// that earlier pages (the summary) can point to it.
func (d *doc) sectionLink(key string) int {
	if l, ok := d.links[key]; ok {
		return l
	}
	l := d.pdf.AddLink()
	d.links[key] = l
	return l
}

// titleRule marks the end of a section's title as the theme draws it: a short accent bar,
// or a fine rule across the page.
func titleRule(d *doc) {
	y := d.pdf.GetY() + 1
	if d.look.TitleRule == theme.RuleBar {
		d.fill(d.accent)
		d.pdf.Rect(marginX, y, 18, 0.9, "F")
		return
	}
	d.draw(ink)
	if d.look.RulesInAccent {
		d.draw(d.accent)
	}
	d.pdf.SetLineWidth(0.3)
	d.pdf.Line(marginX, y, marginX+d.width(), y)
}
