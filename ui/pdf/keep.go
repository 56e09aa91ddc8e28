package pdf

// Keep-with-next: a heading, a section's title or a table's header never ends a page. Each
// is drawn through keep, which records where it ends; once the document is laid out,
// orphans lists those with nothing under them on their page, and the document is laid out
// again with a page break before each of them (see write). The heights the sections
// estimate make this rare; the second layout makes it never.

// keptMark is where a kept block ended: its page and the point under it, in mm.
type keptMark struct {
	page   int
	bottom float64
}

// maxLayouts bounds the layouts of one document: a page break added before a heading moves
// what follows, which may leave another heading alone.
const maxLayouts = 4

// keep draws a block that must stay with what follows it: on a new page when an earlier
// layout of the document left it alone at a page's foot.
func (d *doc) keep(draw func()) {
	n := len(d.kept)
	if d.pushed[n] && !d.floats.drawing && d.pdf.GetY() > marginTop+1 {
		d.pdf.AddPage()
	}
	draw()
	d.kept = append(d.kept, keptMark{page: d.pdf.PageNo(), bottom: d.pdf.GetY()})
}

// orphans are the kept blocks that nothing follows on their page.
func (d *doc) orphans() []int {
	d.pdf.NoteUsed()
	var out []int
	for i, m := range d.kept {
		if d.pdf.Used(m.page) <= m.bottom+0.5 {
			out = append(out, i)
		}
	}
	return out
}

// laidOut builds the document, again with page breaks before the blocks an earlier
// layout left alone, until none is.
func laidOut(in Document, progress func(float64)) *doc {
	return keptTogether(in, progress, (*doc).build)
}

// keptTogether lays out a document with layout until no kept block is left alone.
func keptTogether(in Document, progress func(float64), layout func(*doc)) *doc {
	d := newDoc(in, progress)
	layout(d)
	pushed := map[int]bool{}
	for range maxLayouts - 1 {
		orphans := d.orphans()
		if len(orphans) == 0 {
			break
		}
		for _, n := range orphans {
			pushed[n] = true
		}
		d = newDoc(in, nil)
		d.pushed = pushed
		layout(d)
	}
	return d
}
