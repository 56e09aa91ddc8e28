package chart

import (
	"fmt"
	"math"

	"kamplan/domain"
)

// A card, top to bottom: the name (and the key player's mark at the right), the title on up
// to two lines, relationship now → target, then the influence as five dots, the role badges
// and the link handle. Every text is cut to its box, so no label leaves its card.

func orgCard(n *orgNode, boss string, box Rect, tx OrgText, o OrgOptions) OrgCard {
	c := n.c
	k := OrgCard{ContactID: c.ID, Boss: boss, Box: box, Attitude: c.Attitude, Influence: c.Influence,
		KeyPlayer: c.KeyPlayer(), Kids: n.all, Hidden: n.hidden, ContinuesOn: n.cont, Repeated: n.repeat}
	p := o.Pad
	nameH, textH := o.NameSize*orgLine, o.TextSize*orgLine
	name, text := o.Measure.bold(o.NameSize), o.Measure.regular(o.TextSize)
	keyW := 0.0
	if k.KeyPlayer && tx.KeyMark != "" {
		keyW = name.width(tx.KeyMark) + 2
		k.Key = Label{ID: c.ID, Text: tx.KeyMark, Box: Rect{box.Right() - p - keyW, box.Y + p, keyW, nameH}}
	}
	inner := box.W - 2*p
	nameW := inner - keyW
	k.Name = Label{ID: c.ID, Text: name.clip(c.Name, nameW), Box: Rect{box.X + p, box.Y + p, nameW, nameH}}
	y := box.Y + p + nameH
	for i, line := range text.wrap(c.Title, inner, 2) {
		k.Title = append(k.Title, Label{ID: c.ID, Text: line, Box: Rect{box.X + p, y + float64(i)*textH, inner, textH}})
	}
	y += 2 * textH
	rel := tx.Rel[clampInt(c.RelNow, 0, 4)] + " → " + tx.Rel[clampInt(c.RelTarget, 0, 4)]
	k.Rel = Label{ID: c.ID, Text: text.clip(rel, inner), Box: Rect{box.X + p, y, inner, textH}}
	k.bottomRow(c, tx, o)
	k.marks(tx, o)
	return k
}

// bottomRow places the influence dots, the badges and the handle on the card's last line.
func (k *OrgCard) bottomRow(c *domain.Contact, tx OrgText, o OrgOptions) {
	box, p := k.Box, o.Pad
	rowH := o.BadgeSize*orgLine + 2
	y := box.Bottom() - p - rowH
	dot := math.Min(7, rowH-2)
	x := box.X + p
	for i := 0; i < 5; i++ {
		k.Weight = append(k.Weight, Rect{x, y + (rowH-dot)/2, dot, dot})
		x += dot + 2
	}
	k.Handle = Rect{box.Right() - p - rowH, y, rowH, rowH}
	x += 4
	end := k.Handle.X - 3
	badge := o.Measure.bold(o.BadgeSize)
	roles := make([]string, 0, len(c.BuyingRoles)+1)
	if c.SellingRole != domain.SellingNone {
		roles = append(roles, "selling."+string(c.SellingRole))
	}
	for _, r := range c.BuyingRoles {
		roles = append(roles, "buying."+string(r))
	}
	for i, r := range roles {
		text := tx.Badges[r]
		if text == "" {
			continue
		}
		w := badge.width(text) + 2*orgBadgePad
		rest := fmt.Sprintf("+%d", len(roles)-i)
		restW := badge.width(rest) + 2*orgBadgePad
		if x+w > end || (i < len(roles)-1 && x+w+3+restW > end) {
			if x+restW <= end {
				k.Badges = append(k.Badges, Label{ID: c.ID, Text: rest, Box: Rect{x, y + 1, restW, o.BadgeSize * orgLine}})
			}
			return
		}
		k.Badges = append(k.Badges, Label{ID: c.ID, Text: text, Box: Rect{x, y + 1, w, o.BadgeSize * orgLine}})
		x += w + 3
	}
}

// orgBadgePad is the room either side of a badge's text (the screen draws it from the
// badge's left plus this); orgPillPad, either side of the text of a card's "+N" or
// "continued" mark.
const (
	orgBadgePad = 3
	orgPillPad  = 5
)

