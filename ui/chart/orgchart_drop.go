package chart

import "kamplan/domain"

// Hit-testing and the drop decision of the relationship map, as pure functions: the widget
// asks what is under the pointer and what a drop there means, then applies the edit.

// OrgHitKind is what a point of the map falls on.
type OrgHitKind int

const (
	OrgHitNone   OrgHitKind = iota
	OrgHitCard              // a card (not its handle)
	OrgHitHandle            // a card's link handle
	OrgHitMore              // the "+N" of a collapsed card
)

// OrgHit is what lies under a point.
type OrgHit struct {
	Kind      OrgHitKind
	ContactID string
}

// HitTest finds what lies under p (cards do not overlap).
func (m OrgChart) HitTest(p Point) OrgHit {
	for _, c := range m.Cards {
		switch {
		case c.Handle.Contains(p):
			return OrgHit{OrgHitHandle, c.ContactID}
		case c.Box.Contains(p):
			return OrgHit{OrgHitCard, c.ContactID}
		case c.More != nil && c.More.Box.Contains(p):
			return OrgHit{OrgHitMore, c.ContactID}
		}
	}
	return OrgHit{}
}

// CardAt is the contact whose card is under p.
func (m OrgChart) CardAt(p Point) (string, bool) {
	for _, c := range m.Cards {
		if c.Box.Contains(p) {
			return c.ContactID, true
		}
	}
	return "", false
}

// OrgDropKind is what dropping a dragged card means.
type OrgDropKind int

const (
	OrgDropNone   OrgDropKind = iota
	OrgDropBoss               // Target becomes the boss
	OrgDropRoot               // no boss any more
	OrgDropBefore             // beside Target, on its left: same boss, just before it
	OrgDropAfter              // beside Target, on its right: same boss, just after it
)

// OrgDrop is the decision for a drop.
type OrgDrop struct {
	Kind   OrgDropKind
	Target string
}

// orgEdge is the share of a card's width, at each side, that means "beside" rather than "onto".
const orgEdge = 0.2

// DropAt decides what dropping the card of dragged at p means: on the middle of another card,
// that person becomes the boss; on its left or right edge, or in the gap beside it, the card
// goes beside it (same boss, just before or after it); on empty space it becomes a root.
func (m OrgChart) DropAt(dragged string, p Point, o OrgOptions) OrgDrop {
	for _, c := range m.Cards {
		b := c.Box
		if p.Y < b.Y || p.Y > b.Bottom() || p.X < b.X-o.GapX/2-2 || p.X > b.Right()+o.GapX/2+2 {
			continue
		}
		if c.ContactID == dragged {
			return OrgDrop{}
		}
		switch {
		case p.X < b.X+b.W*orgEdge:
			return OrgDrop{OrgDropBefore, c.ContactID}
		case p.X > b.Right()-b.W*orgEdge:
			return OrgDrop{OrgDropAfter, c.ContactID}
		default:
			return OrgDrop{OrgDropBoss, c.ContactID}
		}
	}
	if c, ok := m.Card(dragged); ok && c.Boss == "" {
		return OrgDrop{}
	}
	return OrgDrop{Kind: OrgDropRoot}
}

// OrgDropEdit is the plan edit a drop makes: the contact with a new boss (ReplaceItem), its
// place among the contacts (MoveItem), or both in one Batch. False when nothing changes.
// The domain refuses a boss that would make a cycle.
func OrgDropEdit(p *domain.Plan, dragged string, d OrgDrop) (domain.Edit, bool) {
	k := p.FindContact(dragged)
	if k == nil || d.Kind == OrgDropNone || d.Target == dragged {
		return nil, false
	}
	c := *k
	var eds domain.Batch
	boss := ""
	switch d.Kind {
	case OrgDropBoss:
		boss = d.Target
	case OrgDropBefore, OrgDropAfter:
		t := p.FindContact(d.Target)
		if t == nil {
			return nil, false
		}
		boss = t.ReportsTo
	}
	if boss != c.ReportsTo {
		c.ReportsTo = boss
		eds = append(eds, domain.ReplaceItem{Coll: domain.CollContacts, Value: c})
	}
	if d.Kind == OrgDropBefore || d.Kind == OrgDropAfter {
		if to, from := orgMoveIndex(p, dragged, d); to != from {
			eds = append(eds, domain.MoveItem{Coll: domain.CollContacts, ID: dragged, To: to})
		}
	}
	switch len(eds) {
	case 0:
		return nil, false
	case 1:
		return eds[0], true
	}
	return eds, true
}

// orgMoveIndex is where the dragged contact goes in the plan's list (counted once it is taken
// out) to sit just before or after the target, and where it is now.
func orgMoveIndex(p *domain.Plan, dragged string, d OrgDrop) (to, from int) {
	from, at := -1, -1
	for i, c := range p.Contacts {
		switch c.ID {
		case dragged:
			from = i
		case d.Target:
			at = i
		}
	}
	if from < at {
		at--
	}
	if d.Kind == OrgDropAfter {
		at++
	}
	return at, from
}
