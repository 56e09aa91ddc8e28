package pdf

// build lays out the document: the cover, the contents, then every section of the
// edition (see editionSections); last, the contents and the page numbers that point to a
// section are written in.
func (d *doc) build() {
	d.installHeaderFooter()
	cover{}.draw(d)
	toc := reserveContents(d)
	sections := shownSections(d)
	for i, s := range sections {
		d.open(s)
		s.draw(d)
		d.step(0.9 * float64(i+1) / float64(len(sections)))
	}
	toc.draw(d)
	d.fillPageRefs()
}