// marks adds the "+N" of a collapsed card and the "continues on page N" of a cut one. The
// screen draws them bold, the paper regular: they are measured bold.
func (k *OrgCard) marks(tx OrgText, o OrgOptions) {
	f := o.Measure.bold(o.TextSize)
	pill := func(text string) *Label {
		text = f.clip(text, k.Box.W-2*orgPillPad)
		w := f.width(text) + 2*orgPillPad
		return &Label{ID: k.ContactID, Text: text,
			Box: Rect{k.Box.Center().X - w/2, k.Box.Bottom() + 4, w, o.pillH()}}
	}
	if k.Hidden > 0 {
		k.More = pill(fmt.Sprintf(tx.More, k.Hidden))
	}
	if k.ContinuesOn > 0 {
		k.Continues = pill(fmt.Sprintf(tx.ContinuesOn, k.ContinuesOn))
	}
}

// Labels are every text of the chart that is drawn (for tests: none leaves its card, none
// overlaps another).
func (m OrgChart) Labels() []Label {
	var out []Label
	for _, c := range m.Cards {
		out = append(out, c.Name)
		if c.Key.Text != "" {
			out = append(out, c.Key)
		}
		out = append(out, c.Title...)
		out = append(out, c.Rel)
		out = append(out, c.Badges...)
		for _, l := range []*Label{c.More, c.Continues} {
			if l != nil {
				out = append(out, *l)
			}
		}
	}
	return append(out, m.Marks...)
}

// addLinks draws the informal links between drawn cards; a person hidden in a collapsed
// subtree is stood for by the collapsed card (resolve), a link inside one card is not drawn.
func (m *OrgChart) addLinks(links []domain.Link, resolve func(string) string) {
	for _, l := range links {
		from, to := resolve(l.From), resolve(l.To)
		a, okA := m.Card(from)
		b, okB := m.Card(to)
		if !okA || !okB || from == to {
			continue
		}
		line := Line{borderPoint(a.Box, b.Box.Center()), borderPoint(b.Box, a.Box.Center())}
		ol := OrgLink{LinkID: l.ID, From: from, To: to, Kind: l.Kind, Line: line}
		if l.Kind == domain.LinkConflict {
			ol.Dashes = dashes(line, 7, 5)
		} else {
			ol.Arrow = arrowHead(line, 10)
		}
		m.Links = append(m.Links, ol)
	}
}

// borderPoint is where the segment from the box's centre towards p leaves the box.
func borderPoint(b Rect, p Point) Point {
	c := b.Center()
	dx, dy := p.X-c.X, p.Y-c.Y
	t := 1.0
	if dx != 0 {
		t = math.Min(t, b.W/2/math.Abs(dx))
	}
	if dy != 0 {
		t = math.Min(t, b.H/2/math.Abs(dy))
	}
	return Point{c.X + dx*t, c.Y + dy*t}
}

// arrowHead is two strokes at the line's end.
func arrowHead(l Line, size float64) []Line {
	dx, dy := l.To.X-l.From.X, l.To.Y-l.From.Y
	n := math.Hypot(dx, dy)
	if n == 0 {
		return nil
	}
	ux, uy := dx/n, dy/n
	var out []Line
	for _, s := range []float64{-1, 1} {
		a := 0.45 * s
		vx := ux*math.Cos(a) - uy*math.Sin(a)
		vy := ux*math.Sin(a) + uy*math.Cos(a)
		out = append(out, Line{Point{l.To.X - vx*size, l.To.Y - vy*size}, l.To})
	}
	return out
}

// dashes cuts a line into dashes of length on, gaps of off.
func dashes(l Line, on, off float64) []Line {
	dx, dy := l.To.X-l.From.X, l.To.Y-l.From.Y
	n := math.Hypot(dx, dy)
	var out []Line
	for s := 0.0; s < n; s += on + off {
		e := math.Min(s+on, n)
		out = append(out, Line{Point{l.From.X + dx*s/n, l.From.Y + dy*s/n}, Point{l.From.X + dx*e/n, l.From.Y + dy*e/n}})
	}
	return out
}
