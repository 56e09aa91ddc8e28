package pdf

// Floats. A block that cannot split — a chart with its heading — and does not fit the rest
// of the page is drawn at the top of the next page, and what follows it in the section
// (text and tables, which can split) fills this page meanwhile, as a typesetter floats a
// figure: no page is left half white before a large chart. Floats keep their order, and a section's floats are
// drawn before the next section opens, so a chart never leaves its section.

// halfFull is the least a page is filled when the document goes on overleaf: a page more
// than half white reads as a slip in a bound report.
const halfFull = 0.5

// floats are the blocks waiting for the top of the next page.
type floats struct {
	waiting []floated
	drawing bool // the waiting blocks are being drawn
}

// floated is a block waiting for the top of the next page.
type floated struct {
	h    float64
	draw func()
}

// place draws a block h millimetres high that must not split: here when it fits, else at
// the top of the next page, floated.
func (fl *floats) place(d *doc, h float64, draw func()) {
	page := d.bottom() - marginTop
	waiting := 0.0
	for _, f := range fl.waiting {
		waiting += f.h
	}
	switch {
	case waiting > 0 && waiting+h <= page:
		fl.waiting = append(fl.waiting, floated{h, draw})
	case waiting > 0:
		fl.flush(d)
		d.need(h)
		draw()
	case d.room() >= h || h > page:
		d.need(h)
		draw()
	default:
		fl.waiting = append(fl.waiting, floated{h, draw})
	}
}

// draw draws the blocks waiting, at the top of a new page (the header calls it).
func (fl *floats) draw() {
	waiting := fl.waiting
	fl.waiting = nil
	fl.drawing = true
	for _, f := range waiting {
		f.draw()
	}
	fl.drawing = false
}

// flush ends the page when blocks are waiting, so that they are drawn.
func (fl *floats) flush(d *doc) {
	if len(fl.waiting) > 0 {
		d.pdf.AddPage()
	}
}
