package chart

import (
	"kamplan/domain"
)

// The relationship map (METHOD §5): the client's reports-to forest as an org chart. Each
// contact is a card; a boss sits centred above the people who report to them, subtrees side
// by side in the plan's order of contacts. When the reports of one boss would be wider than
// the row allows they wrap into rows hanging from a trunk at the boss's left, so a 300-person
// organisation stays readable. A collapsed card hides its subtree and says "+N" below it; on
// paper a card whose reports continue on another page says so, and that page repeats the card
// with a mark. Informal links (influences, conflict) are lines between cards.

// OrgText are the words a map is drawn with (the caller's language).
type OrgText struct {
	Badges        map[string]string // short badge per role: "buying.decider", "selling.economic"…
	Rel           [5]string         // relationship levels 0–4
	More          string            // format of the hidden count, e.g. "+%d"
	KeyMark       string            // the key player's mark, e.g. "★"
	ContinuesOn   string            // format: the reports continue on page %d
	ContinuedFrom string            // format: reports of %s, continued from page %d
}

// OrgOptions size the map in unit coordinates (≈ pixels on screen at zoom 1).
type OrgOptions struct {
	CardW, CardH                  float64
	GapX, GapY, Indent            float64 // between siblings, between levels, the trunk's indent of wrapped rows
	MaxRowW                       float64 // the widest row of cards before the reports wrap
	Margin, Pad                   float64
	NameSize, TextSize, BadgeSize float64
	Collapsed                     map[string]bool // contacts whose subtree is hidden
	Measure                       Measure         // how wide the renderer draws text
}

// DefaultOrgOptions are the sizes of the screen.
func DefaultOrgOptions() OrgOptions {
	return OrgOptions{CardW: 188, CardH: 78, GapX: 18, GapY: 46, Indent: 24, MaxRowW: 1500,
		Margin: 16, Pad: 6, NameSize: 11, TextSize: 9, BadgeSize: 8}
}

// OrgCard is one contact's card.
type OrgCard struct {
	ContactID, Boss     string // Boss is "" for a root (of the page)
	Box                 Rect
	Attitude, Influence int
	KeyPlayer           bool
	Name, Rel, Key      Label   // Key is the key-player mark (empty text when not one)
	Title               []Label // one or two lines
	Badges              []Label // short role badges, each in its box
	Weight              []Rect  // five dots; the first Influence of them are filled
	Handle              Rect    // drag from here to another card: "influences"
	Kids                int     // people reporting to this card, drawn or not
	Hidden              int     // collapsed: contacts hidden below; 0 otherwise
	More                *Label  // "+N" below a collapsed card
	ContinuesOn         int     // paper: the reports continue on this page (0: they do not)
	Continues           *Label  // the mark below the card
	Repeated            bool    // paper: the card heads a continuation page (drawn on an earlier page too)
}

// OrgLink is an informal link drawn between two cards.
type OrgLink struct {
	LinkID, From, To string // To may be a collapsed card standing for the person
	Kind             domain.LinkKind
	Line             Line   // from border to border
	Arrow            []Line // the head at To (influences)
	Dashes           []Line // the segments of a conflict's dashed line
}

// OrgChart is a laid-out relationship map (or one page of it).
type OrgChart struct {
	Frame Rect
	Cards []OrgCard
	Tree  []Line // reports-to lines
	Links []OrgLink
	Marks []Label // paper: "reports of X, continued from page N" above a repeated card
	index map[string]int
}

// Card returns the card of a contact, if it is drawn.
func (m OrgChart) Card(id string) (OrgCard, bool) {
	i, ok := m.index[id]
	if !ok {
		return OrgCard{}, false
	}
	return m.Cards[i], true
}

// Placed counts the contacts the chart accounts for: cards drawn plus those hidden in "+N".
func (m OrgChart) Placed() int {
	n := 0
	for _, c := range m.Cards {
		if !c.Repeated {
			n += 1 + c.Hidden
		}
	}
	return n
}

