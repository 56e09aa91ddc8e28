package domain

// StrategyKind is the cell of the cross analysis (TOWS) a strategy comes from.
type StrategyKind string

const (
	KindSO StrategyKind = "SO" // offensive
	KindST StrategyKind = "ST" // defensive
	KindWO StrategyKind = "WO" // reorientation
	KindWT StrategyKind = "WT" // survival
)

// StrategyKinds lists the kinds in display order.
var StrategyKinds = []StrategyKind{KindSO, KindST, KindWO, KindWT}

// Strategy links at least one internal item (S or W) to at least one external item (O or T).
type Strategy struct {
	ID      string       `json:"id"`
	Kind    StrategyKind `json:"kind"`
	Text    string       `json:"text"`
	ItemIDs []string     `json:"item_ids"`
	// ShareWithClient puts the strategy in the client edition (off by default: it is our plan
	// of attack); it shows there only the items it is built on that are shared too.
	ShareWithClient bool `json:"share_with_client,omitempty"`
}

// KindFor derives the kind from the quadrants of the linked items: SO, ST, WO or WT.
// ok is false unless the items hold at least one internal and one external quadrant.
// Where both S and W (or O and T) are linked, weakness and threat win: the harder case.
func KindFor(quadrants []Quadrant) (StrategyKind, bool) {
	var s, w, o, t bool
	for _, q := range quadrants {
		switch q {
		case Strength:
			s = true
		case Weakness:
			w = true
		case Opportunity:
			o = true
		case Threat:
			t = true
		}
	}
	if !(s || w) || !(o || t) {
		return "", false
	}
	in, ex := "S", "O"
	if w {
		in = "W"
	}
	if t {
		ex = "T"
	}
	return StrategyKind(in + ex), true
}

func (p planCheck) checkStrategy(c checker, s Strategy) {
	c.required("text", s.Text)
	var qs []Quadrant
	for j, id := range s.ItemIDs {
		it, _ := p.FindItem(id)
		if it == nil {
			c.add(sprintfIdx("item_ids", j), "err.unknown_item", "no SWOT item with id %q", id)
			continue
		}
		qs = append(qs, it.Quadrant)
	}
	if _, ok := KindFor(qs); !ok {
		c.add("item_ids", "err.strategy_items", "must link at least one strength or weakness and one opportunity or threat")
		return
	}
	if !kindMatches(s.Kind, qs) {
		c.add("kind", "err.strategy_kind", "%s needs a linked item of each of its two quadrants", s.Kind)
	}
}

func kindMatches(k StrategyKind, qs []Quadrant) bool {
	if len(k) != 2 {
		return false
	}
	has := map[Quadrant]bool{}
	for _, q := range qs {
		has[q] = true
	}
	return has[Quadrant(k[0:1])] && has[Quadrant(k[1:2])]
}
