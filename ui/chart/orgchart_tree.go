package chart

import "fmt"

// The tidy tree: each subtree is a block; a boss's reports sit side by side below it with the
// boss centred over them, or, when they would be wider than the row allows, wrap into rows
// hanging from a trunk at the boss's left. Blocks are measured bottom-up, then placed.

// pillH is the height of the "+N" or "continued" mark below a card.
func (o OrgOptions) pillH() float64 { return o.TextSize*orgLine + 4 }

// orgLine is a line's height per unit of font size: a label's box is size × orgLine high.
const orgLine = 1.3

// OrgFontSize is the font size to draw a label of the map with (from its box height).
func OrgFontSize(l Label) float64 { return l.Box.H / orgLine }

// measure sizes n's block for a row at most limit wide. The forest itself is a node without
// a contact: no card, no indent, no lines.
func (o OrgOptions) measure(n *orgNode, limit float64) {
	cardH, indent := o.CardH, o.Indent
	if n.c == nil {
		cardH, indent = 0, 0
	}
	defer o.markBand(n)
	if len(n.kids) == 0 {
		n.w, n.h, n.cardX = o.CardW, cardH, 0
		if n.hidden > 0 || n.cont != 0 {
			n.h += 4 + o.pillH()
		}
		return
	}
	kidLimit := max(limit-indent, o.CardW)
	sum := -o.GapX
	for _, k := range n.kids {
		o.measure(k, kidLimit)
		sum += k.w + o.GapX
	}
	top := cardH + o.GapY
	if n.c == nil {
		top = 0
	}
	if sum <= limit || len(n.kids) == 1 {
		o.oneRow(n, top)
	} else {
		o.wrapRows(n, top, indent, limit)
	}
}

// markH is the band above a repeated card for its "continued from" mark (two lines).
func (o OrgOptions) markH() float64 { return 2*o.TextSize*orgLine + 4 }

// markBand makes room above a repeated card for its mark.
func (o OrgOptions) markBand(n *orgNode) {
	n.top = 0
	if !n.repeat {
		return
	}
	n.top = o.markH()
	n.h += n.top
	for i := range n.kidAt {
		n.kidAt[i].Y += n.top
	}
	for i := range n.rowBus {
		n.rowBus[i] += n.top
	}
}

// oneRow puts the reports side by side and centres the boss over their cards.
func (o OrgOptions) oneRow(n *orgNode, top float64) {
	n.wrapped = false
	n.kidAt = n.kidAt[:0]
	x, h := 0.0, 0.0
	for _, k := range n.kids {
		n.kidAt = append(n.kidAt, Point{x, top})
		x += k.w + o.GapX
		h = max(h, k.h)
	}
	rowW := x - o.GapX
	first, last := n.kids[0], n.kids[len(n.kids)-1]
	mid := (n.kidAt[0].X + first.cardX + n.kidAt[len(n.kids)-1].X + last.cardX + o.CardW) / 2
	n.cardX = mid - o.CardW/2
	if n.c == nil {
		n.cardX = 0
	}
	minX, maxX := min(0, n.cardX), max(rowW, n.cardX+o.CardW)
	if n.c == nil {
		minX, maxX = 0, rowW
	}
	for i := range n.kidAt {
		n.kidAt[i].X -= minX
	}
	n.cardX -= minX
	n.w, n.h = maxX-minX, top+h
}

// wrapRows fills rows of reports from the left, each row below a bus from the boss's trunk.
func (o OrgOptions) wrapRows(n *orgNode, top, indent, limit float64) {
	n.wrapped, n.cardX = true, 0
	n.kidAt, n.rowBus, n.rowEnd = n.kidAt[:0], n.rowBus[:0], n.rowEnd[:0]
	x, y, rowH, w := indent, top, 0.0, o.CardW
	n.rowBus = append(n.rowBus, y-o.GapY/2)
	for i, k := range n.kids {
		if x > indent && x+k.w > limit {
			n.rowEnd = append(n.rowEnd, i)
			y += rowH + o.GapY
			x, rowH = indent, 0
			n.rowBus = append(n.rowBus, y-o.GapY/2)
		}
		n.kidAt = append(n.kidAt, Point{x, y})
		w = max(w, x+k.w)
		x += k.w + o.GapX
		rowH = max(rowH, k.h)
	}
	n.rowEnd = append(n.rowEnd, len(n.kids))
	n.w, n.h = w, y+rowH
}

// place puts n's block with its corner at (x, y): its card, its reports, the lines.
func (m *OrgChart) place(n *orgNode, boss string, x, y float64, tx OrgText, o OrgOptions) {
	box := Rect{x + n.cardX, y + n.top, o.CardW, o.CardH}
	m.index[n.c.ID] = len(m.Cards)
	m.Cards = append(m.Cards, orgCard(n, boss, box, tx, o))
	if n.repeat {
		text := fmt.Sprintf(tx.ContinuedFrom, n.c.Name, n.from)
		for i, line := range o.Measure.regular(o.TextSize).wrap(text, n.w, 2) {
			h := o.TextSize * orgLine
			m.Marks = append(m.Marks, Label{ID: n.c.ID, Text: line, Box: Rect{x, y + float64(i)*h, n.w, h}})
		}
	}
	for i, k := range n.kids {
		m.place(k, n.c.ID, x+n.kidAt[i].X, y+n.kidAt[i].Y, tx, o)
	}
	if len(n.kids) == 0 {
		return
	}
	kidTop := func(i int) Point {
		return Point{x + n.kidAt[i].X + n.kids[i].cardX + o.CardW/2, y + n.kidAt[i].Y}
	}
	drop := func(i int, bus float64) {
		t := kidTop(i)
		m.Tree = append(m.Tree, Line{Point{t.X, bus}, t})
	}
	if !n.wrapped {
		bus := box.Bottom() + o.GapY/2
		px := box.Center().X
		lo, hi := min(px, kidTop(0).X), max(px, kidTop(len(n.kids)-1).X)
		m.Tree = append(m.Tree, Line{Point{px, box.Bottom()}, Point{px, bus}})
		if hi > lo {
			m.Tree = append(m.Tree, Line{Point{lo, bus}, Point{hi, bus}})
		}
		for i := range n.kids {
			drop(i, bus)
		}
		return
	}
	trunk := x + o.Indent/2
	last := y + n.rowBus[len(n.rowBus)-1]
	m.Tree = append(m.Tree, Line{Point{trunk, box.Bottom()}, Point{trunk, last}})
	from := 0
	for r, end := range n.rowEnd {
		bus := y + n.rowBus[r]
		m.Tree = append(m.Tree, Line{Point{trunk, bus}, Point{kidTop(end - 1).X, bus}})
		for i := from; i < end; i++ {
			drop(i, bus)
		}
		from = end
	}
}