// orgNode is a contact in the forest being laid out.
type orgNode struct {
	c      *domain.Contact
	kids   []*orgNode
	all    int      // people reporting to them in the plan
	hidden int      // collapsed: descendants not drawn
	cont   int      // paper: children continue on this page
	repeat bool     // paper: heads a continuation page
	orig   *orgNode // paper: the plan's node a page's copy stands for
	from   int      // paper: a repeated card's page of origin
	top    float64  // the card's y in its block (below a repeated card's mark)
	// block geometry, relative to the block's corner
	w, h, cardX float64
	kidAt       []Point
	wrapped     bool
	rowBus      []float64 // wrapped: the y of each row's bus
	rowEnd      []int     // wrapped: index after each row's last kid
}

// orgForest builds the reports-to forest in plan order. A boss that is not in the plan, or a
// cycle (the domain refuses them), makes a root.
func orgForest(contacts []domain.Contact) ([]*orgNode, map[string]*orgNode) {
	nodes := make(map[string]*orgNode, len(contacts))
	for i := range contacts {
		nodes[contacts[i].ID] = &orgNode{c: &contacts[i]}
	}
	var roots []*orgNode
	for i := range contacts {
		n := nodes[contacts[i].ID]
		boss, ok := nodes[contacts[i].ReportsTo]
		if !ok || orgReachesSelf(nodes, n) {
			roots = append(roots, n)
			continue
		}
		boss.kids = append(boss.kids, n)
	}
	for _, n := range nodes {
		n.all = len(n.kids)
	}
	return roots, nodes
}

// orgReachesSelf reports whether following bosses from n comes back to n.
func orgReachesSelf(nodes map[string]*orgNode, n *orgNode) bool {
	seen := map[string]bool{}
	for id := n.c.ReportsTo; id != ""; {
		if id == n.c.ID {
			return true
		}
		next, ok := nodes[id]
		if !ok || seen[id] {
			return false
		}
		seen[id] = true
		id = next.c.ReportsTo
	}
	return false
}

// descendants counts everyone below n.
func (n *orgNode) descendants() int {
	t := 0
	for _, k := range n.kids {
		t += 1 + k.descendants()
	}
	return t
}

// collapse hides the subtrees of the collapsed contacts.
func orgCollapse(roots []*orgNode, collapsed map[string]bool) {
	var walk func(n *orgNode)
	walk = func(n *orgNode) {
		if collapsed[n.c.ID] && len(n.kids) > 0 {
			n.hidden = n.descendants()
			n.kids = nil
			return
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	for _, r := range roots {
		walk(r)
	}
}

// LayoutOrg lays out the whole map of a plan's contacts and links.
func LayoutOrg(contacts []domain.Contact, links []domain.Link, tx OrgText, o OrgOptions) OrgChart {
	roots, nodes := orgForest(contacts)
	orgCollapse(roots, o.Collapsed)
	m := layoutOrgRoots(roots, tx, o, 0)
	m.addLinks(links, func(id string) string {
		n, ok := nodes[id]
		for steps := 0; ok && steps <= len(nodes); steps++ {
			if _, drawn := m.index[n.c.ID]; drawn {
				return n.c.ID
			}
			n, ok = nodes[n.c.ReportsTo]
		}
		return ""
	})
	return m
}

// layoutOrgRoots places a forest below a band of top height (marks on paper).
func layoutOrgRoots(roots []*orgNode, tx OrgText, o OrgOptions, top float64) OrgChart {
	forest := &orgNode{kids: roots}
	o.measure(forest, o.MaxRowW)
	m := OrgChart{Frame: Rect{0, 0, forest.w + 2*o.Margin, forest.h + top + 2*o.Margin}, index: map[string]int{}}
	for i, r := range roots {
		m.place(r, "", o.Margin+forest.kidAt[i].X, o.Margin+top+forest.kidAt[i].Y, tx, o)
	}
	return m
}
