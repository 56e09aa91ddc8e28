package chart

import (
	"kamplan/domain"
)

// Paper: a large organisation is split by subtree over pages. Subtrees are laid on a page
// whole while they fit; one that does not is drawn from the top, level by level, as far as
// the page allows, and each card whose reports could not follow says on which page they
// continue. There the card is repeated (marked as such) under "reports of X, continued from
// page N", with its reports below it, cut again if need be; several such groups share a page
// when they fit. No card is ever split by a page: every page is a layout that fits its box.

// orgWork is a set of subtrees to put on pages: the forest's roots, or the reports of a cut
// card (head) that continue from page index from.
type orgWork struct {
	head  *orgNode
	kids  []*orgNode
	from  int // index of the page the head is cut on
	first int // index of the first page the reports are on
}

// orgCut is a cut card (a page's copy) whose reports continue in work.
type orgCut struct {
	node *orgNode
	work int
}

type orgPager struct {
	o     OrgOptions
	page  Rect
	first int
	works []orgWork
	pages [][]*orgNode // each page's forest of copies
	cur   []*orgNode   // the page being filled
	cuts  []orgCut
}

// LayoutOrgPages splits the map over pages of the given size (unit coordinates); the first
// page is numbered first. Each returned chart fits the page and starts at (0, 0).
func LayoutOrgPages(contacts []domain.Contact, links []domain.Link, tx OrgText, o OrgOptions, page Rect, first int) []OrgChart {
	roots, _ := orgForest(contacts)
	o.Collapsed = nil
	o.MaxRowW = page.W - 2*o.Margin
	pg := &orgPager{o: o, page: page, first: first, works: []orgWork{{kids: roots}}}
	for i := 0; i < len(pg.works); i++ {
		pg.fill(i)
	}
	pg.flush()
	for _, c := range pg.cuts {
		c.node.cont = first + pg.works[c.work].first
	}
	out := make([]OrgChart, 0, len(pg.pages))
	for _, roots := range pg.pages {
		m := layoutOrgRoots(roots, tx, o, 0)
		m.addLinks(links, func(id string) string { return id })
		out = append(out, m)
	}
	return out
}

// fits reports whether the page being filled fits the page box.
func (pg *orgPager) fits() bool {
	forest := &orgNode{kids: pg.cur}
	pg.o.measure(forest, pg.o.MaxRowW)
	return forest.w+2*pg.o.Margin <= pg.page.W && forest.h+2*pg.o.Margin <= pg.page.H
}

func (pg *orgPager) flush() {
	if len(pg.cur) > 0 {
		pg.pages = append(pg.pages, pg.cur)
		pg.cur = nil
	}
}

// fill puts the subtrees of work i on the page being filled and as many more as they need.
func (pg *orgPager) fill(i int) {
	w := pg.works[i]
	if w.head != nil && len(pg.pages) == w.from {
		pg.flush() // never continue on the page where the card was cut
	}
	var group *orgNode // the repeated head on the current page
	open := func() {
		if w.head != nil {
			group = &orgNode{c: w.head.c, all: w.head.all, repeat: true, from: pg.first + w.from}
			pg.cur = append(pg.cur, group)
		}
	}
	list := func() *[]*orgNode {
		if group != nil {
			return &group.kids
		}
		return &pg.cur
	}
	open()
	pg.works[i].first = len(pg.pages)
	for j, k := range w.kids {
		l := list()
		*l = append(*l, orgCopy(k, -1))
		if pg.fits() {
			continue
		}
		part := orgCopy(k, 0)
		(*l)[len(*l)-1] = part
		if !pg.fits() {
			*l = (*l)[:len(*l)-1]
			if group != nil && len(group.kids) == 0 {
				pg.cur = pg.cur[:len(pg.cur)-1]
			}
			pg.flush()
			open()
			if j == 0 {
				pg.works[i].first = len(pg.pages)
			}
			l = list()
			*l = append(*l, part)
		}
		pg.expand(part)
	}
}

// expand draws the reports of the cut cards of part, level by level, while the page holds
// them; the cards still cut continue elsewhere.
func (pg *orgPager) expand(part *orgNode) {
	queue := []*orgNode{part}
	for len(queue) > 0 {
		q := queue[0]
		queue = queue[1:]
		if q.cont == 0 {
			continue
		}
		q.cont = 0
		for _, k := range q.orig.kids {
			q.kids = append(q.kids, orgCopy(k, 0))
		}
		if pg.fits() {
			queue = append(queue, q.kids...)
			continue
		}
		q.kids, q.cont = nil, -1
		pg.cuts = append(pg.cuts, orgCut{q, len(pg.works)})
		pg.works = append(pg.works, orgWork{head: q, kids: q.orig.kids, from: len(pg.pages)})
	}
}

// orgCopy copies a subtree (depth −1) or only its top card (depth 0); a copied card without
// its reports is cut (cont −1, numbered once every page is known).
func orgCopy(n *orgNode, depth int) *orgNode {
	c := &orgNode{c: n.c, all: n.all, orig: n}
	if depth == 0 {
		if len(n.kids) > 0 {
			c.cont = -1
		}
		return c
	}
	for _, k := range n.kids {
		c.kids = append(c.kids, orgCopy(k, depth))
	}
	return c
}
